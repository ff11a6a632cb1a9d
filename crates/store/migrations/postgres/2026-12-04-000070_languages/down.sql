ALTER TABLE agency_indicators DROP COLUMN language;
ALTER TABLE assessment_indicators DROP COLUMN language;
ALTER TABLE assessments DROP COLUMN language;
ALTER TABLE users DROP COLUMN language;
ALTER TABLE organisations DROP COLUMN language;
