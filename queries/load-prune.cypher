// description: Remove entities no article mentions any more (after articles changed).
// params:
MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->()
DETACH DELETE e
RETURN count(*) AS removed
