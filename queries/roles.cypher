// description: Who holds which title or command, with the country or force it belongs to.
// params: name: entity? = null, limit: int = 50
MATCH (e:Person)
WHERE size(e.titles) > 0 AND ($name IS NULL OR e.id = $name OR toLower(trim($name)) IN e.keys)
OPTIONAL MATCH (e)-[c:COMMANDS]->(f:Entity)
RETURN e.name AS person, e.titles AS titles, e.affiliation AS affiliation, collect(DISTINCT f.name) AS commands,
       COUNT { (e)-[:MENTIONED_IN]->() } AS articles
ORDER BY articles DESC, person
LIMIT $limit
