DROP TABLE kept_forms;
DROP TABLE agency_indicators;
DROP TABLE assessment_evidence;
DROP TABLE assessment_indicators;
DROP TABLE assessment_sections;
DROP TABLE assessments;
ALTER TABLE organisations DROP COLUMN assessment_sign_off;
