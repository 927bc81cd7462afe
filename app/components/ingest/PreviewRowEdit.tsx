'use client';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { MAX_PAGE } from '@/server/domain/page-size';
import { MeasureKind } from '@/server/domain/schemas';
import { formatNumber, intervalFor, Qualifier } from '@/server/domain/value';
import type { IngestedFigure } from '@/server/ingest/result';
import type { RowEdit } from '@/server/ingest/edit-schema';
import { Field, SelectField } from './EditClaim';
import { editFrom, fieldsOf, NEW, type RowFields } from './preview-edits';

const KIND_LABEL: Record<string, string> = {
  'cumulative-count': 'running total',
  count: 'count in a stated period',
  commitment: 'commitment or target',
  amount: 'amount',
  rate: 'rate or percentage',
  duration: 'duration',
};

interface Props {
  /** The row as the preview shows it now (with any edit applied). */
  figure: IngestedFigure;
  /** The row as first previewed, before any edit: an edit is what differs from it. */
  base: IngestedFigure;
  edit: RowEdit | undefined;
  published: string | null;
  /** Apply the edit (null: none left) and preview again; rejects with the server's message. */
  onApply(edit: RowEdit | null): Promise<void>;
  onClose(): void;
}

/** One preview row's corrections: speaker, hedge and interval, unit, as-of date, measure (or a new one, in a new topic). */
export function PreviewRowEdit({ figure, base, edit, published, onApply, onClose }: Props) {
  const trpc = useTRPC();
  const measures = useQuery(trpc.measures.list.queryOptions({ limit: MAX_PAGE }));
  const topics = useQuery(trpc.topics.list.queryOptions({ limit: MAX_PAGE }));
  const [f, setF] = useState<RowFields>(() => fieldsOf(figure, edit, published));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (k: string) => `pe-${k}-${figure.claimId}`;
  // A message answers the values it was about: any change clears it.
  const change = (fn: (v: RowFields) => RowFields) => (setError(null), setF(fn));
  const set = (k: keyof RowFields) => (e: { target: { value: string } }) => change((v) => ({ ...v, [k]: e.target.value }));
  // A new hedge fills low and high from the wording table at once, so the fields show what would be stored.
  const setHedge = (e: { target: { value: string } }) =>
    change((v) => {
      const q = e.target.value as Qualifier;
      const n = figure.value.best ?? figure.value.low ?? figure.value.high;
      if (n === null || q === 'range' || q === 'vague') return { ...v, qualifier: q };
      const i = intervalFor({ qualifier: q, n }, figure.text);
      return { ...v, qualifier: q, low: i.low?.toString() ?? '', high: i.high?.toString() ?? '', lowInclusive: i.lowInclusive, highInclusive: i.highInclusive };
    });
  const check = (k: 'lowInclusive' | 'highInclusive') => (e: { target: { checked: boolean } }) => change((v) => ({ ...v, [k]: e.target.checked }));

  const known = measures.data?.items ?? [];
  const measureOptions = [
    ...(known.some((m) => m.id === base.measureId) ? [] : [{ value: base.measureId, label: `${base.measureTitle}${base.newMeasure ? ' (proposed)' : ''}` }]),
    ...(figure.measureId !== base.measureId && !known.some((m) => m.id === figure.measureId) && !edit?.newMeasure ? [{ value: figure.measureId, label: figure.measureTitle }] : []),
    ...[...known].sort((a, b) => a.title.localeCompare(b.title)).map((m) => ({ value: m.id, label: m.title })),
    { value: NEW, label: 'New measure…' },
  ];
  const topicOptions = [{ value: '', label: 'Choose a topic' }, ...(topics.data?.items ?? []).map((t) => ({ value: t.id, label: t.title })), { value: NEW, label: 'New topic…' }];

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const r = editFrom(base, f, published);
    if ('error' in r) return setError(r.error);
    setBusy(true);
    try {
      await onApply(r.edit);
      onClose();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const low = Number(f.low.replace(/[,\s]/g, ''));
  const high = Number(f.high.replace(/[,\s]/g, ''));
  return (
    <form className="edit preview-edit" onSubmit={submit} aria-label={`Edit figure ${figure.text}`} data-testid="preview-edit" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <fieldset className="preview-edit__group">
        <legend>Speaker</legend>
        <div className="edit-grid">
          <Field id={id('name')} label="Name" value={f.name} onChange={set('name')} />
          <Field id={id('role')} label="Role" value={f.role} onChange={set('role')} />
          <Field id={id('org')} label="Organisation" value={f.organisation} onChange={set('organisation')} />
        </div>
      </fieldset>
      <fieldset className="preview-edit__group">
        <legend>Value</legend>
        <div className="edit-grid">
          <SelectField id={id('q')} label="Hedge (qualifier)" value={f.qualifier} onChange={setHedge} options={Qualifier.options.map((q) => ({ value: q, label: q }))} />
          <div className="field">
            <label htmlFor={id('low')}>Low</label>
            <input id={id('low')} value={f.low} onChange={set('low')} inputMode="decimal" placeholder="open" aria-describedby={id('lowh')} />
            <label className="check small">
              <input type="checkbox" checked={f.lowInclusive} onChange={check('lowInclusive')} /> included
            </label>
            <span id={id('lowh')} className="hint small muted">
              {f.low.trim() && Number.isFinite(low) ? formatNumber(low) : 'empty: no lower bound'}
            </span>
          </div>
          <div className="field">
            <label htmlFor={id('high')}>High</label>
            <input id={id('high')} value={f.high} onChange={set('high')} inputMode="decimal" placeholder="open" aria-describedby={id('highh')} />
            <label className="check small">
              <input type="checkbox" checked={f.highInclusive} onChange={check('highInclusive')} /> included
            </label>
            <span id={id('highh')} className="hint small muted">
              {f.high.trim() && Number.isFinite(high) ? formatNumber(high) : 'empty: no upper bound'}
            </span>
          </div>
          <Field id={id('unit')} label="Unit" value={f.unit} onChange={set('unit')} />
          <div className="field">
            <label htmlFor={id('asof')}>As of</label>
            <input id={id('asof')} type="date" value={f.asOf} onChange={set('asOf')} aria-describedby={id('asofh')} />
            <span id={id('asofh')} className="hint small muted">
              empty: the article’s date
            </span>
          </div>
        </div>
        <p className="hint small muted">A new hedge fills low and high from Tally’s wording table (“about 400” is 360–440); change them after if the article says otherwise.</p>
      </fieldset>
      <fieldset className="preview-edit__group">
        <legend>Measure</legend>
        <div className="edit-grid">
          <SelectField id={id('m')} label="Measure" value={f.measureId} onChange={set('measureId')} options={measureOptions} />
          {f.measureId === NEW && (
            <>
              <Field id={id('mt')} label="New measure’s title" value={f.newTitle} onChange={set('newTitle')} />
              <SelectField id={id('mk')} label="Kind" value={f.newKind} onChange={set('newKind')} options={MeasureKind.options.map((k) => ({ value: k, label: KIND_LABEL[k] ?? k }))} />
              <Field id={id('mu')} label="Its unit" value={f.newUnit} onChange={set('newUnit')} />
              <SelectField id={id('mtopic')} label="Topic" value={f.topicId} onChange={set('topicId')} options={topicOptions} />
              {f.topicId === NEW && <Field id={id('nt')} label="New topic’s title" value={f.newTopic} onChange={set('newTopic')} />}
            </>
          )}
        </div>
      </fieldset>
      <Field id={id('why')} label="Why (optional, kept in the history)" value={f.reason} onChange={set('reason')} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="btn btn--primary" type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Apply'}
        </button>
        <button className="btn" type="button" onClick={onClose}>
          Cancel
        </button>
        {edit && (
          <button className="btn" type="button" disabled={busy} onClick={() => (setBusy(true), onApply(null).then(onClose, (err: Error) => (setError(err.message), setBusy(false))))}>
            Undo my edits to this row
          </button>
        )}
      </div>
    </form>
  );
}
