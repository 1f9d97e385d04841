// description: Entity ids merged into another entity earlier (a surname into the one full name it stands for), with the entity they now are: a re-ingest loads into that, never splitting what was merged.
// params: ids: string[]
UNWIND $ids AS id
MATCH (:MergedId {id: id})-[:INTO]->(e:Entity)
RETURN id, e.id AS into, e.name AS name
