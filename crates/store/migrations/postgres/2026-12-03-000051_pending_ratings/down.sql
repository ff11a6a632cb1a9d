ALTER TABLE assessment_sections DROP COLUMN pending_second_rating;
ALTER TABLE assessment_sections DROP COLUMN pending_rating;
