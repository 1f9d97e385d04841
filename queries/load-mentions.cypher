// description: MENTIONED_IN from each entity to each article it appears in; spans are flat [start, end, start, end, ...].
// params: rows: object[]
UNWIND $rows AS row
// An entity merged into another by a concurrent ingest (load-merge) is found through its MergedId.
CALL (row) {
  OPTIONAL MATCH (x:Entity {id: row.entity})
  OPTIONAL MATCH (:MergedId {id: row.entity})-[:INTO]->(y:Entity)
  RETURN coalesce(x, y) AS e
}
WITH row, e WHERE e IS NOT NULL
MATCH (a:Article {id: row.article})
MERGE (e)-[m:MENTIONED_IN]->(a)
// Per-entity totals kept in step with the edges (read and written under the entity's write lock), so that
// ranking all entities reads one property each instead of aggregating every edge.
SET e.mentionTotal = coalesce(e.mentionTotal, 0) + row.count - coalesce(m.count, 0),
    e.articleTotal = coalesce(e.articleTotal, 0) + CASE WHEN m.count IS NULL THEN 1 ELSE 0 END
SET m.count = row.count, m.sentences = row.sentences, m.spans = row.spans, m.texts = row.texts, m.rules = row.rules,
    m.metonymy = row.metonymy
