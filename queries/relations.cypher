// description: Typed relations between entities (commands, kin, operates in, affiliated with ...), with evidence.
// params: name: string? = null, limit: int = 20
MATCH (f:Entity)-[r]->(t:Entity)
WHERE $name IS NULL OR f.id = $name OR t.id = $name OR toLower(trim($name)) IN f.keys OR toLower(trim($name)) IN t.keys
RETURN f.name AS from, type(r) AS relation, r.label AS label, t.name AS to, r.article AS article, r.rule AS rule
ORDER BY relation, from, to
LIMIT $limit
