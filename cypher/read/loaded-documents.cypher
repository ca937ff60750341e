// The documents in the database: id, path, whether the current loader wrote them (an older
// loader kept no contribution record), and the fingerprint of the extractor that read them.
MATCH (d:Document)
OPTIONAL MATCH (c:Contribution {id: d.id})
RETURN d.id AS id, d.path AS path, d.title AS title, c IS NOT NULL AS complete, d.extractor AS extractor
ORDER BY d.path, d.id
