// description: Forces reported operating in a place, or named in the same sentence as it, with dates and sources.
// params: name: entity, limit: int = 20
MATCH (p:Place) WHERE p.id = $name OR toLower(trim($name)) IN p.keys
WITH p ORDER BY CASE WHEN p.id = $name THEN 0 WHEN p.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (p)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (f:Force)-[fm:MENTIONED_IN]->(a:Article)<-[pm:MENTIONED_IN]-(p)
WITH p, f, a, EXISTS { (f)-[:OPERATES_IN {article: a.id}]->(p) } AS operates, size([s IN fm.sentences WHERE s IN pm.sentences]) AS together
WHERE operates OR together > 0
RETURN f.name AS force, f.affiliation AS affiliation, p.name AS place, CASE WHEN operates THEN 'operates in' ELSE 'same sentence' END AS how,
       a.published AS published, a.source AS source, a.id AS article
ORDER BY operates DESC, published DESC, force
LIMIT $limit
