// description: The entity network around an entity: entities named in the same sentences as it (depth 1), and as those (depth 2).
// params: name: entity, depth: int = 1, limit: int = 30
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (e)-[m1:MENTIONED_IN]->(a:Article)<-[m2:MENTIONED_IN]-(o:Entity)
WHERE o <> e AND any(s IN m1.sentences WHERE s IN m2.sentences)
WITH e, o, count(a) AS weight
ORDER BY weight DESC, o.name LIMIT $limit
WITH e, collect({o: o, w: weight}) AS ring
CALL (e, ring) {
  UNWIND ring AS r
  RETURN e.name AS source, r.o.name AS target, r.o.type AS targetType, r.w AS weight, 1 AS depth
  UNION ALL
  UNWIND ring AS r
  WITH e, r.o AS o WHERE $depth > 1
  MATCH (o)-[n1:MENTIONED_IN]->(a:Article)<-[n2:MENTIONED_IN]-(x:Entity)
  WHERE x <> o AND x <> e AND any(s IN n1.sentences WHERE s IN n2.sentences)
  WITH o, x, count(a) AS w ORDER BY w DESC, x.name
  WITH o, collect({x: x, w: w})[0..5] AS top
  UNWIND top AS t
  RETURN o.name AS source, t.x.name AS target, t.x.type AS targetType, t.w AS weight, 2 AS depth
}
RETURN source, target, targetType, weight, depth
ORDER BY depth, weight DESC, source, target
