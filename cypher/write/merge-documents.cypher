// One Document node per source file, keyed by its content hash; every property is replaced.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row.properties
RETURN count(*) AS written
