// Read inside the write transaction: the documents loaded under these ids or at these paths.
// `complete` is false for a document written by an older loader, which kept no contribution record;
// `extractor` is the fingerprint of the extractor that read it (null before fingerprints were kept).
CALL (){
  UNWIND $ids AS id
  MATCH (d:Document {id: id})
  RETURN d
  UNION
  UNWIND $paths AS path
  MATCH (d:Document {path: path})
  RETURN d
}
OPTIONAL MATCH (c:Contribution {id: d.id})
RETURN d.id AS id, d.path AS path, d.title AS title, c IS NOT NULL AS complete, d.extractor AS extractor
