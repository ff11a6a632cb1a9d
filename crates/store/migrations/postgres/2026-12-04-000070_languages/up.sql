-- The language people read securebase in (issue 11). An organisation has a default for its
-- people; a person may choose their own (NULL: the organisation's). An assessment keeps the
-- language its wording was copied in, and each copied or agency-written indicator carries the
-- language it was written in, so a reader in another language is told, and screen readers
-- pronounce it properly.
ALTER TABLE organisations ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE users ADD COLUMN language TEXT;
ALTER TABLE assessments ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE assessment_indicators ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE agency_indicators ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
