-- A rating typed before the section has any evidence waits here, visibly, instead of being
-- refused and lost; the first evidence added to the section gives it effect.
ALTER TABLE assessment_sections ADD COLUMN pending_rating INTEGER;
ALTER TABLE assessment_sections ADD COLUMN pending_second_rating INTEGER;
