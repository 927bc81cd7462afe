'use client';
import { useState } from 'react';
import { MAX_PAGE } from '@/server/domain/page-size';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import type { Measure } from '@/server/domain/schemas';
import { MeasureKind } from '@/server/domain/schemas';
import { Field, FormFooter, SelectField } from './ingest/EditClaim';
import { useFields, useWriteOutcome } from './ingest/form-state';

/* The measure's edit form, loaded when an admin opens it (EditMeasure.tsx): readers' pages carry none of its code. */

const KIND_LABEL: Record<Measure['kind'], string> = {
  'cumulative-count': 'running total',
  commitment: 'commitment (agreed or sought)',
  amount: 'amount of money',
  duration: 'duration',
  count: 'count in a stated period',
  rate: 'rate or percentage',
};

export default function MeasureForm({ measure, onDone }: { measure: Measure; onDone(): void }) {
  const trpc = useTRPC();
  const topics = useQuery(trpc.topics.list.queryOptions({ limit: MAX_PAGE }));
  const [f, set] = useFields({
    title: measure.title,
    description: measure.description,
    topicId: measure.topicId,
    unit: measure.unit,
    kind: measure.kind as string,
    keywords: measure.keywords.join(', '),
  });
  const [error, setError] = useState<string | null>(null);
  const update = useMutation(trpc.measures.update.mutationOptions(useWriteOutcome(onDone, setError)));
  const id = measure.id;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (f.title.trim().length < 3) return setError('A title needs at least 3 characters.');
    if (!f.unit.trim()) return setError('Say what the measure counts (its unit).');
    const keywords = f.keywords
      .split(',')
      .map((k) => k.trim().toLowerCase())
      .filter((k) => k.length >= 2);
    update.mutate({ id, title: f.title, description: f.description, topicId: f.topicId, unit: f.unit, kind: MeasureKind.parse(f.kind), keywords });
  }

  return (
    <form className="edit card" onSubmit={submit} aria-label={`Edit measure ${measure.title}`}>
      <div className="edit-grid">
        <Field id={`mtitle-${id}`} label="Title" value={f.title} onChange={set('title')} />
        <SelectField
          id={`mtopic-${id}`}
          label="Topic"
          value={f.topicId}
          onChange={set('topicId')}
          options={(topics.data?.items ?? [{ id: measure.topicId, title: measure.topicId }]).map((t) => ({ value: t.id, label: t.title }))}
        />
        <Field id={`munit-${id}`} label="Unit" value={f.unit} onChange={set('unit')} />
        <SelectField id={`mkind-${id}`} label="Kind" value={f.kind} onChange={set('kind')} options={MeasureKind.options.map((k) => ({ value: k, label: KIND_LABEL[k] }))} />
      </div>
      <Field id={`mdesc-${id}`} label="Description" value={f.description} onChange={set('description')} />
      <Field id={`mwords-${id}`} label="Subject words, comma-separated (ingest matches new figures on these)" value={f.keywords} onChange={set('keywords')} />
      <FormFooter error={error} save={update.isPending ? 'Saving…' : 'Save measure'} disabled={update.isPending} onCancel={onDone} />
    </form>
  );
}
