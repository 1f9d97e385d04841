// description: Remove entities no article mentions any more (after articles changed), and the merged ids that led to them.
// params:
MATCH (e:Entity) WHERE NOT (e)-[:MENTIONED_IN]->()
OPTIONAL MATCH (m:MergedId)-[:INTO]->(e)
DETACH DELETE e, m
RETURN count(DISTINCT e) AS removed
