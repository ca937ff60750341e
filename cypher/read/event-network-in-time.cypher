// The events of a date range as a network to draw: each dated event ($from, $to: ISO days,
// either may be null; a partial date counts as its whole span), oldest first, with the people
// who attended it and the place it was held in, and those relationships.
MATCH (e:Event)
WHERE e.date IS NOT NULL
  AND ($from IS NULL OR e.date + substring('9999-12-31', size(e.date)) >= $from)
  AND ($to IS NULL OR e.date + substring('0000-01-01', size(e.date)) <= $to)
WITH e
ORDER BY e.date, e.id
LIMIT $limit
OPTIONAL MATCH (person:Person)-[attended:ATTENDED]->(e)
OPTIONAL MATCH (e)-[heldIn:HELD_IN]->(place:Entity)
RETURN e, collect(DISTINCT person) AS people, collect(DISTINCT attended) AS attended,
       collect(DISTINCT place) AS places, collect(DISTINCT heldIn) AS heldIn
