// description: Graph schema: a uniqueness constraint on every id, indexes for lookups. Idempotent.
// params:
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (m:MergedId) REQUIRE m.id IS UNIQUE;
CREATE INDEX entity_key IF NOT EXISTS FOR (e:Entity) ON (e.key);
CREATE INDEX entity_surname IF NOT EXISTS FOR (e:Entity) ON (e.surname);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
// Lookup that forgives: names, aliases and titled forms, case and accents folded; queried fuzzily for typos.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.keys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX claim_cue IF NOT EXISTS FOR (c:Claim) ON (c.cue);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
// Graphs loaded before entities kept their totals get them once (later loads keep them in step).
MATCH (e:Entity) WHERE e.mentionTotal IS NULL
SET e.mentionTotal = reduce(n = 0, m IN [(e)-[x:MENTIONED_IN]->() | x.count] | n + m), e.articleTotal = COUNT { (e)-[:MENTIONED_IN]->() };
