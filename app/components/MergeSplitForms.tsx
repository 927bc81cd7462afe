'use client';
import { useState } from 'react';
import { MAX_PAGE } from '@/server/domain/page-size';
import { useRouter } from 'next/navigation';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import type { Claim, Measure } from '@/server/domain/schemas';
import { Field, FormFooter, SelectField } from './ingest/EditClaim';
import { useFields, useWriteOutcome } from './ingest/form-state';

/* The merge and split forms, loaded when an admin opens one (MergeSplit.tsx): readers' pages carry none of their code. */

export function MergeForm({ measure, onDone }: { measure: Measure; onDone(): void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const all = useQuery(trpc.measures.list.queryOptions({ limit: MAX_PAGE }));
  const options = (all.data?.items ?? []).filter((m) => m.id !== measure.id && (m.currency === null) === (measure.currency === null));
  const [f, set] = useFields({ into: '', reason: '' });
  const [error, setError] = useState<string | null>(null);
  const merge = useMutation(trpc.measures.merge.mutationOptions(useWriteOutcome(() => router.push(`/measures/${encodeURIComponent(f.into)}`), setError)));
  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (!f.into) return setError('Choose the measure to merge into.');
    if (f.reason.trim().length < 3) return setError('Say why in a few words: it is kept in the history.');
    merge.mutate({ id: measure.id, into: f.into, reason: f.reason });
  }
  return (
    <form className="edit card" onSubmit={submit} aria-label={`Merge ${measure.title} into another measure`}>
      <p className="small">Every figure of “{measure.title}” moves to the measure you choose; this measure is kept, pointing there.</p>
      <SelectField
        id={`merge-into-${measure.id}`}
        label="Merge into"
        value={f.into}
        onChange={set('into')}
        options={[{ value: '', label: all.isPending ? 'Loading measures…' : 'Choose a measure' }, ...options.map((m) => ({ value: m.id, label: m.title }))]}
      />
      <Field id={`merge-why-${measure.id}`} label="Why? (kept in the history)" value={f.reason} onChange={set('reason')} />
      <FormFooter error={error} save={merge.isPending ? 'Merging…' : 'Merge'} disabled={merge.isPending} onCancel={onDone} />
    </form>
  );
}

export function SplitForm({ measure, onDone }: { measure: Measure; onDone(): void }) {
  const trpc = useTRPC();
  // The figures to choose from: those that count, the first MAX_PAGE of them on a very busy measure.
  const list = useQuery(trpc.measures.claims.queryOptions({ id: measure.id, state: 'counted', limit: MAX_PAGE }));
  const claims: Claim[] = list.data?.items ?? [];
  const router = useRouter();
  const [f, set] = useFields({ title: '', reason: '' });
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const split = useMutation(
    trpc.measures.split.mutationOptions({
      ...useWriteOutcome(onDone, setError),
      onSuccess: (m) => router.push(`/measures/${encodeURIComponent(m.id)}`),
    }),
  );
  function toggle(id: string) {
    setPicked((p) => {
      const next = new Set(p);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }
  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (picked.size === 0) return setError('Tick the figures that move to the new measure.');
    if (f.title.trim().length < 3) return setError('Name the new measure (at least 3 characters).');
    if (f.reason.trim().length < 3) return setError('Say why in a few words: it is kept in the history.');
    split.mutate({ id: measure.id, claimIds: [...picked], title: f.title, reason: f.reason });
  }
  return (
    <form className="edit card" onSubmit={submit} aria-label={`Split figures off ${measure.title}`}>
      <fieldset>
        <legend className="small">Figures that move to the new measure</legend>
        {list.isPending && <p className="small muted">Loading figures…</p>}
        {claims.map((c) => (
          <label key={c.id} className="check small">
            <input type="checkbox" checked={picked.has(c.id)} onChange={() => toggle(c.id)} /> “{c.value.text}” — {c.outlet}
          </label>
        ))}
      </fieldset>
      <Field id={`split-title-${measure.id}`} label="New measure’s title" value={f.title} onChange={set('title')} />
      <Field id={`split-why-${measure.id}`} label="Why? (kept in the history)" value={f.reason} onChange={set('reason')} />
      <FormFooter error={error} save={split.isPending ? 'Splitting…' : 'Split off'} disabled={split.isPending} onCancel={onDone} />
    </form>
  );
}
