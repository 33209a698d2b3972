-- Webhook alerts: a durable outbox (one row per event version per webhook) and a log of every
-- delivery attempt. event_id names events.id but carries no foreign key, so alerts work (and
-- migrate) on their own.
CREATE TABLE alert_outbox (
    id               INTEGER PRIMARY KEY,
    delivery_id      TEXT NOT NULL UNIQUE,                     -- sent as X-NewsWatch-Delivery on every attempt
    webhook          TEXT NOT NULL,                            -- Alerts:Webhooks[].Name (never the URL: it may hold a token)
    event_id         INTEGER NOT NULL,
    event_version    INTEGER NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('new', 'amount_changed')),
    payload          TEXT NOT NULL CHECK (json_valid(payload)), -- the event snapshot (AidEventAlert JSON) as enqueued
    status           TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts         INTEGER NOT NULL DEFAULT 0,               -- sends started, counted when a dispatcher claims the row
    next_attempt_at  TEXT NOT NULL,                            -- ISO-8601 UTC; due when <= now
    lease_until      TEXT,                                     -- a dispatcher owns the row until then; a crash lets it lapse
    last_error       TEXT,
    last_http_status INTEGER,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    delivered_at     TEXT,
    UNIQUE (event_id, event_version, webhook)
);
CREATE INDEX alert_outbox_due ON alert_outbox(status, next_attempt_at);
CREATE INDEX alert_outbox_event ON alert_outbox(event_id);

-- One row per finished attempt (a crash between sending and recording leaves no row here, but
-- the claim already counted it in alert_outbox.attempts).
CREATE TABLE alert_deliveries (
    id          INTEGER PRIMARY KEY,
    outbox_id   INTEGER NOT NULL REFERENCES alert_outbox(id) ON DELETE CASCADE,
    delivery_id TEXT NOT NULL,
    attempt     INTEGER NOT NULL,
    http_status INTEGER,                                       -- NULL when no response came (timeout, refused)
    error       TEXT,                                          -- NULL on success
    duration_ms INTEGER NOT NULL,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX alert_deliveries_outbox ON alert_deliveries(outbox_id, attempt);

-- For people: what was (or will be) sent where, newest first.
CREATE VIEW alerts_status AS
SELECT o.id,
       o.status,
       o.webhook,
       o.event_id,
       o.event_version,
       o.kind,
       json_extract(o.payload, '$.donor.name')     AS donor,
       json_extract(o.payload, '$.recipient.name') AS recipient,
       json_extract(o.payload, '$.amount_usd')     AS amount_usd,
       json_extract(o.payload, '$.aid_type')       AS aid_type,
       json_extract(o.payload, '$.measure')        AS measure,
       o.attempts,
       o.last_http_status,
       o.last_error,
       CASE WHEN o.status = 'pending' THEN o.next_attempt_at END AS next_attempt_at,
       o.created_at,
       o.delivered_at,
       (SELECT max(d.at) FROM alert_deliveries d WHERE d.outbox_id = o.id) AS last_attempt_at,
       o.delivery_id
FROM alert_outbox o
ORDER BY o.created_at DESC, o.id DESC;
