import type { MeasureKind } from '../../domain/schemas';

/*
 * What the quantities stage reads from a figure's sentence: the contract between reading a figure
 * (./read) and naming, matching and setting aside measures by it (./propose, ./incidental).
 */

/** The event's name words and its common noun ("kessel", "fire"). */
export interface EventWords {
  words: Set<string>;
  noun: string;
  /**
   * Other kinds of event the article itself keeps returning to ("derailment" in a story named
   * for its fire, "outage" in one named for an attack): parts of its story, never another event.
   */
  alsoKinds?: Set<string>;
}

/** What one figure counts, read from its sentence: enough to name a measure and to find it again. */
export interface QuantityReading {
  /** The deed counted ("killed"), or the dimension for a physical quantity ("area"). */
  concept: string;
  family: string;
  /** The title's participle: "killed", "burned", "paid out". */
  label: string;
  /** The counted thing by its common name ("people", "homes", "area", "USD"). */
  thing: string;
  /** One place's share ("in Arlo"), when the figure is for a place inside the story. */
  scope: string | null;
  kind: MeasureKind;
  /** "day" for "300 a day": a rate per this span. */
  per: string | null;
  /** The figure counts within a stated span ("in May", "last week"). */
  stated: boolean;
  /** A statement that none happened ("no sailings were cancelled"). */
  zero?: boolean;
  /** The concept word was found right by the figure, not only somewhere in its sentence. */
  near: boolean;
  /** A duration since something that happened ("two weeks after the tanker ran aground"), named "Time since …". */
  since?: boolean;
  /** How a title joins the quantity to its event ("in", "by", "of"), and a money quantity's name. */
  prep: string;
  moneyName: string | null;
  /**
   * The story's own place after a count ("at the Ostrel plant"), kept apart from `scope`: it becomes
   * the scope only when the article gives a larger figure of the same quantity for the whole.
   */
  eventPlace?: string;
  /** The counted noun as written, where its common name is too general for a title ("trains" for "services"). */
  written?: string;
}
