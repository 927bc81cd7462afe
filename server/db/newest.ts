/**
 * A measure's newest date, in one probe of a (measure_id, dated) index: claims_measure_active for
 * the figures that count, claims_measure_dated for any. Asked as "the last key at or before (this
 * measure, any date)": max(dated), or an equality on the measure ordered by date, let the planner
 * walk claims_dated from the newest figure of every story until it met this measure's (16,000
 * rows for a search at 10,000 articles; 140-260 ms for the dashboard's stories after a write).
 * Dates are ISO text, so '~' sorts after each; a key of another measure means this one has no
 * dated figure (null).
 */
export function newestDateOf(measure: string, alias: string, countingOnly: boolean): string {
  const counting = countingOnly ? ` AND ${alias}.review IN ('reviewed', 'auto')` : '';
  return `(SELECT CASE WHEN k.measure_id = ${measure} THEN k.dated END FROM (SELECT ${alias}.measure_id, ${alias}.dated FROM claims ${alias} WHERE (${alias}.measure_id, ${alias}.dated) <= (${measure}, '~')${counting} ORDER BY ${alias}.measure_id DESC, ${alias}.dated DESC LIMIT 1) k)`;
}
