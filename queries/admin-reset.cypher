// description: Delete up to 10,000 nodes with their relationships; run until it returns 0 to empty the graph (the schema stays).
// params:
MATCH (n) WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted
