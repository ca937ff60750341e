// The shortest paths between two entities, all of them, up to 4 steps ($maxLength may lower
// it), not through documents.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE length(p) <= $maxLength AND none(r IN relationships(p) WHERE type(r) = 'MENTIONED_IN')
RETURN p
LIMIT $limit
