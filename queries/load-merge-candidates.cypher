// description: For each surname, the persons named by it alone ("Trump") and the persons whose full name ends in it ("Donald Trump"), where both exist.
// params: keys: string[]
UNWIND $keys AS s
CALL (s) {
  MATCH (short:Entity {key: s}) WHERE short.type = 'person'
  RETURN collect(short {.id, .name}) AS shorts
}
CALL (s) {
  MATCH (full:Entity {surname: s}) WHERE full.type = 'person'
  RETURN collect(full {.id, .name}) AS fulls
}
WITH s, shorts, fulls WHERE size(shorts) > 0 AND size(fulls) > 0
RETURN s AS surname, shorts, fulls
