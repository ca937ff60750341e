// Applied idempotently on every start: each statement is IF NOT EXISTS.
// Every entity carries the label Entity besides its own, so one constraint keys all merges.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;

// The loader's bookkeeping: one contribution record per loaded document, one lock node.
CREATE CONSTRAINT contribution_id IF NOT EXISTS FOR (n:Contribution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT loader_lock_id IF NOT EXISTS FOR (n:LoaderLock) REQUIRE n.id IS UNIQUE;

// Relationship ids are unique per type: a second relationship with the same id is refused, and
// the loader's MERGE, lookups and deletes by id are index seeks.
CREATE CONSTRAINT affiliated_with_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT met_id IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT partners_with_id IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT witnessed_id IF NOT EXISTS FOR ()-[r:WITNESSED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mentioned_in_id IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() REQUIRE r.id IS UNIQUE;

// What the app filters by: events by date and type, countries by code, places by the country
// they are in, documents by date; and the loader finds the earlier version of a file by path.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX province_country IF NOT EXISTS FOR (n:Province) ON (n.country);
CREATE INDEX city_country IF NOT EXISTS FOR (n:City) ON (n.country);
CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date);
CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path);

// Search: names and aliases of every entity, diacritics and case folded, so "lang son",
// "Lạng Sơn" and "LANG SON" find the same node. Neo4j 5.26 full-text indexes index each string
// of a LIST<STRING> property (aliases) as well as STRING ones (test/neo4j/search-names.test.ts).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Country|Province|City|Organization|Event|Agreement)
ON EACH [n.name, n.nameVi, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
