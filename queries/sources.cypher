// description: Claims by unnamed sources ("an Iranian diplomatic source", "officials"), optionally those affiliated with one country, with outlet and article.
// params: country: entity? = null, limit: int = 20
// With a country, start from it: its few sources rather than every source's claims.
CALL () {
  WITH 1 AS any WHERE $country IS NULL
  MATCH (s:Source)-[:SAID]->(c:Claim)
  RETURN s, c
  UNION
  MATCH (p:Entity) WHERE p.id = $country OR toLower(trim($country)) IN p.keys
  MATCH (p)<-[:AFFILIATED_WITH]-(s:Source)-[:SAID]->(c:Claim)
  RETURN s, c
}
WITH s, c ORDER BY c.published DESC, c.article, c.start LIMIT $limit
OPTIONAL MATCH (s)-[:AFFILIATED_WITH]->(p:Entity)
OPTIONAL MATCH (c)-[:VIA]->(v:Entity)
RETURN s.description AS source, p.name AS affiliation, c.cue AS cue, c.text AS claim, v.name AS via, c.article AS article, c.published AS published
ORDER BY published DESC, article, c.start
