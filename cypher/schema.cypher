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

// What the app filters by.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);

// Search: names and aliases of every entity, diacritics folded ("lang son" finds "Lạng Sơn").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Country|Province|City|Organization|Event|Agreement)
ON EACH [n.name, n.nameVi, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
