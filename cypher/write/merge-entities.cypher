// Entities keyed by id under the shared Entity label; the own label comes from the
// allow-list in $labels (never spliced into the statement text).
UNWIND $rows AS row
WITH row WHERE row.label IN $labels
MERGE (n:Entity {id: row.id})
SET n:$(row.label),
    n += row.props,
    n.name = row.name,
    n.nameVi = coalesce(n.nameVi, row.nameVi),
    n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
