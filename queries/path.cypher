// description: The shortest explained paths between two entities: typed relations (with their evidence sentence), claims and shared articles.
// params: from: entity, to: entity, limit: int = 3
MATCH (a:Entity) WHERE a.id = $from OR toLower(trim($from)) IN a.keys
WITH a ORDER BY CASE WHEN a.id = $from THEN 0 WHEN a.key = toLower(trim($from)) THEN 1 ELSE 2 END, COUNT { (a)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (b:Entity) WHERE b.id = $to OR toLower(trim($to)) IN b.keys
WITH a, b ORDER BY CASE WHEN b.id = $to THEN 0 WHEN b.key = toLower(trim($to)) THEN 1 ELSE 2 END, COUNT { (b)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH p = allShortestPaths((a)-[:COMMANDS|LEADS|RELATIVE_OF|OPERATES_IN|AFFILIATED_WITH|MEMBER_OF|HOLDS_ROLE|LOCATED_IN|MENTIONED_IN|SAID|ABOUT|IN*..6]-(b))
WHERE a <> b
RETURN length(p) AS hops,
       [n IN nodes(p) | coalesce(n.name, n.title, n.text) + ' (' + [l IN labels(n) WHERE l <> 'Entity'][0] + ')'] AS via,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | type(r) + CASE
          WHEN r.evidence IS NOT NULL THEN ': ' + r.evidence
          WHEN type(r) = 'MENTIONED_IN' THEN ': in "' + coalesce(endNode(r).title, endNode(r).id) + '"'
          ELSE '' END] AS evidence
LIMIT $limit
