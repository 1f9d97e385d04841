// description: Articles, without their hash: the hash is set by load-complete once everything else is in.
// params: rows: object[]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.source = row.source, a.url = row.url, a.published = row.published, a.byline = row.byline
