'use client';
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { useFields, useWriteOutcome } from './form-state';
import type { Claim } from '@/server/domain/schemas';
import { Qualifier, type ValueInterval } from '@/server/domain/value';

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** Correct a claim's value, measure, speaker or date; the original is kept, marked superseded. */
export function EditClaim({ c, onDone }: { c: Claim; onDone(): void }) {
  const trpc = useTRPC();
  const measures = useQuery(trpc.measures.list.queryOptions());
  const [f, set] = useFields({
    low: c.value.low?.toString() ?? '',
    high: c.value.high?.toString() ?? '',
    qualifier: c.value.qualifier as string,
    measureId: c.measureId,
    name: c.speaker?.name ?? '',
    role: c.speaker?.role ?? '',
    organisation: c.speaker?.organisation ?? '',
    asOf: c.asOfEstimated ? '' : (c.asOf ?? ''),
    reason: '',
  });
  const [error, setError] = useState<string | null>(null);
  const edit = useMutation(trpc.review.edit.mutationOptions(useWriteOutcome(onDone, setError)));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const low = num(f.low);
    const high = num(f.high);
    if ((low !== null && Number.isNaN(low)) || (high !== null && Number.isNaN(high))) return setError('Low and high must be numbers (or empty for an open end).');
    if (low !== null && high !== null && low > high) return setError('Low must not exceed high.');
    const value: ValueInterval = {
      ...c.value,
      low,
      high,
      qualifier: Qualifier.parse(f.qualifier),
      best: low !== null && low === high ? low : c.value.best,
    };
    const speaker = f.name || f.role || f.organisation ? { name: f.name || null, role: f.role || null, organisation: f.organisation || null } : null;
    edit.mutate({ id: c.id, reason: f.reason, value, measureId: f.measureId, speaker, asOf: f.asOf || null });
  }

  return (
    <form className="edit" onSubmit={submit} aria-label={`Edit ${c.value.text}`}>
      <div className="edit-grid">
        <Field id={`low-${c.id}`} label="Low" value={f.low} onChange={set('low')} inputMode="decimal" />
        <Field id={`high-${c.id}`} label="High" value={f.high} onChange={set('high')} inputMode="decimal" />
        <div className="field">
          <label htmlFor={`q-${c.id}`}>Qualifier</label>
          <select id={`q-${c.id}`} value={f.qualifier} onChange={set('qualifier')}>
            {Qualifier.options.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`m-${c.id}`}>Measure</label>
          <select id={`m-${c.id}`} value={f.measureId} onChange={set('measureId')}>
            {(measures.data ?? [{ id: c.measureId, title: c.measureId }]).map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </div>
        <Field id={`speaker-name-${c.id}`} label="Speaker name" value={f.name} onChange={set('name')} />
        <Field id={`role-${c.id}`} label="Role" value={f.role} onChange={set('role')} />
        <Field id={`organisation-${c.id}`} label="Organisation" value={f.organisation} onChange={set('organisation')} />
        <Field id={`as-of-${c.id}`} label="As of" type="date" value={f.asOf} onChange={set('asOf')} />
      </div>
      <Field id={`why-this-correction--${c.id}`} label="Why this correction? (kept with the claim)" value={f.reason} onChange={set('reason')} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="btn btn--primary" type="submit" disabled={f.reason.trim().length < 3 || edit.isPending}>
          Save correction
        </button>
        <button className="btn" type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange(e: { target: { value: string } }): void;
  type?: string;
  inputMode?: 'decimal';
}

export function Field({ id, label, value, onChange, type = 'text', inputMode }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} onChange={onChange} inputMode={inputMode} />
    </div>
  );
}
