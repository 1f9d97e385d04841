// description: An entity over time: per publication date, its mentions, articles, and claims by and about it.
// params: name: entity, limit: int = 50
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, coalesce(a.published, '(undated)') AS date, sum(m.count) AS mentions, collect(a) AS articles
RETURN e.name AS name, date, mentions, size(articles) AS articleCount,
       size([a IN articles WHERE EXISTS { (e)-[:SAID]->(:Claim)-[:IN]->(a) }]) AS articlesWithClaimsBy,
       size([a IN articles WHERE EXISTS { (:Claim)-[:IN]->(a) } AND EXISTS { (c:Claim)-[:ABOUT]->(e) WHERE (c)-[:IN]->(a) }]) AS articlesWithClaimsAbout
ORDER BY date
LIMIT $limit
