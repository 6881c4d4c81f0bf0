// Returns once every committed article is in the near-real-time article_text index (migration 025): seeding,
// imports and the synthetic corpus call it so that "done" means searchable.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
