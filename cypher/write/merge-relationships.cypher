// Relationships between entities, keyed by id, created or updated. __TYPE__ is replaced by each
// type of the allow-list (RELATIONSHIP_TYPES) when the file is loaded, and the loader picks the
// statement by type: a MERGE with a dynamic type, -[r:$(row.type)]->, is planned in Neo4j 5.26
// as a scan of all relationships (test/neo4j/write-plans.test.ts), while a fixed type seeks the
// unique index on the type's id. The MERGE is undirected: the id says which relationship it
// is (for a directed type it names source and target in order), and an older loader could write
// a symmetric one (MET, PARTNERS_WITH) either way round.
//
// Properties are replaced by the united ones. Evidence is kept as parallel lists (document,
// start, end, quote) sorted by document and offset: the entries of the documents this batch
// replaces, removes or adds (row.documents) are dropped and the batch's new evidence
// (row.evidence) is added, so no place is held twice and the result does not depend on the order
// documents were loaded in.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__TYPE__ {id: row.id}]-(b)
WITH r, row, coalesce(r.evidenceDocs, []) AS docs
WITH r, row, [i IN range(0, size(docs) - 1) WHERE NOT docs[i] IN row.documents |
       {doc: docs[i], start: r.evidenceStarts[i], end: r.evidenceEnds[i], quote: r.evidenceQuotes[i]}] + row.evidence AS evidence
WITH r, row, COLLECT { UNWIND evidence AS e RETURN e ORDER BY e.doc, e.start, e.end } AS evidence
SET r = row.properties,
    r.evidenceDocs = [e IN evidence | e.doc],
    r.evidenceStarts = [e IN evidence | e.start],
    r.evidenceEnds = [e IN evidence | e.end],
    r.evidenceQuotes = [e IN evidence | e.quote]
RETURN count(*) AS written
