-- Counted nouns' common names changed (server/extract/quantity/concepts.ts): a ferry's sailings and
-- a railway's trains are both "services", and "lives" (claimed, lost) are people. Measures founded
-- under the old names take the new ones, so that the next article's figures of the same quantity
-- find them. (A measure of patients founded as "cases" outside an outbreak keeps its name: which
-- word an article used is not stored; a person can merge it.) Flags are derived again at start
-- (derive.ts FLAG_RULES_VERSION 7), since different-measures notes read signatures.
UPDATE measures SET signature = jsonb_set(signature, '{thing}', '"services"') WHERE signature->>'thing' = 'sailings';
UPDATE measures SET signature = jsonb_set(signature, '{thing}', '"people"') WHERE signature->>'thing' = 'lives';
