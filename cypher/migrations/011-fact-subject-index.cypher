CREATE INDEX fact_subject_property IF NOT EXISTS FOR (f:Fact) ON (f.subjectId, f.property)
