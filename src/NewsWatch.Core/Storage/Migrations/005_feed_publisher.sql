-- The government or body that publishes a feed (a country or body code, e.g. US, GB, NATO): the donor of
-- aid its articles announce in the first person ("we are providing..."). Null for news outlets.
ALTER TABLE feeds ADD COLUMN publisher TEXT;
