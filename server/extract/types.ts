import type { Qualifier, VagueAmount } from '../domain/value';

/**
 * What a figure measures. `fraction` is kept apart from `count` so that "two thirds of voters"
 * is never matched to a measure counting voters.
 */
export type FigureKind = 'count' | 'money' | 'percent' | 'duration' | 'measure' | 'fraction';

/**
 * One figure found in a text. The first eleven keys are the public contract of
 * `npm run extract`; the rest are extra detail the ingest step reads.
 *
 * Span rule: `text` is qualifier + number + multiplier + currency/percent sign or word
 * ("more than 400", "$1 billion", "billions of dollars", "40 per cent", "most of the 400").
 * The counted thing and measurement units are reported in `thing`/`unit`, not spanned
 * ("between 300 and 700" km), EXCEPT durations, whose time unit is part of the span
 * ("nearly nine months", "9 1/2 month", "nearly 15-month").
 */
export interface Figure {
  text: string;
  start: number;
  end: number;
  /** Best single value; null for vague amounts, ranges and "most of". */
  value: number | null;
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  qualifier: Qualifier;
  /** "drones", "months", "km", "%", or the currency code for money; null when nothing is counted. */
  unit: string | null;
  /** ISO 4217 code, as written; never converted. */
  currency: string | null;
  kind: FigureKind;
  /** The counted noun as written ("drones", "UAVs"), or what a duration is of ("war"). */
  thing: string | null;
  /** The word multiplier applied ("billion" -> 1e9), null when none. */
  multiplier: number | null;
  /** The parts when the text adds figures up ("100 + 60 + six"). */
  sumOf: number[] | null;
  /** The vague wording used, when the figure is vague. */
  vague: VagueAmount | null;
  /** What a rate is per, as written: "barrel", "year", "100,000 people". Absent when no rate. */
  per?: string;
  /**
   * The window of time the figure is counted in, when its clause names one ("Over the past 24
   * hours, 30 drones..." -> the past 24 hours). The window itself is a time reference, not a figure.
   */
  period?: Period;
  /** A figure of change: the change itself, the level it reached, or either end of "from ... to". */
  change?: Change;
  /** One side of a tally of votes ("passed 62-35": 62 for, 35 against). Absent when no vote. */
  vote?: 'for' | 'against';
}

export interface Change {
  role: 'delta' | 'level' | 'from' | 'to';
  direction: 'up' | 'down' | null;
}

export interface Period {
  /** As written, from the window word: "past 24 hours", "next six months". */
  text: string;
  start: number;
  end: number;
  value: number;
  unit: string;
  window: 'past' | 'next' | 'first' | 'final';
}

export type TokenKind = 'num' | 'word' | 'alnum' | 'punct';

export interface Token {
  raw: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
  /** A line break separates this token from the previous one. */
  broken: boolean;
}

/** A parsed numeric literal: what a `num` token (or its leading part) says. */
export interface Literal {
  value: number;
  /** Characters of the token that belong to the number ("29" of "29km"). */
  numLength: number;
  /** Letters glued after the digits ("km", "bn", "am", "th"), lower-cased. */
  suffix: string;
  hasComma: boolean;
  hasDecimal: boolean;
  leadingZero: boolean;
  /** Digits before the decimal point, for telling years and phone groups apart. */
  intDigits: number;
}
