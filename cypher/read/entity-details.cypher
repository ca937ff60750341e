// One entity for the details panel: its properties, how many relationships it has of each type,
// and the first $limit of them, strongest first, with the name of the other end (an entity, or
// the document it is mentioned in).
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE m:Entity OR m:Document
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN collect({type: type, count: count}) AS counts
}
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE m:Entity OR m:Document
  WITH n, r, m
  ORDER BY type(r), coalesce(r.confidence, 0) DESC, coalesce(m.name, m.title, m.id)
  LIMIT $limit
  RETURN collect({
    id: r.id, type: type(r), source: startNode(r).id, outgoing: startNode(r) = n, confidence: r.confidence,
    other: {id: m.id, label: [l IN labels(m) WHERE l <> 'Entity'][0], name: coalesce(m.name, m.title, m.path), nameVi: m.nameVi}
  }) AS relationships
}
OPTIONAL MATCH (country:Country {iso2: n.country}) WHERE NOT n:Country
RETURN n, counts, relationships, country.name AS countryName, country.nameVi AS countryNameVi
