// description: Articles already loaded completely, with their content hash (a missing hash means an interrupted load) and the extractor that made them.
// params: ids: string[]
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256, a.extractor AS extractor
