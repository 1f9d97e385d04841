// description: MENTIONED_IN from each entity to each article it appears in; spans are flat [start, end, start, end, ...].
// params: rows: object[]
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (a:Article {id: row.article})
MERGE (e)-[m:MENTIONED_IN]->(a)
SET m.count = row.count, m.sentences = row.sentences, m.spans = row.spans, m.texts = row.texts, m.rules = row.rules,
    m.metonymy = row.metonymy
