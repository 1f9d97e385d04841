// description: Forces in a place: reported operating there, taking part in an event there (a strike, a battle), or named in the same sentence as it; with dates and sources.
// params: name: entity, limit: int = 20
MATCH (p:Place) WHERE p.id = $name OR toLower(trim($name)) IN p.keys
WITH p ORDER BY CASE WHEN p.id = $name THEN 0 WHEN p.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (p)-[:MENTIONED_IN]->() } DESC
LIMIT 1
CALL (p) {
  MATCH (f:Force)-[fm:MENTIONED_IN]->(a:Article)<-[pm:MENTIONED_IN]-(p)
  WITH f, a, EXISTS { (f)-[:OPERATES_IN {article: a.id}]->(p) } AS operates, size([s IN fm.sentences WHERE s IN pm.sentences]) AS together
  WHERE operates OR together > 0
  RETURN f, a, CASE WHEN operates THEN 'operates in' ELSE 'same sentence' END AS how, CASE WHEN operates THEN 0 ELSE 2 END AS rank, null AS event
  UNION
  // An event at the place, or at a place inside it, that the force took part in.
  MATCH (f:Force)-[r:PARTICIPATED_IN]->(ev:Event)-[:LOCATED_IN]->(where:Place)
  WHERE where = p OR (where)-[:LOCATED_IN]->(p)
  MATCH (a:Article {id: r.article})
  RETURN f, a, 'took part in ' + ev.name AS how, 1 AS rank, ev.name AS event
}
WITH f, a, min(rank) AS rank, collect(how)[0] AS how
RETURN f.name AS force, f.affiliation AS affiliation, how, a.published AS published, a.source AS source, a.id AS article
ORDER BY rank, published DESC, force
LIMIT $limit
