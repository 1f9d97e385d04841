// description: Who met or talked with whom, where and when, with the event and the sentence; optionally for one entity, a pair, or a place.
// params: name: entity? = null, with: entity? = null, place: entity? = null, limit: int = 20
MATCH (a:Entity)-[r:MET_WITH|TALKED_TO]-(b:Entity)
WHERE elementId(a) < elementId(b) OR $name IS NOT NULL
WITH a, b, r WHERE ($name IS NULL OR a.id = $name OR toLower(trim($name)) IN a.keys)
  AND ($with IS NULL OR b.id = $with OR toLower(trim($with)) IN b.keys)
MATCH (art:Article {id: r.article})
OPTIONAL MATCH (ev:Event {id: r.event})
// Where: the talks' place, else where the sentence says they met.
OPTIONAL MATCH (ev)-[:LOCATED_IN]->(evPlace:Place)
OPTIONAL MATCH (said:Place {id: r.place})
WITH a, b, r, art, ev, coalesce(evPlace, said) AS where
WHERE $place IS NULL OR where.id = $place OR toLower(trim($place)) IN where.keys
   OR EXISTS { MATCH (where)-[:LOCATED_IN]->(p:Place) WHERE p.id = $place OR toLower(trim($place)) IN p.keys }
RETURN a.name AS party, b.name AS with, type(r) AS how, r.label AS as, coalesce(r.date, ev.dates[0], art.published) AS date, ev.when AS when,
       where.name AS place, ev.name AS event, art.id AS article, r.evidence AS sentence
ORDER BY date DESC, party, with
LIMIT $limit
