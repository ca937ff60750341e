// Entities keyed by id under the shared Entity label, so the MERGE is a unique-index seek on
// Entity(id) whatever the entity is. The own label is then added from the row, but only when it
// is in the allow-list $labels (ENTITY_LABELS): a dynamic label in SET is never planned against,
// and one statement serves every label. Properties are replaced by the united ones, which carry
// the tally of contributions they were computed from.
UNWIND $rows AS row
WITH row WHERE row.label IN $labels
MERGE (n:Entity {id: row.id})
SET n = row.properties, n:$(row.label)
RETURN count(*) AS written
