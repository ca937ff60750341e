// The neighbours of one entity that pass the filters, one page at a time in a stable order
// (most connected first, then by id: an order the filters do not change, so narrowing them keeps
// the pages already fetched a prefix of the new order), how many pass in all, and the
// relationships that tie the page to each other and to what is already on the canvas.
// Partial dates ("2025-05") count as the whole span: completed with the latest or earliest day.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE m <> n
    AND type(r) IN $types
    AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND any(label IN labels(m) WHERE label IN $labels)
    AND ($countries IS NULL OR coalesce(m.iso2, m.country) IS NULL OR coalesce(m.iso2, m.country) IN $countries)
    AND ($from IS NULL OR m.date IS NULL OR m.date + substring('9999-12-31', size(m.date)) >= $from)
    AND ($to IS NULL OR m.date IS NULL OR m.date + substring('0000-01-01', size(m.date)) <= $to)
    AND ($from IS NULL OR coalesce(r.lastDate, r.date) IS NULL
         OR coalesce(r.lastDate, r.date) + substring('9999-12-31', size(coalesce(r.lastDate, r.date))) >= $from)
    AND ($to IS NULL OR coalesce(r.firstDate, r.date) IS NULL
         OR coalesce(r.firstDate, r.date) + substring('0000-01-01', size(coalesce(r.firstDate, r.date))) <= $to)
  WITH m, collect(r) AS rels
  // Degree among entities (all but MENTIONED_IN, which alone ends at a document), read from the store.
  ORDER BY COUNT { (m)--() } - COUNT { (m)-[:MENTIONED_IN]->() } DESC, m.id
  RETURN collect({node: m, rels: rels}) AS ranked
}
WITH n, size(ranked) AS total, ranked[$skip..$skip + $limit] AS page
WITH n, total, [p IN page | p.node] AS neighbours, reduce(all = [], p IN page | all + p.rels) AS direct
CALL (neighbours) {
  UNWIND neighbours AS m
  MATCH (m)-[r]-(other:Entity)
  WHERE (other.id IN $onCanvas OR other IN neighbours)
    AND type(r) IN $types
    AND coalesce(r.confidence, 1.0) >= $minConfidence
  RETURN collect(DISTINCT r) AS ties, collect(DISTINCT other) AS tied
}
RETURN n, neighbours, direct, ties, tied, total,
       [x IN [n] + neighbours | {id: x.id, degree: COUNT { (x)--() } - COUNT { (x)-[:MENTIONED_IN]->() }}] AS facts
