// description: Claims by kind of cue (say, warn, deny, insist, describe, accuse, ...), newest first.
// params: cue: string, limit: int = 20
MATCH (c:Claim {cue: toLower(trim($cue))})-[:IN]->(a:Article)
OPTIONAL MATCH (s:Entity)-[:SAID]->(c)
RETURN c.cue AS cue, coalesce(s.name, c.speakerText, '(unattributed)') AS speaker, c.text AS claim, a.id AS article, a.published AS published
ORDER BY published DESC, article, c.start
LIMIT $limit
