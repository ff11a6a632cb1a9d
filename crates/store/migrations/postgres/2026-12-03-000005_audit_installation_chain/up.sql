-- The audit trail also holds events that belong to no organisation (sign-in attempts for an
-- email address with no account), in a chain of their own keyed 'installation'. Its org_id is
-- therefore a chain key, no longer a reference to an organisation.
ALTER TABLE audit_events DROP CONSTRAINT IF EXISTS audit_events_org_id_fkey;
