// description: Every entity as a graph node, with its mention and article counts (for export graph).
// params:
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, e.affiliation AS affiliation,
       COUNT { (e)-[:MENTIONED_IN]->() } AS articles
ORDER BY id
