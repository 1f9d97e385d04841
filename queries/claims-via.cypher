// description: Claims that reached us through an outlet (news agency, broadcaster), with their speakers.
// params: name: entity, limit: int = 20
MATCH (o:Entity) WHERE o.id = $name OR toLower(trim($name)) IN o.keys
WITH o ORDER BY CASE WHEN o.id = $name THEN 0 WHEN o.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (o)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (c:Claim)-[:VIA]->(o)
MATCH (c)-[:IN]->(a:Article)
OPTIONAL MATCH (s:Entity)-[:SAID]->(c)
RETURN o.name AS outlet, coalesce(s.name, c.speakerText) AS speaker, c.cue AS cue, c.text AS claim, a.id AS article, a.published AS published
ORDER BY published, article, c.start
LIMIT $limit
