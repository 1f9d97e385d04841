// description: Claims that mention an entity, with who made them.
// params: name: string, limit: int = 20
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (c:Claim)-[:ABOUT]->(e)
MATCH (c)-[:IN]->(a:Article)
OPTIONAL MATCH (s:Entity)-[:SAID]->(c)
RETURN coalesce(s.name, c.speakerText) AS speaker, c.cue AS cue, c.text AS claim, a.id AS article
ORDER BY article, c.start
LIMIT $limit
