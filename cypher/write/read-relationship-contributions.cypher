// Read inside the write transaction: the tallies of the relationships between entities that a
// batch touches, found from their two ends, which the id names (type|source|target): unique-index
// seeks on Entity(id), then the relationships between the two nodes, so one statement serves
// every type. Either direction is matched: the id says which relationship it is.
UNWIND $ids AS id
WITH id, split(id, '|') AS parts
MATCH (a:Entity {id: parts[1]})-[r]-(b:Entity {id: parts[2]})
WHERE r.id = id
RETURN r.id AS id, r.contributions AS contributions, r.contributionCounts AS counts
