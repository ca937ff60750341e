// How many neighbours each of some entities has that pass the filters, each with its own
// relationship types: the "+N more" of a view reopened from a link.
UNWIND $expansions AS expansion
MATCH (n:Entity {id: expansion.id})
RETURN n.id AS id, COUNT {
  MATCH (n)-[r]-(m:Entity)
  WHERE m <> n
    AND type(r) IN expansion.types
    AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND any(label IN labels(m) WHERE label IN $labels)
    AND ($countries IS NULL OR coalesce(m.iso2, m.country) IS NULL OR coalesce(m.iso2, m.country) IN $countries)
    AND ($from IS NULL OR m.date IS NULL OR m.date + substring('9999-12-31', size(m.date)) >= $from)
    AND ($to IS NULL OR m.date IS NULL OR m.date + substring('0000-01-01', size(m.date)) <= $to)
    AND ($from IS NULL OR coalesce(r.lastDate, r.date) IS NULL
         OR coalesce(r.lastDate, r.date) + substring('9999-12-31', size(coalesce(r.lastDate, r.date))) >= $from)
    AND ($to IS NULL OR coalesce(r.firstDate, r.date) IS NULL
         OR coalesce(r.firstDate, r.date) + substring('0000-01-01', size(coalesce(r.firstDate, r.date))) <= $to)
  RETURN DISTINCT m
} AS total
