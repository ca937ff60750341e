// Every node and relationship with all its properties, sorted by id: what the graph checksum is
// computed over (graph-loader/neo4j/graph-checksum.ts). Only the loader's lock node is left out.
CALL () {
  MATCH (n) WHERE NOT n:LoaderLock
  RETURN 'node' AS kind, n.id AS id, labels(n) AS labels, properties(n) AS properties, null AS source, null AS target
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'relationship' AS kind, r.id AS id, [type(r)] AS labels, properties(r) AS properties, a.id AS source, b.id AS target
}
RETURN kind, id, labels, properties, source, target
ORDER BY kind, id
