// description: Typed relations between entities, and sentence co-mentions with their weights (for export graph).
// params:
CALL () {
  MATCH (f:Entity)-[r]->(t:Entity)
  WHERE NOT type(r) IN ['MENTIONED_IN', 'SAID']
  RETURN f.id AS source, t.id AS target, type(r) AS type, r.label AS label, count(r) AS weight
  UNION ALL
  MATCH (f:Entity)-[m1:MENTIONED_IN]->(:Article)<-[m2:MENTIONED_IN]-(t:Entity)
  WHERE f.id < t.id AND any(s IN m1.sentences WHERE s IN m2.sentences)
  RETURN f.id AS source, t.id AS target, 'CO_MENTIONED' AS type, null AS label, count(*) AS weight
}
RETURN source, target, type, label, weight
ORDER BY type, source, target
