// description: A person named by surname alone that several full names in the graph end in: kept apart, with the names it could be.
// params: rows: object[]
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.ambiguousWith = row.names
