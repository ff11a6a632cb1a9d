-- The time zone an organisation's people read times in (an IANA name such as Europe/London or
-- Europe/Oslo). Times are stored in UTC; pages show them in this zone.
ALTER TABLE organisations ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/London';
