-- Whose a session was once it has ended (signed out, timed out, ended by disabling the account
-- or by a new password), so that a form posted later from a page left open is kept for that
-- person alone. The id is the SHA-256 of the session's token, or of the token of the marker
-- cookie that signing out leaves. Rows go a week after the session ended.
CREATE TABLE ended_sessions (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    ended_at BIGINT NOT NULL
);
CREATE INDEX ended_sessions_ended_at_idx ON ended_sessions (ended_at);
