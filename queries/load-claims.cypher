// description: Claims with their article, speaker (SAID), outlet (VIA) and the entities they are about (ABOUT); an unnamed speaker ("an Iranian diplomatic source") is a Source node of its own, AFFILIATED_WITH its country.
// params: rows: object[]
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MERGE (c:Claim {id: row.id})
SET c.kind = row.kind, c.text = row.text, c.cue = row.cue, c.start = row.start, c.end = row.end,
    c.sentence = row.sentence, c.speakerText = row.speakerText, c.speakerStart = row.speakerStart,
    c.speakerEnd = row.speakerEnd, c.speakerDescription = row.speakerDescription, c.quotes = row.quotes, c.speakerAffiliation = row.speakerAffiliation, c.rule = row.rule, c.article = row.article, c.published = a.published
MERGE (c)-[:IN]->(a)
WITH c, row
// An entity merged into another by a concurrent ingest (load-merge) is found through its MergedId.
CALL (c, row) {
  OPTIONAL MATCH (x:Entity {id: row.speaker})
  OPTIONAL MATCH (:MergedId {id: row.speaker})-[:INTO]->(y:Entity)
  WITH coalesce(x, y) AS s WHERE s IS NOT NULL
  MERGE (s)-[:SAID]->(c)
}
CALL (c, row) {
  WITH row WHERE row.source IS NOT NULL
  MERGE (s:Source {id: row.id + ':source'})
  SET s.description = row.source.description, s.affiliation = row.source.affiliation, s.article = row.article
  MERGE (s)-[:SAID]->(c)
  WITH s, row
  MATCH (p:Entity {id: row.source.affiliationId})
  MERGE (s)-[:AFFILIATED_WITH {article: row.article}]->(p)
}
CALL (c, row) {
  OPTIONAL MATCH (x:Entity {id: row.via})
  OPTIONAL MATCH (:MergedId {id: row.via})-[:INTO]->(y:Entity)
  WITH coalesce(x, y) AS v WHERE v IS NOT NULL
  MERGE (c)-[:VIA]->(v)
}
CALL (c, row) {
  UNWIND row.about AS about
  OPTIONAL MATCH (x:Entity {id: about})
  OPTIONAL MATCH (:MergedId {id: about})-[:INTO]->(y:Entity)
  WITH coalesce(x, y) AS e WHERE e IS NOT NULL
  MERGE (c)-[:ABOUT]->(e)
}
