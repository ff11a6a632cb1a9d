-- Who signs off assessments: 'worker' (the author) or 'manager' (a team manager other than the author).
ALTER TABLE organisations ADD COLUMN assessment_sign_off TEXT NOT NULL DEFAULT 'worker';

-- One row per version of an assessment. An amendment is a new row in the same series; the
-- version it replaces stays readable and points at its successor.
CREATE TABLE assessments (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    child_id TEXT REFERENCES children (id),
    household_id TEXT REFERENCES households (id),
    member_id TEXT REFERENCES household_members (id),
    status TEXT NOT NULL,
    assessed_on TEXT NOT NULL,
    age_band TEXT NOT NULL DEFAULT '',
    band TEXT NOT NULL DEFAULT '',
    band_reason TEXT NOT NULL DEFAULT '',
    content_version TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    series_id TEXT NOT NULL,
    amendment_no INTEGER NOT NULL DEFAULT 0,
    amends_id TEXT,
    amendment_reason TEXT NOT NULL DEFAULT '',
    superseded_by TEXT,
    returned_note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    submitted_at BIGINT,
    submitted_by TEXT,
    signed_off_at BIGINT,
    signed_off_by TEXT,
    signed_off_role TEXT,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX assessments_child_idx ON assessments (child_id, status);
CREATE INDEX assessments_household_idx ON assessments (household_id, status);
CREATE INDEX assessments_series_idx ON assessments (series_id);

-- A dimension's part of an assessment: the worker's judgement, kept apart from the evidence.
CREATE TABLE assessment_sections (
    assessment_id TEXT NOT NULL REFERENCES assessments (id),
    dimension TEXT NOT NULL,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    strengths TEXT NOT NULL DEFAULT '',
    needs TEXT NOT NULL DEFAULT '',
    child_view TEXT NOT NULL DEFAULT '',
    short_term TEXT NOT NULL DEFAULT '',
    long_term TEXT NOT NULL DEFAULT '',
    rating INTEGER,
    second_rating INTEGER,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (assessment_id, dimension)
);

-- The indicators an assessment used, with their wording as it was, so later content changes
-- never rewrite an old assessment.
CREATE TABLE assessment_indicators (
    id TEXT NOT NULL PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id),
    org_id TEXT NOT NULL REFERENCES organisations (id),
    dimension TEXT NOT NULL,
    position INTEGER NOT NULL,
    indicator_key TEXT NOT NULL,
    origin TEXT NOT NULL,
    aspect TEXT NOT NULL DEFAULT '',
    short_term BOOLEAN NOT NULL DEFAULT FALSE,
    long_term BOOLEAN NOT NULL DEFAULT FALSE,
    text TEXT NOT NULL,
    evidence_hint TEXT NOT NULL DEFAULT '',
    state TEXT
);
CREATE INDEX assessment_indicators_assessment_idx ON assessment_indicators (assessment_id);

-- What happened, when, and who said so; the worker's opinion sits in its own column.
CREATE TABLE assessment_evidence (
    id TEXT NOT NULL PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id),
    org_id TEXT NOT NULL REFERENCES organisations (id),
    dimension TEXT NOT NULL,
    indicator_id TEXT,
    happened_on TEXT NOT NULL,
    source TEXT NOT NULL,
    life_area TEXT NOT NULL DEFAULT '',
    account TEXT NOT NULL,
    opinion TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX assessment_evidence_assessment_idx ON assessment_evidence (assessment_id);

-- Indicators an agency adds beside the shipped content.
CREATE TABLE agency_indicators (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    kind TEXT NOT NULL,
    dimension TEXT NOT NULL,
    band TEXT NOT NULL DEFAULT '',
    aspect TEXT NOT NULL DEFAULT '',
    short_term BOOLEAN NOT NULL DEFAULT FALSE,
    long_term BOOLEAN NOT NULL DEFAULT FALSE,
    text TEXT NOT NULL,
    evidence_hint TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    archived_at BIGINT
);
CREATE INDEX agency_indicators_org_idx ON agency_indicators (org_id, kind);

-- A form posted after its session ended, kept until the same person signs in again. The id is
-- the SHA-256 of a random token held in a cookie.
CREATE TABLE kept_forms (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    fields TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
