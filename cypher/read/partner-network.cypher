// The partner network: places linked by PARTNERS_WITH, from one place ($placeId) or from the
// places of one country ($country, ISO2), or all of them (both null); with the agreements both
// sides are party to.
MATCH (a)-[p:PARTNERS_WITH]-(b)
WHERE ($placeId IS NULL OR a.id = $placeId)
  AND ($country IS NULL OR a.country = $country)
OPTIONAL MATCH (a)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b)
WITH a, b, p, collect(DISTINCT agreement) AS agreements
LIMIT $limit
RETURN a, b, p, agreements
