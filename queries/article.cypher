// description: Everything extracted from one article: entities with mention counts and spans, for review.
// params: id: string
MATCH (a:Article {id: $id})<-[m:MENTIONED_IN]-(e:Entity)
RETURN e.name AS name, e.type AS type, m.count AS mentions, m.texts AS texts, m.spans AS spans
ORDER BY m.spans[0], m.spans[1] DESC, name
