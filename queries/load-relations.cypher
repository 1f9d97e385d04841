// description: Typed relations between entities, one per article that gives evidence for it.
// params: rows: object[]
UNWIND $rows AS row
MATCH (f:Entity {id: row.from})
MATCH (t:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'HOLDS_ROLE' THEN [1] ELSE [] END | MERGE (f)-[r:HOLDS_ROLE {article: row.article}]->(t) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'COMMANDS' THEN [1] ELSE [] END | MERGE (f)-[r:COMMANDS {article: row.article}]->(t) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'LEADS' THEN [1] ELSE [] END | MERGE (f)-[r:LEADS {article: row.article}]->(t) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'RELATIVE_OF' THEN [1] ELSE [] END | MERGE (f)-[r:RELATIVE_OF {article: row.article}]->(t) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'MEMBER_OF' THEN [1] ELSE [] END | MERGE (f)-[r:MEMBER_OF {article: row.article}]->(t) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'AFFILIATED_WITH' THEN [1] ELSE [] END | MERGE (f)-[r:AFFILIATED_WITH {article: row.article}]->(t) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'OPERATES_IN' THEN [1] ELSE [] END | MERGE (f)-[r:OPERATES_IN {article: row.article}]->(t) SET r += row.props)
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END | MERGE (f)-[r:LOCATED_IN {article: row.article}]->(t) SET r += row.props)
