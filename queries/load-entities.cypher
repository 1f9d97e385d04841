// description: Entities, one node per id across all articles; aliases and titles accumulate.
// params: rows: object[]
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.key = row.key
SET e.surname = coalesce(e.surname, row.surname),
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.titles = reduce(acc = coalesce(e.titles, []), x IN row.titles | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.keys = reduce(acc = coalesce(e.keys, [e.key]), x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.affiliation = coalesce(e.affiliation, row.affiliation),
    e.formation = coalesce(e.formation, row.formation),
    e.dates = reduce(acc = coalesce(e.dates, []), x IN row.dates | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    e.when = coalesce(e.when, row.when)
FOREACH (_ IN CASE WHEN row.type = 'person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'place' THEN [1] ELSE [] END | SET e:Place)
FOREACH (_ IN CASE WHEN row.type = 'organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'force' THEN [1] ELSE [] END | SET e:Force)
FOREACH (_ IN CASE WHEN row.type = 'event' THEN [1] ELSE [] END | SET e:Event)
