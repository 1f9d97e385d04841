// description: The support network around an entity: who it fights alongside or backs, who backs it, and (depth 2) their allies and backers.
// params: name: entity, depth: int = 1, limit: int = 50
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
// The entity's circle: itself and whoever is joined to it by alliance or support within the depth asked.
OPTIONAL MATCH (e)-[:ALLIED_WITH|SUPPORTS]-{1,2}(o:Entity)
WITH e, collect(DISTINCT o) AS reach
WITH e, [e] + [o IN reach WHERE o <> e AND ($depth > 1 OR EXISTS { (e)-[:ALLIED_WITH|SUPPORTS]-(o) })] AS circle
MATCH (x:Entity)-[r:ALLIED_WITH|SUPPORTS]->(y:Entity)
WHERE x IN circle AND y IN circle AND (x = e OR y = e OR $depth > 1)
MATCH (art:Article {id: r.article})
WITH x, y, type(r) AS relation, r, art, coalesce(r.date, art.published) AS date
RETURN x.name AS from, relation, y.name AS to, count(r) AS reports, count(DISTINCT art) AS articles, min(date) AS first, max(date) AS last,
       [s IN collect(DISTINCT art.source) WHERE s IS NOT NULL][..5] AS sources, collect(r.evidence)[0] AS example
ORDER BY reports DESC, from, to
LIMIT $limit
