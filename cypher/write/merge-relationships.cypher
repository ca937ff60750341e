// Relationships from an entity to an entity or (MENTIONED_IN) a document, keyed by id; the type comes from the allow-list in $types. Evidence is kept
// as parallel lists (document, start, end, quote) and never holds the same place twice.
UNWIND $rows AS row
WITH row WHERE row.type IN $types
MATCH (a:Entity {id: row.source})
CALL (row) {
  MATCH (b:Entity {id: row.target}) RETURN b
  UNION
  MATCH (b:Document {id: row.target}) RETURN b
}
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
WITH r, row,
     [i IN range(0, size(coalesce(r.evidenceDocs, [])) - 1) | r.evidenceDocs[i] + '|' + r.evidenceStarts[i] + '|' + r.evidenceEnds[i]] AS seen
WITH r, row, [e IN row.evidence WHERE NOT (e.doc + '|' + e.start + '|' + e.end) IN seen] AS fresh
SET r += row.props,
    r.rule = row.rule,
    r.confidence = row.confidence,
    r.evidenceDocs = coalesce(r.evidenceDocs, []) + [e IN fresh | e.doc],
    r.evidenceStarts = coalesce(r.evidenceStarts, []) + [e IN fresh | e.start],
    r.evidenceEnds = coalesce(r.evidenceEnds, []) + [e IN fresh | e.end],
    r.evidenceQuotes = coalesce(r.evidenceQuotes, []) + [e IN fresh | e.quote]
