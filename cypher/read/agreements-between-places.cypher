// The agreements behind a partnership of two places ($a, $b): those both are party to, oldest
// first, each with its kind, date, title, fields, who signed and who witnessed it, and the event
// it was signed at.
MATCH (a:Entity {id: $a})-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(b:Entity {id: $b})
OPTIONAL MATCH (signer:Person)-[:SIGNED]->(agreement)
OPTIONAL MATCH (witness:Person)-[:WITNESSED]->(agreement)
OPTIONAL MATCH (event:Event {id: agreement.event})
WITH agreement, event, collect(DISTINCT signer.name) AS signatories, collect(DISTINCT witness.name) AS witnesses
RETURN agreement.id AS id, agreement.name AS name, agreement.kind AS kind, agreement.title AS title,
       agreement.date AS date, agreement.fields AS fields, signatories, witnesses,
       event.id AS eventId, event.name AS event, event.date AS eventDate
ORDER BY coalesce(date, '9999'), name
