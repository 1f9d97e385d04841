// description: Who commands or leads an entity and what it belongs to (up), and what it commands, leads or holds as members (down), to three steps.
// params: name: entity, limit: int = 50
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
// Step by step, one row per neighbour (each article gives its own edge: walking edges would multiply paths). Up the
// chain is towards the commander and the larger body: against COMMANDS/LEADS, along MEMBER_OF/PART_OF; down the other way.
CALL (e) {
  MATCH (e)-[r:COMMANDS|LEADS|MEMBER_OF|PART_OF]-(m:Entity)
  WITH m, type(r) AS rel, startNode(r) = e AS out, collect(r) AS rs
  RETURN m AS m1, rel AS rel1, out AS out1, rs AS rs1, CASE WHEN (rel IN ['MEMBER_OF', 'PART_OF']) = out THEN 'up' ELSE 'down' END AS direction
}
OPTIONAL CALL (e, m1, direction) {
  MATCH (m1)-[r:COMMANDS|LEADS|MEMBER_OF|PART_OF]-(m:Entity) WHERE m <> e AND ((type(r) IN ['MEMBER_OF', 'PART_OF']) = (startNode(r) = m1)) = (direction = 'up')
  WITH m, type(r) AS rel, startNode(r) = m1 AS out, collect(r) AS rs
  RETURN m AS m2, rel AS rel2, out AS out2, rs AS rs2
}
OPTIONAL CALL (e, m1, m2, direction) {
  MATCH (m2)-[r:COMMANDS|LEADS|MEMBER_OF|PART_OF]-(m:Entity) WHERE NOT m IN [e, m1] AND ((type(r) IN ['MEMBER_OF', 'PART_OF']) = (startNode(r) = m2)) = (direction = 'up')
  WITH m, type(r) AS rel, startNode(r) = m2 AS out, collect(r) AS rs
  RETURN m AS m3, rel AS rel3, out AS out3, rs AS rs3
}
WITH direction, [[e, m1, rel1, out1, rs1, 1], [m1, m2, rel2, out2, rs2, 2], [m2, m3, rel3, out3, rs3, 3]] AS hops
UNWIND hops AS h
WITH direction, h WHERE h[1] IS NOT NULL
WITH direction, CASE WHEN h[3] THEN h[0] ELSE h[1] END AS f, h[2] AS relation, CASE WHEN h[3] THEN h[1] ELSE h[0] END AS t, h[4] AS rs, h[5] AS step
WITH direction, f, relation, t, min(step) AS step, reduce(acc = [], r IN collect(rs) | acc + r) AS rs
RETURN direction, step, f.name AS from, relation, t.name AS to, [a IN reduce(acc = [], r IN rs | CASE WHEN r.article IN acc THEN acc ELSE acc + r.article END)][..5] AS articles, rs[0].evidence AS example
ORDER BY direction DESC, step, from, to
LIMIT $limit
