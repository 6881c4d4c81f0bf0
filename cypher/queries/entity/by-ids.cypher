// Entities by id, one index seek each; ids not found simply return no row (the caller reports NOT_FOUND).
// Entities come back as the fields the API reads (rows.ts entityRow), not properties(): the driver would
// decode their timestamps and ship their search keys on every row (test/unit/entity-projection.test.ts).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .kind, .name, .aliases, .description, .nationality, .orgType, .placeType, .mode, .status, .frequency, .firstServiceDate, .agreementKind, .eventType, .date, .datePrecision} AS entity
