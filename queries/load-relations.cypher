// description: Typed relations between entities, one per article that gives evidence for it (the type is one of the schema's RelationType, checked before loading).
// params: rows: object[]
UNWIND $rows AS row
// An entity merged into another by a concurrent ingest (load-merge) is found through its MergedId.
CALL (row) {
  OPTIONAL MATCH (x:Entity {id: row.from})
  OPTIONAL MATCH (:MergedId {id: row.from})-[:INTO]->(y:Entity)
  RETURN coalesce(x, y) AS f
}
CALL (row) {
  OPTIONAL MATCH (x:Entity {id: row.to})
  OPTIONAL MATCH (:MergedId {id: row.to})-[:INTO]->(y:Entity)
  RETURN coalesce(x, y) AS t
}
WITH row, f, t WHERE f IS NOT NULL AND t IS NOT NULL AND f <> t
MERGE (f)-[r:$(row.type) {article: row.article}]->(t)
SET r += row.props
