// description: Claims with their speakers, optionally only those of one article, newest first.
// params: article: string? = null, limit: int = 20
MATCH (c:Claim)-[:IN]->(a:Article)
WHERE $article IS NULL OR a.id = $article
OPTIONAL MATCH (s:Entity)-[:SAID]->(c)
OPTIONAL MATCH (c)-[:VIA]->(v:Entity)
RETURN coalesce(s.name, c.speakerText, '(unattributed)') AS speaker, c.speakerAffiliation AS affiliation, c.cue AS cue, c.kind AS kind,
       c.text AS claim, v.name AS via, a.id AS article
ORDER BY a.published DESC, article, c.start
LIMIT $limit
