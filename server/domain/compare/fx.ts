/**
 * Monthly reference rates (US dollars per unit), kept as data in data/fx-monthly.csv with the
 * source of every row. An amount is converted at the rate of the month it speaks of, never at a
 * rate of another month: with no rate for that month, the amount is not compared at all.
 */
export interface FxRate {
  month: string;
  currency: string;
  usdPerUnit: number;
  source: string;
}

export type FxTable = ReadonlyMap<string, FxRate>;

export const EMPTY_FX: FxTable = new Map();

/** Reads the CSV (`month,currency,usd_per_unit,source`); a malformed row is an error, not a skip. */
export function parseFxCsv(csv: string): FxTable {
  const out = new Map<string, FxRate>();
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines[0]?.trim() !== 'month,currency,usd_per_unit,source') throw new Error('fx table: expected the header month,currency,usd_per_unit,source');
  for (const [i, line] of lines.slice(1).entries()) {
    const [month, currency, rate, ...rest] = line.split(',');
    const usdPerUnit = Number(rate);
    if (!/^\d{4}-\d{2}$/.test(month) || !/^[A-Z]{3}$/.test(currency) || !Number.isFinite(usdPerUnit) || usdPerUnit <= 0) {
      throw new Error(`fx table line ${i + 2}: cannot read ${JSON.stringify(line.slice(0, 80))}`);
    }
    out.set(`${month}:${currency}`, { month, currency, usdPerUnit, source: rest.join(',') });
  }
  return out;
}

export interface Conversion {
  /** Multiply an amount in `from` by this to get it in `to`. */
  factor: number;
  month: string;
  /** "1 EUR = 0.9853 USD, Oct 2022 monthly average (Federal Reserve G.5 …)" */
  note: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

function sourceName(s: string): string {
  return s.split(/[;(]/)[0].trim();
}

/** The factor from one currency to another for the month of `date` (YYYY-MM-DD), or null. */
export function conversion(table: FxTable, from: string, to: string, date: string | null): Conversion | null {
  if (from === to) return { factor: 1, month: date?.slice(0, 7) ?? '', note: '' };
  if (date === null) return null;
  const month = date.slice(0, 7);
  const a = table.get(`${month}:${from}`);
  const b = table.get(`${month}:${to}`);
  if (!a || !b) return null;
  const factor = a.usdPerUnit / b.usdPerUnit;
  const shown = factor >= 100 ? factor.toFixed(0) : factor >= 1 ? factor.toFixed(4) : factor.toPrecision(4);
  const via = from === 'USD' ? b : a;
  return { factor, month, note: `1 ${from} = ${shown} ${to}, ${monthLabel(month)} average (${sourceName(via.source)})` };
}
