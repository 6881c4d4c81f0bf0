CREATE CONSTRAINT article_content_hash IF NOT EXISTS FOR (a:Article) REQUIRE a.contentHash IS UNIQUE
