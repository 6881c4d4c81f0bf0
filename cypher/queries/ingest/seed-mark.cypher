// Records the seeding's progress, so a start-up cut short (a crash, a timeout) seeds again next time instead
// of leaving a half-loaded graph that looks loaded.
MERGE (s:SeedRun {id: $id})
SET s.state = $state, s.updatedAt = datetime()
