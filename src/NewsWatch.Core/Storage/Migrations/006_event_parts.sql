-- The parts of a package announced as a total ("$1.2 billion: $400 million from drawdown and $800 million
-- through USAI"), as a JSON array of {amount, currency, amount_usd, what}; [] for a single sum.
ALTER TABLE events ADD COLUMN parts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parts));
