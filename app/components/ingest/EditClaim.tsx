'use client';
import { useState } from 'react';
import { MAX_PAGE } from '@/server/domain/page-size';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { useFields, useWriteOutcome } from './form-state';
import type { Claim } from '@/server/domain/schemas';
import { Qualifier, type ValueInterval } from '@/server/domain/value';

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** Correct a claim's value, unit, measure, speaker or date; the original is kept, marked superseded. */
export function EditClaim({ c, onDone }: { c: Claim; onDone(): void }) {
  const trpc = useTRPC();
  const measures = useQuery(trpc.measures.list.queryOptions({ limit: MAX_PAGE }));
  const [f, set] = useFields({
    low: c.value.low?.toString() ?? '',
    high: c.value.high?.toString() ?? '',
    qualifier: c.value.qualifier as string,
    measureId: c.measureId,
    name: c.speaker?.name ?? '',
    role: c.speaker?.role ?? '',
    organisation: c.speaker?.organisation ?? '',
    asOf: c.asOfEstimated ? '' : (c.asOf ?? ''),
    unit: c.unit,
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
    if (!f.unit.trim()) return setError('Say what the figure counts (its unit).');
    edit.mutate({ id: c.id, reason: f.reason, value, measureId: f.measureId, speaker, asOf: f.asOf || null, ...(f.unit.trim() !== c.unit ? { unit: f.unit.trim() } : {}) });
  }

  return (
    <form className="edit" onSubmit={submit} aria-label={`Edit ${c.value.text}`}>
      <div className="edit-grid">
        <Field id={`low-${c.id}`} label="Low" value={f.low} onChange={set('low')} inputMode="decimal" />
        <Field id={`high-${c.id}`} label="High" value={f.high} onChange={set('high')} inputMode="decimal" />
        <Field id={`unit-${c.id}`} label="Unit" value={f.unit} onChange={set('unit')} />
        <SelectField id={`q-${c.id}`} label="Qualifier" value={f.qualifier} onChange={set('qualifier')} options={Qualifier.options.map((q) => ({ value: q, label: q }))} />
        <SelectField
          id={`m-${c.id}`}
          label="Measure"
          value={f.measureId}
          onChange={set('measureId')}
          options={(measures.data?.items ?? [{ id: c.measureId, title: c.measureId }]).map((m) => ({ value: m.id, label: m.title }))}
        />
        <Field id={`speaker-name-${c.id}`} label="Speaker name" value={f.name} onChange={set('name')} />
        <Field id={`role-${c.id}`} label="Role" value={f.role} onChange={set('role')} />
        <Field id={`organisation-${c.id}`} label="Organisation" value={f.organisation} onChange={set('organisation')} />
        <Field id={`as-of-${c.id}`} label="As of" type="date" value={f.asOf} onChange={set('asOf')} />
      </div>
      <Field id={`why-this-correction--${c.id}`} label="Why this correction? (kept with the claim)" value={f.reason} onChange={set('reason')} />
      <FormFooter error={error} save="Save correction" disabled={f.reason.trim().length < 3 || edit.isPending} onCancel={onDone} />
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

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(e: { target: { value: string } }): void;
  options: { value: string; label: string }[];
}

export function SelectField({ id, label, value, onChange, options }: SelectFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={onChange}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A correction form's end: the server's or the form's message, then save and cancel. */
export function FormFooter({ error, save, disabled, onCancel }: { error: string | null; save: string; disabled: boolean; onCancel(): void }) {
  return (
    <>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="btn btn--primary" type="submit" disabled={disabled}>
          {save}
        </button>
        <button className="btn" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
