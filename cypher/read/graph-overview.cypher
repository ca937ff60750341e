// The first view: entities (no documents) and the relationships among them, most connected first.
MATCH (n:Entity)
// Relationships to other entities: all but MENTIONED_IN, which alone ends at a document; degrees
// read from the store rather than counted by visiting every neighbour.
WITH n, COUNT { (n)--() } - COUNT { (n)-[:MENTIONED_IN]->() } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
WITH collect(n) AS nodes, collect({id: n.id, degree: degree}) AS facts
UNWIND nodes AS n
OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m IN nodes
RETURN n, collect(r) AS relationships, facts
