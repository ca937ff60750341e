// One Document node per source file, keyed by its content hash.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.path = row.path,
    d.name = coalesce(row.title, row.path),
    d.title = row.title,
    d.date = row.date,
    d.datePrecision = row.datePrecision,
    d.lang = row.lang,
    d.text = row.text
