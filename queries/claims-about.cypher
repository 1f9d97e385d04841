// description: Claims that mention an entity, grouped by who made them (most prolific speaker first).
// params: name: entity, limit: int = 20
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (c:Claim)-[:ABOUT]->(e)
OPTIONAL MATCH (s:Entity)-[:SAID]->(c)
WITH coalesce(s.name, c.speakerText, '(no speaker)') AS speaker, c ORDER BY c.published, c.article, c.start
WITH speaker, collect(c) AS claims
UNWIND range(0, size(claims) - 1) AS i
RETURN speaker, size(claims) AS speakerClaims, claims[i].cue AS cue, claims[i].text AS claim, claims[i].article AS article
ORDER BY speakerClaims DESC, speaker, i
LIMIT $limit
