-- A figure's bounds are finite numbers of a size news can state: "1e309" once stored Infinity,
-- which no JSON list or chart can carry. NOT VALID: the check guards every new or changed row
-- without failing on a database that already holds such a row (reads map it to an open bound).
ALTER TABLE claims ADD CONSTRAINT claims_low_finite CHECK (low IS NULL OR (low >= -1e40 AND low <= 1e40)) NOT VALID;
ALTER TABLE claims ADD CONSTRAINT claims_high_finite CHECK (high IS NULL OR (high >= -1e40 AND high <= 1e40)) NOT VALID;
ALTER TABLE claims ADD CONSTRAINT claims_best_finite CHECK (best IS NULL OR (best >= -1e40 AND best <= 1e40)) NOT VALID;
