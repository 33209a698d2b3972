-- What the tagger knows about an amount beyond its value: a bound ("more than $1 billion": at_least; "up to":
-- at_most) and a period ("$1.45 billion a year": year), so sqlite3 users can tell a floor or a yearly figure
-- from a plain sum, and the events stage reads the same mentions from here as straight from the tagger.
ALTER TABLE mentions ADD COLUMN bound TEXT;
ALTER TABLE mentions ADD COLUMN per TEXT;
