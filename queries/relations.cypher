// description: Typed relations between entities (commands, kin, operates in, affiliated with ...), with evidence.
// params: name: entity? = null, limit: int = 20
OPTIONAL MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (f:Entity)-[r]->(t:Entity)
WHERE NOT type(r) IN ['MENTIONED_IN', 'SAID'] AND ($name IS NULL OR f = e OR t = e)
RETURN f.name AS from, type(r) AS relation, r.label AS label, t.name AS to, r.article AS article, r.rule AS rule
ORDER BY relation, from, to
LIMIT $limit
