// Entities no loaded document contributes any more.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
