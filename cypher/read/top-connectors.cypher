// The best-connected entities of each label: their relationships to other entities (every
// relationship but MENTIONED_IN, the only one that ends at a document), most first. Degrees are
// read from the store, not counted by walking every relationship.
MATCH (n:Entity)
WHERE $label IS NULL OR $label IN labels(n)
WITH n, COUNT { (n)--() } - COUNT { (n)-[:MENTIONED_IN]->() } AS degree
WHERE degree > 0
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, degree
ORDER BY degree DESC, name
LIMIT $limit
