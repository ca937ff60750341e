// Relationships between entities that the batch found absent. The loader holds the loader lock
// and read the tallies of these relationships in this same transaction, so none of them exists
// and all their evidence is in the row, sorted: CREATE does what MERGE would, without a second
// lookup, and the unique index on each type's id refuses a duplicate should one ever slip in.
// The type comes from the row, but only when it is in the allow-list $types
// (RELATIONSHIP_TYPES): a dynamic type in CREATE looks nothing up, so unlike in a MERGE it costs
// no scan, and one statement serves every type.
UNWIND $rows AS row
WITH row WHERE row.type IN $types
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(*) AS written
