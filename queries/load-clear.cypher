// description: Remove what earlier loads of these articles added (claims, mentions, relations), before loading them again.
// params: ids: string[]
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)<-[:IN]-(c:Claim)
  OPTIONAL MATCH (s:Source)-[:SAID]->(c)
  DETACH DELETE c, s
}
CALL (a) {
  MATCH (a)<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity) WHERE r.article = a.id
  DELETE r
}
CALL (a) {
  MATCH (a)<-[m:MENTIONED_IN]-(e:Entity)
  SET e.mentionTotal = e.mentionTotal - m.count, e.articleTotal = e.articleTotal - 1
  DELETE m
}
REMOVE a.sha256
