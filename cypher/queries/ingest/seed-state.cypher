// Where start-up seeding stands: 'started' while it runs (or if it was cut short), 'complete' once done, null
// on a graph it never touched.
OPTIONAL MATCH (s:SeedRun {id: $id})
RETURN s.state AS state
