// description: Merge entity `from` into entity `into`: its mentions, claims and relations move over, its name becomes an alias, and a MergedId node remembers it so later loads of `from` land on `into`.
// params: rows: object[]
UNWIND $rows AS row
MATCH (t:Entity {id: row.into})
// A write to t takes its lock first: two ingests merging into t at once take turns, and the second then finds `from`
// gone (merged by the first) instead of reading a node deleted under it.
SET t.merged = coalesce(t.merged, [])
WITH t, row
MATCH (f:Entity {id: row.from})
WHERE f <> t
CALL (f, t) {
  MATCH (f)-[m:MENTIONED_IN]->(a:Article)
  MERGE (t)-[n:MENTIONED_IN]->(a)
  ON CREATE SET n = properties(m)
  ON MATCH SET n.count = n.count + m.count, n.spans = n.spans + m.spans, n.texts = n.texts + m.texts,
    n.sentences = n.sentences + m.sentences, n.rules = n.rules + [x IN m.rules WHERE NOT x IN n.rules]
  DELETE m
}
// Every other relationship, whatever its type, moves with its properties (a relationship between the two is dropped).
CALL (f, t) {
  MATCH (f)-[r]->(o) WHERE o <> t
  WITH r, o, type(r) AS kind, properties(r) AS props
  CREATE (t)-[n:$(kind)]->(o)
  SET n = props
  DELETE r
}
CALL (f, t) {
  MATCH (o)-[r]->(f) WHERE o <> t
  WITH r, o, type(r) AS kind, properties(r) AS props
  CREATE (o)-[n:$(kind)]->(t)
  SET n = props
  DELETE r
}
SET t.aliases = reduce(acc = coalesce(t.aliases, []), x IN [a IN [f.name] + coalesce(f.aliases, []) WHERE a IS NOT NULL] | CASE WHEN x IN acc OR x = t.name THEN acc ELSE acc + x END),
    t.titles = reduce(acc = coalesce(t.titles, []), x IN coalesce(f.titles, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    t.keys = reduce(acc = coalesce(t.keys, [t.key]), x IN [k IN coalesce(f.keys, [f.key]) WHERE k IS NOT NULL] | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    t.merged = coalesce(t.merged, []) + [f.name + ' (' + row.rule + ')'],
    t.affiliation = coalesce(t.affiliation, f.affiliation)
WITH f, t, row
CALL (t) {
  MATCH (t)-[m:MENTIONED_IN]->()
  RETURN sum(m.count) AS mentions, count(m) AS articles
}
SET t.mentionTotal = mentions, t.articleTotal = articles
MERGE (x:MergedId {id: f.id})
SET x.name = f.name, x.rule = row.rule
MERGE (x)-[:INTO]->(t)
DETACH DELETE f
