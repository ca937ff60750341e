// A document's own relationships (entity MENTIONED_IN document). CREATE, not MERGE: the document
// node was created in this same transaction (an earlier version was deleted first), so none of
// its relationships can exist yet; the unique index on each type's id would refuse a second one.
// The type comes from the row, but only when it is in the allow-list $types
// (RELATIONSHIP_TYPES): a dynamic type in CREATE looks nothing up, so unlike in a MERGE it costs
// no scan, and one statement serves every type.
UNWIND $rows AS row
WITH row WHERE row.type IN $types
MATCH (a:Entity {id: row.source})
MATCH (d:Document {id: row.target})
CREATE (a)-[r:$(row.type)]->(d)
SET r = row.properties
RETURN count(*) AS written
