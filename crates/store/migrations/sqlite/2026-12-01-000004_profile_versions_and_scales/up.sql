-- Moves on whenever the set of current signed-off assessments of the child (or of the
-- household's carers) changes, so a rendered profile can be reused until then.
ALTER TABLE children ADD COLUMN profile_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE households ADD COLUMN profile_version BIGINT NOT NULL DEFAULT 0;

-- The rating scales' 0, 5 and 10 descriptors as they were when the assessment started, so a
-- rating keeps the meaning it was given when the content changes.
CREATE TABLE assessment_scales (
    assessment_id TEXT NOT NULL REFERENCES assessments (id),
    scale_key TEXT NOT NULL,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    zero TEXT NOT NULL,
    five TEXT NOT NULL,
    ten TEXT NOT NULL,
    PRIMARY KEY (assessment_id, scale_key)
);
