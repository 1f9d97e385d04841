// description: Events (talks, strikes, attacks, summits, protests ...): when, where, who took part, in which articles; optionally in or near one place.
// params: place: entity? = null, limit: int = 20
MATCH (e:Event)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(where:Place)
WITH e, where WHERE $place IS NULL OR where.id = $place OR toLower(trim($place)) IN where.keys
  // At the place itself or at a place inside it ("Irving, Texas" for Texas).
  OR EXISTS { MATCH (where)-[:LOCATED_IN]->(p:Place) WHERE p.id = $place OR toLower(trim($place)) IN p.keys }
MATCH (e)-[m:MENTIONED_IN]->(a:Article)
WITH e, where, a, m ORDER BY a.published, a.id
WITH e, where, count(a) AS articles, min(a.published) AS first, max(a.published) AS last, collect(m.texts[0])[0] AS asWritten, collect(a.id)[..5] AS articleIds
CALL (e) {
  OPTIONAL MATCH (p:Entity)-[r:PARTICIPATED_IN]->(e)
  WITH p, collect(DISTINCT r.label) AS roles ORDER BY p.name
  RETURN [x IN collect(CASE WHEN p IS NULL THEN null ELSE p.name + ' (' + roles[0] + ')' END) WHERE x IS NOT NULL] AS participants
}
RETURN e.name AS event, where.name AS place, coalesce(e.dates[0], first) AS date, e.when AS when, participants, articles, first, last, asWritten, articleIds
ORDER BY articles DESC, first DESC, event
LIMIT $limit
