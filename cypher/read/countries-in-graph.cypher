// The countries in the graph, for the country filter.
MATCH (c:Country)
WHERE c.iso2 IS NOT NULL
RETURN c.iso2 AS iso2, c.name AS name, c.nameVi AS nameVi
ORDER BY c.name
