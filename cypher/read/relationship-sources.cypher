// One relationship, found from its start entity, with what it rests on: the events and
// agreements it names (MET keeps its events) or joins, the event an agreement was signed at,
// and the documents its evidence quotes.
MATCH (a:Entity {id: $source})-[r]->(b)
WHERE r.id = $id
WITH a, r, b,
     coalesce(r.events, []) + coalesce(r.agreements, [])
     + [x IN [a, b] WHERE x:Event OR x:Agreement | x.id]
     + [x IN [a, b] WHERE x:Agreement AND x.event IS NOT NULL | x.event] AS basisIds
CALL (basisIds) {
  MATCH (e:Entity) WHERE e.id IN basisIds
  WITH e ORDER BY coalesce(e.date, ''), e.id
  RETURN collect(e) AS basis
}
CALL (r) {
  MATCH (d:Document) WHERE d.id IN coalesce(r.evidenceDocs, [])
  RETURN collect(d {.id, .title, .path, .date, .lang}) AS documents
}
RETURN a, r, b, basis, documents
