-- People may hold several roles in their organisation.
CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);
INSERT INTO user_roles (user_id, role) SELECT id, role FROM users;
ALTER TABLE users DROP COLUMN role;

CREATE TABLE teams (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX teams_org_name_key ON teams (org_id, name);

CREATE TABLE team_members (
    team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    is_manager BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user_idx ON team_members (user_id);

-- Dates people give (birth, placement, approval) are TEXT 'YYYY-MM-DD': calendar dates, no zone.
CREATE TABLE children (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    given_names TEXT NOT NULL,
    family_name TEXT NOT NULL,
    preferred_name TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    ethnicity TEXT NOT NULL DEFAULT '',
    religion TEXT NOT NULL DEFAULT '',
    first_language TEXT NOT NULL DEFAULT '',
    legal_status TEXT NOT NULL DEFAULT '',
    local_identifier TEXT NOT NULL DEFAULT '',
    health_notes TEXT NOT NULL DEFAULT '',
    education_notes TEXT NOT NULL DEFAULT '',
    important_people TEXT NOT NULL DEFAULT '',
    archived_at BIGINT,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX children_org_idx ON children (org_id);
CREATE INDEX children_family_name_idx ON children (org_id, family_name);

CREATE TABLE child_relations (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    child_id TEXT NOT NULL REFERENCES children (id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    contact_arrangements TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    archived_at BIGINT,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX child_relations_child_idx ON child_relations (child_id);

CREATE TABLE households (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    household_type TEXT NOT NULL,
    approval_status TEXT NOT NULL,
    approval_age_min INTEGER,
    approval_age_max INTEGER,
    approval_places INTEGER,
    approval_placement_types TEXT NOT NULL DEFAULT '',
    approval_date TEXT,
    next_review_date TEXT,
    archived_at BIGINT,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX households_org_idx ON households (org_id);

CREATE TABLE household_members (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    household_id TEXT NOT NULL REFERENCES households (id),
    name TEXT NOT NULL,
    member_role TEXT NOT NULL,
    carer_type TEXT,
    user_id TEXT REFERENCES users (id),
    date_of_birth TEXT,
    archived_at BIGINT,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX household_members_household_idx ON household_members (household_id);
CREATE INDEX household_members_user_idx ON household_members (user_id);

CREATE TABLE placements (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    child_id TEXT NOT NULL REFERENCES children (id),
    household_id TEXT NOT NULL REFERENCES households (id),
    placement_type TEXT NOT NULL,
    start_date TEXT NOT NULL,
    planned_end_date TEXT,
    end_date TEXT,
    end_reason TEXT,
    end_note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX placements_child_idx ON placements (child_id);
CREATE INDEX placements_household_idx ON placements (household_id);

-- Caseload allocations, kept with their history.
CREATE TABLE child_workers (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    child_id TEXT NOT NULL REFERENCES children (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    start_at BIGINT NOT NULL,
    end_at BIGINT
);
CREATE INDEX child_workers_user_idx ON child_workers (user_id);
CREATE INDEX child_workers_child_idx ON child_workers (child_id);

CREATE TABLE household_workers (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    household_id TEXT NOT NULL REFERENCES households (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    start_at BIGINT NOT NULL,
    end_at BIGINT
);
CREATE INDEX household_workers_user_idx ON household_workers (user_id);
CREATE INDEX household_workers_household_idx ON household_workers (household_id);

-- What changed in a record, version by version: part of the record, shown with it.
CREATE TABLE record_changes (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by TEXT NOT NULL,
    action TEXT NOT NULL,
    changes TEXT NOT NULL
);
CREATE INDEX record_changes_record_idx ON record_changes (record_type, record_id);

-- Who did what to which record, never the content. Append-only, hash-chained per organisation.
CREATE TABLE audit_events (
    id TEXT NOT NULL PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations (id),
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor_id TEXT,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT,
    request_id TEXT,
    client_addr TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE UNIQUE INDEX audit_events_org_seq_key ON audit_events (org_id, seq);
CREATE INDEX audit_events_record_idx ON audit_events (record_type, record_id);
