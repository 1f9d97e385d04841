// description: Claims by unnamed sources ("an Iranian diplomatic source", "officials"), optionally those affiliated with one country, with outlet and article.
// params: country: string? = null, limit: int = 20
MATCH (s:Source)-[:SAID]->(c:Claim)-[:IN]->(a:Article)
OPTIONAL MATCH (s)-[:AFFILIATED_WITH]->(p:Entity)
WITH s, c, a, p
WHERE $country IS NULL OR (p IS NOT NULL AND (p.id = $country OR toLower(trim($country)) IN p.keys))
OPTIONAL MATCH (c)-[:VIA]->(v:Entity)
RETURN s.description AS source, p.name AS affiliation, c.cue AS cue, c.text AS claim, v.name AS via, a.id AS article, a.published AS published
ORDER BY published DESC, article, c.start
LIMIT $limit
