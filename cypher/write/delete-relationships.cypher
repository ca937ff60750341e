// Relationships between entities that no loaded document states any more. __TYPE__: see
// merge-relationships.cypher; the unique index on the type's id finds each one. (By element id,
// which needs no type, Neo4j 5.26 plans a scan of all relationships once the list holds real ids.)
UNWIND $ids AS id
MATCH ()-[r:__TYPE__ {id: id}]->()
DELETE r
