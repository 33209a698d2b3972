-- Entity mentions per article: the tagger's spans with their normalised values, one column per
-- value kind so sqlite3 users can filter and sum without parsing JSON.
CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type         TEXT NOT NULL,            -- PERSON | COUNTRY | AMOUNT | DATE
    start        INTEGER NOT NULL,         -- UTF-16 offsets into articles.text, end exclusive
    end          INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,         -- index of the sentence in the article
    text         TEXT NOT NULL,
    name         TEXT,                     -- PERSON canonical full name; COUNTRY name
    iso2         TEXT,                     -- COUNTRY ISO 3166-1 alpha-2
    amount       REAL,                     -- AMOUNT (low end of a range)
    amount_high  REAL,
    currency     TEXT,                     -- ISO 4217
    amount_usd   REAL,
    timex        TEXT,                     -- DATE as TIMEX3 (2024-06-13, 2024-W23, 2022-02)
    date_start   TEXT,                     -- DATE ranges
    date_end     TEXT,
    confidence   REAL NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_country ON mentions(iso2) WHERE iso2 IS NOT NULL;
CREATE INDEX mentions_person ON mentions(name) WHERE type = 'PERSON';

-- Articles mentioning a person: SELECT * FROM person_articles WHERE person = 'Jens Stoltenberg';
CREATE VIEW person_articles AS
SELECT m.name AS person, a.id AS article_id, a.published_at, a.title, a.url, count(*) AS mentions
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.type = 'PERSON'
GROUP BY m.name, a.id;

-- Articles mentioning a country: SELECT * FROM country_articles WHERE iso2 = 'UA';
CREATE VIEW country_articles AS
SELECT m.iso2, max(m.name) AS country, a.id AS article_id, a.published_at, a.title, a.url, count(*) AS mentions
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.type = 'COUNTRY' AND m.iso2 IS NOT NULL
GROUP BY m.iso2, a.id;

-- Amounts mentioned in the same sentence as a country, one row per (amount, country) pair.
CREATE VIEW country_amounts AS
SELECT c.iso2, c.name AS country, m.article_id, a.published_at, m.text AS amount_text,
       m.amount, m.amount_high, m.currency, m.amount_usd
FROM mentions m
JOIN (SELECT DISTINCT article_id, sentence, iso2, name FROM mentions WHERE type = 'COUNTRY' AND iso2 IS NOT NULL) c
  ON c.article_id = m.article_id AND c.sentence = m.sentence
JOIN articles a ON a.id = m.article_id
WHERE m.type = 'AMOUNT';

-- Totals per country: SELECT * FROM country_amount_totals ORDER BY usd DESC;
CREATE VIEW country_amount_totals AS
SELECT iso2, max(country) AS country, count(*) AS amounts, count(DISTINCT article_id) AS articles, round(sum(amount_usd)) AS usd
FROM country_amounts GROUP BY iso2;
