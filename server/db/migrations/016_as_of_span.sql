-- How sure the text is about when a figure holds: "last year" names a year, "in late September" a
-- part of a month. as_of keeps its meaning (the day the figure is placed at, compared by the flags);
-- these say the span the text named around it. All three or none: none is a day, as before.
ALTER TABLE claims
  ADD COLUMN as_of_from text CHECK (as_of_from ~ '^\d{4}-\d{2}-\d{2}$'),
  ADD COLUMN as_of_to text CHECK (as_of_to ~ '^\d{4}-\d{2}-\d{2}$'),
  ADD COLUMN as_of_precision text CHECK (as_of_precision IN ('days', 'about', 'month', 'part-month', 'quarter', 'half', 'season', 'part-year', 'year')),
  ADD CONSTRAINT claims_as_of_span_whole CHECK (
    (as_of_from IS NULL AND as_of_to IS NULL AND as_of_precision IS NULL)
    OR (as_of_from IS NOT NULL AND as_of_to IS NOT NULL AND as_of_precision IS NOT NULL AND as_of_from <= as_of_to)
  );
