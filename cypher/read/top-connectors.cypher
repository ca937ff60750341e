// The best-connected entities of each label: distinct neighbours over every relationship but
// MENTIONED_IN, most first.
MATCH (n:Entity)
WHERE $label IS NULL OR $label IN labels(n)
WITH n, COUNT { (n)-[r]-(m:Entity) WHERE type(r) <> 'MENTIONED_IN' } AS degree
WHERE degree > 0
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, degree
ORDER BY degree DESC, name
LIMIT $limit
