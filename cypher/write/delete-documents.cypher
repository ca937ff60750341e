// Documents being replaced or removed: the node, its own relationships (MENTIONED_IN) and its
// contribution record. Their share of entities and shared relationships is taken back by the
// entity and relationship writes of the same transaction.
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (c:Contribution {id: id})
DETACH DELETE d, c
