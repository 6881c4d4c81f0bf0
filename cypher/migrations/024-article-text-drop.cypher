// The article text index is recreated near-real-time by 025: an index's options cannot be altered, and an
// equivalent index (same label and properties) blocks a second one, so it is dropped first. Until 025 runs (the
// same start-up, before the service answers) search finds no article text.
DROP INDEX article_text IF EXISTS
