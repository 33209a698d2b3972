-- Aid for energy, health, development and the like gets a type of its own, "other" (as the labelled real
-- text has it), instead of passing for military aid. SQLite cannot change a CHECK constraint in place, so the
-- table is rebuilt the way its documentation describes: the migrator turns foreign keys off around migrations
-- (dropping the old table must not cascade into event_sources) and checks them before committing. The views
-- over events are dropped first, since renaming a table re-reads every view, and created again unchanged.
DROP VIEW aid_announcements;
DROP VIEW recent_events;

CREATE TABLE events_new (
    id              INTEGER PRIMARY KEY,
    event_key       TEXT NOT NULL UNIQUE,                     -- stable id for alerts: donor-recipient-date-measure-hash
    donor_code      TEXT NOT NULL,                            -- ISO 3166-1 alpha-2, or a body: EU, NATO, UN, WB, IMF, G7, EIB, EBRD
    donor_name      TEXT NOT NULL,
    recipient_code  TEXT NOT NULL,
    recipient_name  TEXT NOT NULL,
    amount          REAL,                                     -- as announced, in currency
    amount_high     REAL,                                     -- upper end of a range ("$10-20 million")
    currency        TEXT,                                     -- ISO 4217
    amount_usd      REAL,
    announced_on    TEXT NOT NULL,                            -- YYYY-MM-DD
    aid_type        TEXT NOT NULL CHECK (aid_type IN ('military', 'financial', 'humanitarian', 'training', 'other')),
    measure         TEXT NOT NULL CHECK (measure IN ('pledge', 'delivery')),
    items           TEXT NOT NULL DEFAULT '[]',               -- JSON array of canonical item names
    evidence        TEXT NOT NULL,                            -- the sentence that announced it
    confidence      REAL NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,               -- +1 on every amount change
    amount_as_of    TEXT,                                     -- publication time of the report the amount comes from
    first_seen      TEXT NOT NULL,                            -- ISO-8601 UTC
    updated_at      TEXT NOT NULL,
    parts           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parts))
);

INSERT INTO events_new (id, event_key, donor_code, donor_name, recipient_code, recipient_name, amount, amount_high, currency, amount_usd, announced_on, aid_type, measure, items, evidence, confidence, version, amount_as_of, first_seen, updated_at, parts)
SELECT id, event_key, donor_code, donor_name, recipient_code, recipient_name, amount, amount_high, currency, amount_usd, announced_on, aid_type, measure, items, evidence, confidence, version, amount_as_of, first_seen, updated_at, parts FROM events;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;
CREATE INDEX events_parties ON events(donor_code, recipient_code, announced_on);
CREATE INDEX events_announced ON events(announced_on);

CREATE VIEW aid_announcements AS
SELECT e.id,
       e.donor_name AS donor,
       e.recipient_name AS recipient,
       e.amount,
       e.currency,
       e.amount_usd,
       e.announced_on,
       e.aid_type,
       e.measure,
       (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) AS sources,
       e.first_seen,
       e.evidence,
       e.donor_code,
       e.recipient_code,
       e.items,
       e.version
FROM events e
ORDER BY e.announced_on DESC, e.id DESC;

-- Events first seen or changed in the last 7 days, newest first, with the first source's link.
CREATE VIEW recent_events AS
SELECT e.id,
       e.updated_at,
       e.announced_on,
       e.donor_name || ' -> ' || e.recipient_name AS parties,
       CASE WHEN e.amount IS NULL THEN NULL
            ELSE printf('%s %.0f', e.currency, e.amount) END AS amount,
       CASE WHEN e.amount_usd IS NULL THEN NULL ELSE printf('USD %.0f', e.amount_usd) END AS usd,
       e.aid_type,
       e.measure,
       e.version,
       (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id) AS sources,
       (SELECT s.url FROM event_sources s WHERE s.event_id = e.id ORDER BY s.seen_at, s.article_id LIMIT 1) AS first_url
FROM events e
WHERE e.updated_at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-7 days')
ORDER BY e.updated_at DESC, e.id DESC;
