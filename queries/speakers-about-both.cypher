// description: Named speakers who made claims about both of two entities: how many about each, with an example of each.
// params: a: entity, b: entity, limit: int = 20
MATCH (ea:Entity) WHERE ea.id = $a OR toLower(trim($a)) IN ea.keys
WITH ea ORDER BY CASE WHEN ea.id = $a THEN 0 WHEN ea.key = toLower(trim($a)) THEN 1 ELSE 2 END, COUNT { (ea)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (eb:Entity) WHERE (eb.id = $b OR toLower(trim($b)) IN eb.keys) AND eb <> ea
WITH ea, eb ORDER BY CASE WHEN eb.id = $b THEN 0 WHEN eb.key = toLower(trim($b)) THEN 1 ELSE 2 END, COUNT { (eb)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (s:Entity)-[:SAID]->(ca:Claim)-[:ABOUT]->(ea)
WITH ea, eb, s, ca ORDER BY ca.published, ca.article, ca.start
WITH ea, eb, s, collect(ca) AS aboutA
MATCH (s)-[:SAID]->(cb:Claim)-[:ABOUT]->(eb)
WITH ea, eb, s, aboutA, cb ORDER BY cb.published, cb.article, cb.start
WITH ea, eb, s, aboutA, collect(cb) AS aboutB
RETURN s.name AS speaker, s.type AS type, ea.name AS a, size(aboutA) AS claimsAboutA, eb.name AS b, size(aboutB) AS claimsAboutB,
       aboutA[0].text AS exampleA, aboutB[0].text AS exampleB,
       reduce(seen = [], c IN aboutA + aboutB | CASE WHEN c.article IN seen THEN seen ELSE seen + c.article END) AS articles
ORDER BY claimsAboutA + claimsAboutB DESC, speaker
LIMIT $limit
