// description: What the graph holds: articles, entities, claims and relationships, from Neo4j's count store (constant time).
// params:
RETURN COUNT { MATCH (:Article) } AS articles, COUNT { MATCH (:Entity) } AS entities, COUNT { MATCH (:Claim) } AS claims, COUNT { MATCH ()-[]->() } AS relationships
