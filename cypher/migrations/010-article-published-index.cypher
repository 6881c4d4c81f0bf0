CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)
