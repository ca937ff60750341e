// Entities whose name, Vietnamese name or an alias matches a full-text query (built by the app:
// folded, escaped, with prefix and fuzzy terms), best first, with the name of the country of a
// place to show beside it.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
OPTIONAL MATCH (country:Country {iso2: node.country}) WHERE NOT node:Country
RETURN node, score, country.name AS countryName, country.nameVi AS countryNameVi
ORDER BY score DESC, node.id
