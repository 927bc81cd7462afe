import type { VagueAmount } from '../../../domain/value';
import type { Literal } from '../../types';

/** A bare number found in the token stream, before units, qualifiers and ranges are read. */
export interface Atom {
  first: number;
  /** Last token of the number, multiplier included. */
  last: number;
  /** Character offsets of the number itself ("29" in "29km"). */
  start: number;
  end: number;
  /** Full value, multiplier applied; for vague amounts, 0. */
  value: number;
  multiplier: number | null;
  spelled: boolean;
  fraction: boolean;
  literal: Literal | null;
  vague: VagueAmount | null;
  /** Scale applied to a vague amount the table does not list ("dozens of millions"). */
  vagueFactor: number;
  /** Unit letters glued to the digits: "km" of "29km", "pc" of "5pc". */
  glued: string;
  /** A word amount that is approximate by nature ("a couple"): about its value. */
  approx?: boolean;
  /** A word amount that stands for a span, not a number ("a handful": 2 to 9). */
  range?: [number, number];
}
