CREATE TABLE audit_events_rebuilt (
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
INSERT INTO audit_events_rebuilt (id, org_id, seq, at, actor_id, action, record_type, record_id, request_id, client_addr, prev_hash, hash)
    SELECT id, org_id, seq, at, actor_id, action, record_type, record_id, request_id, client_addr, prev_hash, hash FROM audit_events WHERE org_id IN (SELECT id FROM organisations);
DROP TABLE audit_events;
ALTER TABLE audit_events_rebuilt RENAME TO audit_events;
CREATE UNIQUE INDEX audit_events_org_seq_key ON audit_events (org_id, seq);
CREATE INDEX audit_events_record_idx ON audit_events (record_type, record_id);
