// description: Events (talks, summits, attacks, protests ...) and where they happened, optionally in or near one place, with dates and articles.
// params: place: entity? = null, limit: int = 20
CALL (){
  WITH 1 AS one WHERE $place IS NULL
  MATCH (e:Event)-[:LOCATED_IN]->(where:Place)
  RETURN e, where
  UNION
  WITH 1 AS one WHERE $place IS NOT NULL
  MATCH (p:Place) WHERE p.id = $place OR toLower(trim($place)) IN p.keys
  WITH p ORDER BY CASE WHEN p.id = $place THEN 0 WHEN p.key = toLower(trim($place)) THEN 1 ELSE 2 END, COUNT { (p)-[:MENTIONED_IN]->() } DESC
  LIMIT 1
  // At the place itself or at a place inside it ("Irving, Texas" for Texas).
  MATCH (e:Event)-[:LOCATED_IN]->(where:Place)
  WHERE where = p OR (where)-[:LOCATED_IN]->(p)
  RETURN e, where
}
MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, where, a, m ORDER BY a.published, a.id
RETURN e.name AS event, where.name AS place, count(a) AS articles, min(a.published) AS first, max(a.published) AS last,
       collect(m.texts[0])[0] AS asWritten, collect(a.id)[..5] AS articleIds
ORDER BY articles DESC, first DESC, event
LIMIT $limit
