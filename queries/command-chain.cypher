// description: Who commands or leads an entity and what it belongs to (up), and what it commands, leads or holds as members (down), to three steps.
// params: name: entity, limit: int = 50
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
// Up the chain means towards the commander and the larger body: against COMMANDS/LEADS, along MEMBER_OF/PART_OF.
MATCH p = (e)-[:COMMANDS|LEADS|MEMBER_OF|PART_OF]-{1,3}(x:Entity)
WITH e, p, nodes(p) AS ns, relationships(p) AS rs
WITH e, p, ns, rs,
     all(i IN range(0, size(rs) - 1) WHERE (type(rs[i]) IN ['MEMBER_OF', 'PART_OF']) = (startNode(rs[i]) = ns[i])) AS up,
     all(i IN range(0, size(rs) - 1) WHERE (type(rs[i]) IN ['MEMBER_OF', 'PART_OF']) = (endNode(rs[i]) = ns[i])) AS down
WHERE (up OR down) AND all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
UNWIND range(0, size(rs) - 1) AS i
WITH DISTINCT CASE WHEN up THEN 'up' ELSE 'down' END AS direction, i + 1 AS step, startNode(rs[i]) AS f, type(rs[i]) AS relation, rs[i].label AS label, endNode(rs[i]) AS t, rs[i] AS r
RETURN direction, min(step) AS step, f.name AS from, relation, t.name AS to, collect(DISTINCT r.article)[..5] AS articles, collect(r.evidence)[0] AS example
ORDER BY direction DESC, step, from, to
LIMIT $limit
