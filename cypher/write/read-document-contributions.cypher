// Read inside the write transaction: what each document being replaced or removed contributed,
// as the fingerprints of the contributions it added to each tally.
UNWIND $ids AS id
MATCH (c:Contribution {id: id})
RETURN c.id AS id, c.nodeIds AS nodeIds, c.nodeHashes AS nodeHashes,
       c.edgeIds AS edgeIds, c.edgeHashes AS edgeHashes
