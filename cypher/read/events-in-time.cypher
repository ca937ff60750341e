// Events in a date range ($from, $to: ISO days, either may be null), oldest first, with who
// attended, where, and the first sentence reporting each. A partial date counts as its whole
// span: "2025-05" falls in a range that reaches into May.
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND ($from IS NULL OR e.date + substring('9999-12-31', size(e.date)) >= $from)
  AND ($to IS NULL OR e.date + substring('0000-01-01', size(e.date)) <= $to)
OPTIONAL MATCH (person:Person)-[att:ATTENDED]->(e)
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
OPTIONAL MATCH (e)-[mention:MENTIONED_IN]->(doc:Document)
WITH e, place, collect(DISTINCT {id: person.id, name: person.name, role: att.role}) AS people, collect(mention)[0] AS mention
RETURN e.id AS id, e.name AS name, e.eventType AS type, e.date AS date, e.datePrecision AS precision, place.name AS place,
       [p IN people WHERE p.id IS NOT NULL] AS people,
       mention.evidenceDocs[0] AS doc, mention.evidenceStarts[0] AS start, mention.evidenceEnds[0] AS end, mention.evidenceQuotes[0] AS quote
ORDER BY date, name
LIMIT $limit
