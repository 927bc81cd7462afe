import type { Measure, Topic } from '../domain/schemas';
import { intervalFor, type Qualifier, type ValueInterval } from '../domain/value';
import type { NamedMeasure, RowEdit } from './edit-schema';
import { speakerLabel } from '../domain/attribution';
import { InputError } from '../domain/errors';
import { slug, uniqueId, type IngestPlan, type PlannedFigure } from './plan';

export { RowEdit, RowEdits, NamedMeasure, MAX_EDITS } from './edit-schema';

/*
 * A person's corrections to the ingest preview, row by row, before anything is stored. The server
 * plans the text again and applies them (applyEdits), so the preview and the store answer the same
 * rows from the same text and edits: what is stored is what the preview showed.
 */

/** What the history keeps of a row, before and after a person edited it. */
export interface RowSnapshot {
  value: ValueInterval;
  unit: string;
  speaker: string | null;
  asOf: string | null;
  measureId: string;
  measureTitle: string;
}

export interface EditOutcome {
  plan: IngestPlan;
  /** Rows a person dropped, as the plan had them. */
  dropped: PlannedFigure[];
  /** Rows a person changed: claim id, what changed, before and after, and why. */
  edited: { claimId: string; fields: string[]; before: RowSnapshot; after: RowSnapshot; reason: string | null }[];
  /** Topics named in the preview, made with the article. */
  topics: Topic[];
  /** The reason a person gave for dropping a row, by claim id. */
  reasons: Map<string, string>;
}

const snapshot = (f: PlannedFigure): RowSnapshot => ({
  value: f.claim.value,
  unit: f.claim.unit,
  speaker: speakerLabel(f.claim.speaker),
  asOf: f.claim.asOf,
  measureId: f.claim.measureId,
  measureTitle: f.measureTitle,
});

const rowName = (i: number, f: PlannedFigure) => `figure ${i + 1} (“${f.claim.value.text}”)`;

/** The interval a changed hedge implies for the figure's own number, when the table has one for it. */
function hedged(v: ValueInterval, q: Qualifier): ValueInterval {
  const n = v.best ?? v.low ?? v.high;
  if (n === null || q === 'range' || q === 'vague') return { ...v, qualifier: q };
  return { ...intervalFor({ qualifier: q, n }, v.text), best: q === 'none' ? 0 : n };
}

function editedValue(v: ValueInterval, e: RowEdit): ValueInterval {
  let next = e.qualifier && e.qualifier !== v.qualifier ? hedged(v, e.qualifier) : v;
  if (e.low !== undefined || e.high !== undefined) {
    const low = e.low === undefined ? next.low : e.low;
    const high = e.high === undefined ? next.high : e.high;
    next = { ...next, low, high, best: low !== null && low === high ? low : next.best !== null && (low === null || next.best >= low) && (high === null || next.best <= high) ? next.best : null };
  }
  if (e.lowInclusive !== undefined) next = { ...next, lowInclusive: e.lowInclusive };
  if (e.highInclusive !== undefined) next = { ...next, highInclusive: e.highInclusive };
  return next;
}

const sameSpeaker = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The plan as a person corrected it. Each edit is checked against the plan and the catalogue
 * (a row that exists, a live measure or topic, an interval whose low does not exceed its high) and
 * a problem is an InputError naming the row. Measures the plan proposed are made only when a kept
 * row still stands on them.
 */
export function applyEdits(plan: IngestPlan, edits: RowEdit[] | undefined, catalogue: { measures: Measure[]; topics: Topic[] }): EditOutcome {
  if (!edits?.length) return { plan, dropped: [], edited: [], topics: [], reasons: new Map() };
  const index = new Map(plan.figures.map((f, i) => [f.claim.id, i]));
  const byRow = new Map<number, RowEdit>();
  edits.forEach((e, k) => {
    const i = index.get(e.claimId);
    if (i === undefined) throw new InputError(`edits.${k}: no figure “${e.claimId}” in this article's preview; preview the text again`);
    if (byRow.has(i)) throw new InputError(`edits.${k}: ${rowName(i, plan.figures[i])} is edited twice; send one edit per row`);
    byRow.set(i, e);
  });
  const measures = new Map(catalogue.measures.map((m) => [m.id, m]));
  const topics = new Map(catalogue.topics.map((t) => [t.id, t]));
  const proposed = new Map(plan.figures.flatMap((f) => (f.newMeasure ? [[f.newMeasure.id, f.newMeasure] as const] : [])));
  if (plan.newTopic) topics.set(plan.newTopic.id, plan.newTopic);
  const takenMeasures = new Set([...measures.keys(), ...proposed.keys()]);
  const takenTopics = new Set(topics.keys());
  const namedTopics = new Map<string, Topic>();
  const namedMeasures = new Map<string, Measure>();

  const liveMeasure = (id: string, where: string): Measure => {
    const m = measures.get(id) ?? proposed.get(id);
    if (!m) throw new InputError(`${where}: no measure “${id}”; choose one of the existing measures or name a new one`);
    if (m.mergedInto) throw new InputError(`${where}: measure “${id}” was merged into “${m.mergedInto}”; choose that one`);
    return m;
  };
  const topicFor = (n: NamedMeasure, where: string): Topic => {
    if (n.newTopic) {
      const key = n.newTopic.title.toLowerCase();
      let t = namedTopics.get(key);
      if (!t) {
        t = { id: uniqueId(slug(n.newTopic.title, 60), takenTopics), title: n.newTopic.title, description: '', position: 50 + takenTopics.size, eventKey: null };
        namedTopics.set(key, t);
      }
      return t;
    }
    const t = topics.get(n.topicId!);
    if (!t) throw new InputError(`${where}: no topic “${n.topicId}”; choose one of the existing topics or name a new one`);
    if (t.mergedInto) throw new InputError(`${where}: topic “${t.id}” was merged into “${t.mergedInto}”; choose that one`);
    return t;
  };
  const named = (n: NamedMeasure, f: PlannedFigure, where: string): Measure => {
    const topic = topicFor(n, where);
    const key = `${topic.id}\n${n.title.toLowerCase()}`;
    let m = namedMeasures.get(key);
    if (!m) {
      m = {
        id: uniqueId(slug(n.title, 60), takenMeasures),
        topicId: topic.id,
        title: n.title,
        description: `Named in the ingest preview for “${f.claim.value.text}”.`,
        unit: n.unit,
        currency: n.currency ?? f.claim.currency ?? null,
        kind: n.kind,
        referenceDate: null,
        tolerance: n.kind === 'duration' ? 0.01 : 0.05,
        keywords: [],
        position: 100 + takenMeasures.size,
        signature: null,
      };
      namedMeasures.set(key, m);
    }
    return m;
  };

  const dropped: PlannedFigure[] = [];
  const reasons = new Map<string, string>();
  const edited: EditOutcome['edited'] = [];
  const kept: PlannedFigure[] = [];
  plan.figures.forEach((f, i) => {
    const e = byRow.get(i);
    if (!e) return kept.push(f);
    if (e.drop) {
      if (e.reason) reasons.set(f.claim.id, e.reason);
      return dropped.push(f);
    }
    const where = rowName(i, f);
    const value = editedValue(f.claim.value, e);
    if (value.low !== null && value.high !== null && value.low > value.high) throw new InputError(`${where}: low (${value.low}) must not exceed high (${value.high})`);
    const measure = e.newMeasure ? named(e.newMeasure, f, where) : e.measureId !== undefined ? liveMeasure(e.measureId, where) : null;
    const speaker = e.speaker === undefined ? f.claim.speaker : e.speaker && (e.speaker.name || e.speaker.role || e.speaker.organisation) ? { name: e.speaker.name || null, role: e.speaker.role || null, organisation: e.speaker.organisation || null } : null;
    const claim = {
      ...f.claim,
      value,
      unit: e.unit ?? (e.newMeasure ? e.newMeasure.unit : f.claim.unit),
      speaker,
      asOf: e.asOf === undefined ? f.claim.asOf : e.asOf,
      // A date a person types is a day: the words' span no longer says when.
      asOfSpan: e.asOf === undefined ? f.claim.asOfSpan : null,
      measureId: measure?.id ?? f.claim.measureId,
    };
    // A measure a person chose is no guess: the figure counts, as reviewed.
    const chosen = measure !== null;
    const next: PlannedFigure = {
      ...f,
      // A set-aside figure a person placed is no longer set aside: its note saying so goes.
      claim: { ...claim, review: chosen ? 'reviewed' : f.claim.review, note: chosen && f.decision === 'set-aside' ? null : claim.note },
      measureTitle: measure?.title ?? f.measureTitle,
      newMeasure: null,
      decision: chosen ? 'accepted' : f.decision,
      reason: chosen ? 'measure chosen in the preview' : f.reason,
    };
    const fields = [
      JSON.stringify(value) !== JSON.stringify(f.claim.value) && 'value',
      claim.unit !== f.claim.unit && 'unit',
      !sameSpeaker(speaker, f.claim.speaker) && 'speaker',
      claim.asOf !== f.claim.asOf && 'asOf',
      claim.measureId !== f.claim.measureId && 'measure',
      e.newMeasure && 'newMeasure',
    ].filter((x): x is string => !!x);
    if (fields.length || chosen) edited.push({ claimId: f.claim.id, fields, before: snapshot(f), after: snapshot(next), reason: e.reason || null });
    kept.push(next);
  });

  // Each measure the plan or a person proposed is made by the first kept row that stands on it.
  const making = new Map<string, Measure>([...proposed, ...[...namedMeasures.values()].map((m) => [m.id, m] as const)]);
  const made = new Set<string>();
  const figures = kept.map((f) => {
    const m = making.get(f.claim.measureId);
    if (!m || made.has(m.id)) return f.newMeasure ? { ...f, newMeasure: null } : f;
    made.add(m.id);
    return { ...f, newMeasure: m };
  });
  const used = new Set(figures.flatMap((f) => (f.newMeasure ? [f.newMeasure.topicId] : [])));
  return {
    plan: { ...plan, figures, newTopic: plan.newTopic && used.has(plan.newTopic.id) ? plan.newTopic : null },
    dropped,
    edited,
    topics: [...namedTopics.values()].filter((t) => used.has(t.id)),
    reasons,
  };
}
