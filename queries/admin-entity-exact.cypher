// description: Whether a name names an entity exactly: its id, a merged id, or one of its lookup keys (names, aliases, titled forms, folded).
// params: name: string, key: string
CALL () {
  MATCH (e:Entity {id: $name}) RETURN e
  UNION
  MATCH (:MergedId {id: $name})-[:INTO]->(e:Entity) RETURN e
  UNION
  MATCH (e:Entity {key: $key}) RETURN e
  UNION
  MATCH (e:Entity) WHERE $key IN e.keys RETURN e
}
RETURN e.id AS id, e.name AS name, e.type AS type
LIMIT 1
