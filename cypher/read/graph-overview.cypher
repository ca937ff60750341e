// The first view: entities (no documents) and the relationships among them, most connected first.
MATCH (n:Entity)
WITH n, COUNT { (n)--(:Entity) } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
WITH collect(n) AS nodes, collect({id: n.id, degree: degree}) AS facts
UNWIND nodes AS n
OPTIONAL MATCH (n)-[r]->(m:Entity) WHERE m IN nodes
RETURN n, collect(r) AS relationships, facts
