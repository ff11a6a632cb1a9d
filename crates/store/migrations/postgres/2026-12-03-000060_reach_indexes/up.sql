-- Lists of assessments (work in progress, waiting for sign-off) start from the organisation and
-- the status, so that at national scale they read one organisation's rows, not everyone's.
CREATE INDEX assessments_org_status_idx ON assessments (org_id, status);
