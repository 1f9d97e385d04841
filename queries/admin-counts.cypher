// description: Node counts by label and relationship counts by type, for status and tests.
// params:
CALL () {
  MATCH (n) UNWIND labels(n) AS label RETURN 'node' AS kind, label AS name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
  UNION ALL
  // Entities whose stored totals disagree with their MENTIONED_IN edges: a row only when there are any.
  MATCH (e:Entity)
  WHERE coalesce(e.mentionTotal, 0) <> reduce(n = 0, m IN [(e)-[x:MENTIONED_IN]->() | x.count] | n + m)
     OR coalesce(e.articleTotal, 0) <> COUNT { (e)-[:MENTIONED_IN]->() }
  WITH count(e) AS count WHERE count > 0
  RETURN 'check' AS kind, 'entities with stale totals' AS name, count
}
RETURN kind, name, count ORDER BY kind, name
