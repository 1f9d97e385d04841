// description: Most-mentioned entities, optionally of one type, within a publication date range, or from some sources.
// params: type: string? = null, from: string? = null, to: string? = null, sources: string[]? = null, limit: int = 10
MATCH (e:Entity)-[m:MENTIONED_IN]->(a:Article)
WHERE ($type IS NULL OR e.type = $type)
  AND ($from IS NULL OR a.published >= $from)
  AND ($to IS NULL OR a.published <= $to)
  AND ($sources IS NULL OR a.source IN $sources)
RETURN e.name AS name, e.type AS type, sum(m.count) AS mentions, count(a) AS articles
ORDER BY mentions DESC, articles DESC, name
LIMIT $limit
