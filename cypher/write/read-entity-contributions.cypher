// Read inside the write transaction: the tallies of the entities a batch touches.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.contributions AS contributions, n.contributionCounts AS counts
