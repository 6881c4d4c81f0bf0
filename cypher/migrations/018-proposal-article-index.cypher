CREATE INDEX proposal_article IF NOT EXISTS FOR (p:Proposal) ON (p.articleId)
