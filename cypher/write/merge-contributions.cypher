// One record per loaded document: the entities and shared relationships it contributed to, with
// the fingerprint of what it added to each tally. Removing or replacing the document subtracts
// exactly this. Not an Entity and linked to nothing, so the app's queries never meet it.
UNWIND $rows AS row
MERGE (c:Contribution {id: row.id})
SET c = row
