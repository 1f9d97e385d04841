// description: Entity list for export: every entity (optionally of one type) with aliases, mentions and articles.
// params: type: entity-type? = null, limit: int = 1000000
MATCH (e:Entity)
WHERE $type IS NULL OR e.type = $type
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a:Article)
RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases, e.titles AS titles,
       e.affiliation AS affiliation, sum(m.count) AS mentions, count(a) AS articles
ORDER BY type, mentions DESC, name
LIMIT $limit
