// description: Claims made by a speaker (name or alias), with cue, outlet and article.
// params: name: entity, limit: int = 20
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (e)-[:SAID]->(c:Claim)-[:IN]->(a:Article)
OPTIONAL MATCH (c)-[:VIA]->(v:Entity)
RETURN e.name AS speaker, c.kind AS kind, c.cue AS cue, c.text AS claim, v.name AS via, a.id AS article, a.published AS published
ORDER BY published, article, c.start
LIMIT $limit
