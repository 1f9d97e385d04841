// description: Entities mentioned in the same sentence as an entity, strongest first.
// params: name: entity, limit: int = 10
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (e)-[m1:MENTIONED_IN]->(a:Article)<-[m2:MENTIONED_IN]-(o:Entity)
WHERE o <> e
WITH o, size([s IN m1.sentences WHERE s IN m2.sentences]) AS together, a
WHERE together > 0
RETURN o.name AS name, o.type AS type, sum(together) AS sentences, count(a) AS articles
ORDER BY sentences DESC, articles DESC, name
LIMIT $limit
