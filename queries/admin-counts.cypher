// description: Node counts by label and relationship counts by type, for status and tests.
// params:
CALL () {
  MATCH (n) UNWIND labels(n) AS label RETURN 'node' AS kind, label AS name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count ORDER BY kind, name
