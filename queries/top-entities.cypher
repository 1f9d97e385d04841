// description: Most-mentioned entities, optionally of one type, within a publication date range, or from some sources.
// params: type: entity-type? = null, from: date? = null, to: date? = null, sources: string[]? = null, limit: int = 10
// Two plans: without article filters read the totals kept on each entity at load; with them, filter articles first.
CALL () {
  WITH 1 AS one WHERE $from IS NULL AND $to IS NULL AND $sources IS NULL
  MATCH (e:Entity)
  WHERE ($type IS NULL OR e.type = $type) AND e.mentionTotal > 0
  RETURN e, e.mentionTotal AS mentions, e.articleTotal AS articles
  UNION ALL
  WITH 1 AS one WHERE NOT ($from IS NULL AND $to IS NULL AND $sources IS NULL)
  MATCH (a:Article)
  WHERE ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to) AND ($sources IS NULL OR a.source IN $sources)
  MATCH (e:Entity)-[m:MENTIONED_IN]->(a)
  WHERE $type IS NULL OR e.type = $type
  RETURN e, sum(m.count) AS mentions, count(a) AS articles
}
RETURN e.name AS name, e.type AS type, mentions, articles
ORDER BY mentions DESC, articles DESC, name
LIMIT $limit
