// The meetings behind one MET edge: each event both attended, with its type, date, place,
// who else was there, and the sentences that put each of the two there.
MATCH (a:Person {id: $a})-[ra:ATTENDED]->(e:Event)<-[rb:ATTENDED]-(b:Person {id: $b})
OPTIONAL MATCH (e)-[:HELD_IN]->(place)
OPTIONAL MATCH (other:Person)-[:ATTENDED]->(e) WHERE NOT other.id IN [$a, $b]
WITH e, ra, rb, place, collect(DISTINCT other.name) AS others
RETURN e.id AS id, e.name AS name, e.eventType AS type, e.date AS date, place.name AS place, others,
       ra.role AS roleA, rb.role AS roleB,
       ra.evidenceDocs + rb.evidenceDocs AS docs,
       ra.evidenceStarts + rb.evidenceStarts AS starts,
       ra.evidenceEnds + rb.evidenceEnds AS ends,
       ra.evidenceQuotes + rb.evidenceQuotes AS quotes
ORDER BY date
