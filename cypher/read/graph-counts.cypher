// Node and relationship counts per label and type, for checks and summaries.
CALL () {
  MATCH (n) UNWIND labels(n) AS label
  RETURN 'node' AS kind, label AS name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count ORDER BY kind, name
