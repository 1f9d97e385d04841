// description: Who fights whom: attacker, target, how many reports, first and last date, sources; optionally around one entity, in one place, between two dates.
// params: name: entity? = null, place: entity? = null, since: string? = null, until: string? = null, limit: int = 20
MATCH (a:Entity)-[r:FIGHTS]->(b:Entity)
WHERE $name IS NULL OR a.id = $name OR b.id = $name OR toLower(trim($name)) IN a.keys OR toLower(trim($name)) IN b.keys
MATCH (art:Article {id: r.article})
// The date of the act as the sentence gives it, else the article's.
WITH a, b, r, art, coalesce(r.date, art.published) AS date
WHERE ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until + '~')
  // In a place: where the sentence says the act happened, or somewhere inside that place ("near Mosul" for Iraq).
  AND ($place IS NULL OR EXISTS {
    MATCH (p:Place) WHERE p.id = r.place AND (p.id = $place OR toLower(trim($place)) IN p.keys OR EXISTS { MATCH (p)-[:LOCATED_IN]->(q:Place) WHERE q.id = $place OR toLower(trim($place)) IN q.keys })
  })
WITH a, b, r, art, date ORDER BY date
RETURN a.name AS attacker, a.type AS attackerType, b.name AS target, b.type AS targetType, count(r) AS reports,
       count(DISTINCT art) AS articles, min(date) AS first, max(date) AS last,
       [s IN collect(DISTINCT art.source) WHERE s IS NOT NULL][..5] AS sources,
       collect(r.label)[..5] AS acts, collect(r.evidence)[0] AS example
ORDER BY reports DESC, last DESC, attacker, target
LIMIT $limit
