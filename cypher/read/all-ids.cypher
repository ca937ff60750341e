// Every node and relationship id, to compare the database with an export.
CALL () {
  MATCH (n) WHERE n:Entity OR n:Document RETURN n.id AS id, 'node' AS kind
  UNION ALL
  MATCH ()-[r]->() RETURN r.id AS id, 'relationship' AS kind
}
RETURN kind, id ORDER BY kind, id
