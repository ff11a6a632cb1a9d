DROP TABLE assessment_scales;
ALTER TABLE households DROP COLUMN profile_version;
ALTER TABLE children DROP COLUMN profile_version;
