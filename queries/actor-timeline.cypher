// description: What an entity did and had done to it, by date: each act (fights, backs, meets, talks to, criticises, praises) with the other party, code, event and sentence.
// params: name: entity, since: string? = null, until: string? = null, limit: int = 50
MATCH (e:Entity) WHERE e.id = $name OR toLower(trim($name)) IN e.keys
WITH e ORDER BY CASE WHEN e.id = $name THEN 0 WHEN e.key = toLower(trim($name)) THEN 1 ELSE 2 END, COUNT { (e)-[:MENTIONED_IN]->() } DESC
LIMIT 1
MATCH (e)-[r:FIGHTS|ALLIED_WITH|SUPPORTS|MET_WITH|TALKED_TO|CRITICIZES|PRAISES]-(o:Entity)
MATCH (art:Article {id: r.article})
WITH e, r, o, art, coalesce(r.date, art.published) AS date
WHERE ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until + '~')
OPTIONAL MATCH (ev:Event {id: r.event})
WITH date, CASE WHEN startNode(r) = e THEN e.name ELSE o.name END AS actor, r, e, o, ev, art
RETURN date, actor, type(r) AS act, r.label AS as, r.code AS code,
       CASE WHEN startNode(r) = e THEN o.name ELSE e.name END AS other, ev.name AS event, art.id AS article, r.evidence AS sentence
ORDER BY date IS NULL, date, article, r.start, actor
LIMIT $limit
