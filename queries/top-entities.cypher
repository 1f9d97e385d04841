// description: Most-mentioned entities, optionally of one type (person, place, organization, force).
// params: type: string? = null, limit: int = 10
MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article)
WHERE $type IS NULL OR e.type = $type
RETURN e.name AS name, e.type AS type, sum(m.count) AS mentions, count(a) AS articles
ORDER BY mentions DESC, articles DESC, name
LIMIT $limit
