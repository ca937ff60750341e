// Entities by id and every relationship among them: what a shared link puts back on the canvas.
MATCH (n:Entity) WHERE n.id IN $ids
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids
  RETURN collect(r) AS relationships
}
RETURN nodes, relationships, [x IN nodes | {id: x.id, degree: COUNT { (x)--() } - COUNT { (x)-[:MENTIONED_IN]->() }}] AS facts
