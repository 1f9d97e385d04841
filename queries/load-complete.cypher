// description: Mark articles as completely loaded by setting their content hash and extractor version (last step of a load).
// params: rows: object[]
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.sha256 = row.sha256, a.extractor = row.extractor, a.loadedAt = datetime()
