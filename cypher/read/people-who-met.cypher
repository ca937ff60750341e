// Who met whom: the people network of MET relationships. From one person ($personId, up to
// $depth steps, 1–3) or from everyone ($personId null); only meetings dated in [$from, $to]
// when given (ISO days; one meeting must fall in the range, and a partial date such as
// "2025-05" counts as its whole span, so it falls in a range that reaches into May); only the
// other side's people affiliated with country $country (ISO2) when given.
// The near side: everyone, or the people within $depth - 1 steps of the ego, found by walking
// out from the ego once (asking of every person whether a path reaches it took minutes on a
// 100k-node graph; npm run bench -- queries).
CALL () {
  WITH $personId AS personId
  WHERE personId IS NULL
  MATCH (a:Person)
  RETURN a
  UNION
  MATCH path = (:Person {id: $personId})-[:MET*0..2]-(a:Person)
  WHERE length(path) < $depth
  RETURN DISTINCT a
}
MATCH (a)-[m:MET]-(b:Person)
WHERE (($from IS NULL AND $to IS NULL) OR any(d IN coalesce(m.dates, [])
        WHERE ($from IS NULL OR d + substring('9999-12-31', size(d)) >= $from)
          AND ($to IS NULL OR d + substring('0000-01-01', size(d)) <= $to)))
  AND ($country IS NULL OR EXISTS { (b)-[:AFFILIATED_WITH]->(place) WHERE place.country = $country OR place.iso2 = $country })
WITH DISTINCT m, a, b
LIMIT $limit
WITH collect(m) AS meetings, collect(DISTINCT a) + collect(DISTINCT b) AS people
UNWIND people AS person
WITH meetings, collect(DISTINCT person) AS people
RETURN people, meetings
