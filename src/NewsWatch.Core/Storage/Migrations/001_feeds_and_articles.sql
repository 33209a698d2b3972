-- Feeds, their HTTP validators and health.
CREATE TABLE feeds (
    id                    INTEGER PRIMARY KEY,
    url                   TEXT NOT NULL UNIQUE,
    name                  TEXT NOT NULL,
    source                TEXT NOT NULL DEFAULT 'config',      -- config | opml | cli
    poll_interval_seconds INTEGER NOT NULL DEFAULT 900,
    enabled               INTEGER NOT NULL DEFAULT 1,
    etag                  TEXT,
    last_modified         TEXT,                                -- the server's Last-Modified, verbatim
    last_polled_at        TEXT,                                -- ISO-8601 UTC
    last_success_at       TEXT,
    next_poll_at          TEXT,                                -- earliest next poll (backoff, Retry-After)
    last_status           TEXT,                                -- ok | not_modified | error
    last_http_status      INTEGER,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    last_error            TEXT,
    items_seen            INTEGER NOT NULL DEFAULT 0,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

-- One row per article (normalised URL). A row exists before anything is fetched, so a crash
-- loses nothing: the status says what is left to do.
CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    url               TEXT NOT NULL UNIQUE,                    -- normalised
    original_url      TEXT NOT NULL,
    canonical_url     TEXT,                                    -- normalised <link rel=canonical>
    feed_id           INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    feed_title        TEXT,
    feed_published_at TEXT,
    status            TEXT NOT NULL DEFAULT 'pending',         -- pending | extracted | tagged | done | failed | duplicate
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT,
    lease_until       TEXT,                                    -- a worker owns the row until then
    last_error        TEXT,
    http_status       INTEGER,
    content_type      TEXT,
    charset           TEXT,
    title             TEXT,
    author            TEXT,
    published_at      TEXT,
    language          TEXT,
    text              TEXT,
    duplicate_of      INTEGER REFERENCES articles(id),
    discovered_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    fetched_at        TEXT,
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX articles_status ON articles(status, next_attempt_at);
CREATE INDEX articles_canonical ON articles(canonical_url);
CREATE INDEX articles_published ON articles(published_at);

-- Which feeds carried which article (the same story in two feeds is one article, two rows here).
CREATE TABLE feed_items (
    feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    guid        TEXT,
    seen_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    PRIMARY KEY (feed_id, article_id)
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Liveness facts the health check reads (scheduler heartbeat and the like).
CREATE TABLE daemon_state (
    key        TEXT PRIMARY KEY,
    value      TEXT,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);

CREATE VIEW feed_health AS
SELECT id, name, url, enabled, last_status, last_http_status, consecutive_failures, last_error,
       last_polled_at, last_success_at, next_poll_at, items_seen
FROM feeds;

CREATE VIEW recent_articles AS
SELECT a.id, a.published_at, a.title, a.author, a.url, f.name AS feed, a.status, length(a.text) AS chars
FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id
ORDER BY coalesce(a.published_at, a.discovered_at) DESC;
