import type { IngestedFigure } from '@/server/ingest/result';
import type { RowEdit } from '@/server/ingest/edit-schema';
import type { Speaker } from '@/server/domain/schemas';
import type { Qualifier } from '@/server/domain/value';

/** A new measure or topic is asked for with this value in the measure or topic list. */
export const NEW = '__new__';

/** The edit form's fields, all text, as the inputs hold them. */
export interface RowFields {
  name: string;
  role: string;
  organisation: string;
  qualifier: string;
  low: string;
  high: string;
  lowInclusive: boolean;
  highInclusive: boolean;
  unit: string;
  asOf: string;
  measureId: string;
  newTitle: string;
  newKind: string;
  newUnit: string;
  topicId: string;
  newTopic: string;
  reason: string;
}

export function fieldsOf(f: IngestedFigure, edit: RowEdit | undefined, published: string | null): RowFields {
  const s = f.speakerDetail ?? null;
  const n = edit?.newMeasure;
  return {
    name: s?.name ?? '',
    role: s?.role ?? '',
    organisation: s?.organisation ?? '',
    qualifier: f.value.qualifier,
    low: f.value.low?.toString() ?? '',
    high: f.value.high?.toString() ?? '',
    lowInclusive: f.value.lowInclusive,
    highInclusive: f.value.highInclusive,
    unit: f.unit,
    // The source's own date is no stated as-of: left empty, the figure follows the source.
    asOf: f.asOf && f.asOf !== published ? f.asOf : '',
    measureId: n ? NEW : f.measureId,
    newTitle: n?.title ?? '',
    newKind: n?.kind ?? 'count',
    newUnit: n?.unit ?? f.unit,
    topicId: n?.newTopic ? NEW : (n?.topicId ?? ''),
    newTopic: n?.newTopic?.title ?? '',
    reason: edit?.reason ?? '',
  };
}

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(/[,\s]/g, '')));
const sameSpeaker = (a: Speaker | null, b: Speaker | null) => (a?.name ?? null) === (b?.name ?? null) && (a?.role ?? null) === (b?.role ?? null) && (a?.organisation ?? null) === (b?.organisation ?? null);

/**
 * The edit that turns the preview's original row into what the form says: only the fields that
 * differ from the original, so an unchanged form is no edit (null). A message when a field is wrong.
 */
export function editFrom(base: IngestedFigure, f: RowFields, published: string | null): { edit: RowEdit | null } | { error: string } {
  const low = num(f.low);
  const high = num(f.high);
  if ((low !== null && !Number.isFinite(low)) || (high !== null && !Number.isFinite(high))) return { error: 'Low and high must be numbers (or empty for an open end).' };
  if (low !== null && high !== null && low > high) return { error: 'Low must not exceed high.' };
  const edit: RowEdit = { claimId: base.claimId };
  const speaker = f.name.trim() || f.role.trim() || f.organisation.trim() ? { name: f.name.trim() || null, role: f.role.trim() || null, organisation: f.organisation.trim() || null } : null;
  if (!sameSpeaker(speaker, base.speakerDetail ?? null)) edit.speaker = speaker;
  // With a new hedge the form's interval is sent whole: it is what the person saw and left.
  const hedge = f.qualifier !== base.value.qualifier;
  if (hedge) edit.qualifier = f.qualifier as Qualifier;
  if (hedge || low !== base.value.low || high !== base.value.high) Object.assign(edit, { low, high });
  if (hedge || f.lowInclusive !== base.value.lowInclusive) edit.lowInclusive = f.lowInclusive;
  if (hedge || f.highInclusive !== base.value.highInclusive) edit.highInclusive = f.highInclusive;
  if (f.unit.trim() && f.unit.trim() !== base.unit) edit.unit = f.unit.trim();
  const asOf = f.asOf || null;
  const baseAsOf = base.asOf && base.asOf !== published ? base.asOf : null;
  if (asOf !== baseAsOf) edit.asOf = asOf;
  if (f.measureId === NEW) {
    if (f.newTitle.trim().length < 3) return { error: 'Name the new measure (3 characters or more).' };
    if (!f.topicId) return { error: 'Choose the new measure’s topic, or name a new one.' };
    if (f.topicId === NEW && f.newTopic.trim().length < 3) return { error: 'Name the new topic (3 characters or more).' };
    edit.newMeasure = {
      title: f.newTitle.trim(),
      kind: f.newKind as NonNullable<RowEdit['newMeasure']>['kind'],
      unit: f.newUnit.trim() || base.unit,
      ...(f.topicId === NEW ? { newTopic: { title: f.newTopic.trim() } } : { topicId: f.topicId }),
    };
  } else if (f.measureId !== base.measureId) edit.measureId = f.measureId;
  if (f.reason.trim()) edit.reason = f.reason.trim();
  const changed = Object.keys(edit).filter((k) => k !== 'claimId' && k !== 'reason');
  return { edit: changed.length ? edit : null };
}

/** The edits as the server takes them, in the rows' order. */
export function editList(edits: Record<string, RowEdit>, order: string[]): RowEdit[] {
  return order.flatMap((id) => (edits[id] ? [edits[id]] : []));
}
