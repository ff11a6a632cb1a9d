DELETE FROM audit_events WHERE org_id NOT IN (SELECT id FROM organisations);
ALTER TABLE audit_events ADD CONSTRAINT audit_events_org_id_fkey FOREIGN KEY (org_id) REFERENCES organisations (id);
