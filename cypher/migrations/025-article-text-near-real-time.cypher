// Article titles and text, searchable near-real-time: an eventually consistent full-text index is updated by a
// background thread after commit, as Elasticsearch refreshes its indexes, instead of inside every ingest's commit.
// Updating Lucene in the commit was the largest single cost of ingesting an article (about half its commit time).
// A new article is searchable tens of milliseconds after its ingest is acknowledged (test/cypher/search-near-real-
// time.test.ts); seeding, imports and the synthetic corpus wait for the index before they report done.
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}
