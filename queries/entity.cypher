// description: An entity's profile: type, aliases, titles, articles, top co-mentioned entities, claims by and about it.
// params: name: entity
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, sum(m.count) AS mentions, collect(DISTINCT a.id) AS articles, min(a.published) AS firstSeen, max(a.published) AS lastSeen
CALL (e) {
  OPTIONAL MATCH (e)-[:MENTIONED_IN]->(:Article)<-[:MENTIONED_IN]-(o:Entity)
  WITH o, count(*) AS n WHERE o IS NOT NULL
  ORDER BY n DESC, o.name LIMIT 5
  RETURN collect(o.name + ' (' + n + ')') AS coMentioned
}
CALL (e) {
  OPTIONAL MATCH (e)-[:SAID]->(c:Claim)
  RETURN count(c) AS claimsBy
}
CALL (e) {
  OPTIONAL MATCH (c:Claim)-[:ABOUT]->(e)
  RETURN count(c) AS claimsAbout
}
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, e.titles AS titles, e.affiliation AS affiliation, e.merged AS merged, e.ambiguousWith AS couldBe,
       mentions, size(articles) AS articleCount, articles, firstSeen, lastSeen, coMentioned, claimsBy, claimsAbout
