// description: (For newsgraph search, which writes the Lucene query from the text typed.) Entities whose name, aliases or titled forms match the text, forgiving case, accents and typos (full-text, fuzzy), best first, with type and counts.
// params: lucene: string, limit: int = 10
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit * 3}) YIELD node AS e, score
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, coalesce(e.mentionTotal, 0) AS mentions, coalesce(e.articleTotal, 0) AS articles, round(score, 2) AS score, e.id AS id
ORDER BY score DESC, articles DESC, name
LIMIT $limit
