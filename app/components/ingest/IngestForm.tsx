'use client';
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@/app/trpc/client';
import { IngestInput } from '@/server/ingest/input';
import type { IngestResult } from '@/server/ingest/result';
import { AdminToken } from './AdminToken';
import { FigurePreview } from './FigurePreview';
import { FetchLink } from './FetchLink';
import type { FetchedArticle } from '@/server/fetch/schema';
import { readDraft, writeDraft } from './draft';
import type { RowEdit } from '@/server/ingest/edit-schema';
import { editList } from './preview-edits';

type Field = 'text' | 'outlet' | 'title' | 'url' | 'published';
type Errors = Partial<Record<Field | 'form', string>>;
const EMPTY = { text: '', outlet: '', title: '', url: '', published: '' };
// Text that is nothing but a link: the person meant the page, not these characters.
const BARE_LINK = /^https?:\/\/\S+$/i;

/** Field messages from a zod result or from the server's issues, keyed by the field they name. */
function errorsFrom(issues: { path: PropertyKey[]; message: string }[]): Errors {
  const out: Errors = {};
  for (const i of issues) {
    const key = (String(i.path[0] ?? 'form') as Field | 'form') || 'form';
    out[key] ??= i.message;
  }
  return out;
}

function serverErrors(e: unknown): Errors {
  if (e instanceof TRPCClientError) {
    const issues = (e.data as { issues?: { path: string[]; message: string }[] } | undefined)?.issues;
    if (issues?.length) return errorsFrom(issues);
    if (e.data?.code === 'UNAUTHORIZED') return { form: 'The admin token was refused: enter a valid one above.' };
    return { form: e.message };
  }
  return { form: 'Tally could not be reached. Nothing was stored; try again.' };
}

export function IngestForm() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [preview, setPreviewOnly] = useState<IngestResult | null>(null);
  // The rows as first previewed, and a person's edits to them: the store sends exactly these edits.
  const [base, setBase] = useState<IngestResult | null>(null);
  const [edits, setEdits] = useState<Record<string, RowEdit>>({});
  const setPreview = (r: IngestResult | null) => {
    setPreviewOnly(r);
    setBase(r);
    setEdits({});
  };
  const [stored, setStored] = useState<IngestResult | null>(null);
  const [admin, setAdmin] = useState(false);
  const onAdmin = useCallback((ok: boolean) => setAdmin(ok), []);
  const previewM = useMutation(trpc.ingest.preview.mutationOptions());
  const createM = useMutation(trpc.ingest.create.mutationOptions());
  const busy = previewM.isPending || createM.isPending;
  const [restored, setRestored] = useState(false);
  const [fetched, setFetched] = useState<FetchedArticle | null>(null);
  const [fetchRequest, setFetchRequest] = useState<{ url: string; n: number } | null>(null);
  const pastedLink = BARE_LINK.test(values.text.trim()) ? values.text.trim() : null;

  function onFetched(a: FetchedArticle) {
    setValues({ text: a.text, outlet: a.outlet, title: a.title, url: a.url, published: a.published ?? '' });
    setFetched(a);
    setErrors({});
    setPreview(null);
    setStored(null);
    setRestored(false);
  }

  useEffect(() => {
    const draft = readDraft();
    if (draft) {
      setValues(draft);
      setRestored(true);
    }
  }, []);
  useEffect(() => {
    const id = window.setTimeout(() => writeDraft(values), 300);
    return () => window.clearTimeout(id);
  }, [values]);

  function clearForm() {
    writeDraft(null);
    setValues(EMPTY);
    setErrors({});
    setPreview(null);
    setStored(null);
    setRestored(false);
    setFetched(null);
  }

  const set = (k: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [k]: e.target.value }));
    setErrors((er) => ({ ...er, [k]: undefined, form: undefined }));
    setPreview(null);
  };

  // The schema the procedure parses with checks the form first (house style: one schema for both).
  const parsed = () => {
    const r = IngestInput.safeParse(values);
    if (!r.success) setErrors(errorsFrom(r.error.issues));
    return r.success ? r.data : null;
  };

  async function onPreview(e: React.FormEvent) {
    e.preventDefault();
    const input = parsed();
    if (!input) return;
    setStored(null);
    try {
      setPreview(await previewM.mutateAsync(input));
    } catch (err) {
      setErrors(serverErrors(err));
    }
  }

  const order = (base ?? preview)?.figures.map((f) => f.claimId) ?? [];

  /** One row's edit set or cleared, and the preview asked again with every edit, so the table shows what would be stored. */
  async function onApply(claimId: string, edit: RowEdit | null) {
    const input = parsed();
    if (!input) throw new Error('Fix the article’s fields first.');
    const next = { ...edits };
    if (edit) next[claimId] = edit;
    else delete next[claimId];
    try {
      const r = await previewM.mutateAsync({ ...input, edits: editList(next, order) });
      setPreviewOnly(r);
      setEdits(next);
    } catch (err) {
      const e = serverErrors(err);
      throw new Error(e.form ?? Object.values(e).find(Boolean) ?? 'The edit was refused.');
    }
  }

  async function onStore() {
    const input = parsed();
    if (!input) return;
    try {
      const r = await createM.mutateAsync({ ...input, edits: editList(edits, order) });
      setStored(r);
      setPreview(null);
      writeDraft(null);
      await qc.invalidateQueries();
    } catch (err) {
      setErrors(serverErrors(err));
    }
  }

  return (
    <div className="ingest">
      <AdminToken onChange={onAdmin} />
      {restored && (
        <p className="notice small" role="status" data-testid="draft-restored">
          Your unsaved article was restored from this browser.{' '}
          <button type="button" className="linklike" onClick={clearForm}>
            Start over
          </button>
        </p>
      )}
      <FetchLink admin={admin} onFetched={onFetched} request={fetchRequest} />
      {fetched && (
        <div className="notice notice--ok" role="status" data-testid="fetched">
          <strong>Read from {new URL(fetched.url).host}.</strong> Check the outlet, title, date and text below, then preview the figures.
          {(fetched.outletFrom === 'address' || !fetched.published) && (
            <ul className="small">
              {fetched.outletFrom === 'address' && <li>The page does not name its site: the outlet is its address; put the outlet’s name.</li>}
              {!fetched.published && <li>The page gives no publication date: enter it, or leave it empty for Tally to estimate one from the text.</li>}
            </ul>
          )}
        </div>
      )}
      <form className="ingest-form" onSubmit={onPreview} noValidate aria-busy={busy}>
        <div className="form-row">
          <Input label="Outlet" name="outlet" required value={values.outlet} onChange={set('outlet')} error={errors.outlet} />
          <Input label="Title" name="title" required value={values.title} onChange={set('title')} error={errors.title} />
        </div>
        <div className="form-row">
          <Input label="URL" name="url" type="url" value={values.url} onChange={set('url')} error={errors.url} hint="optional" />
          <Input label="Published" name="published" type="date" value={values.published} onChange={set('published')} error={errors.published} hint="optional: Tally estimates it from the text when left empty" />
        </div>
        <div className="field">
          <label htmlFor="f-text">
            Article text <span aria-hidden>*</span>
          </label>
          <textarea id="f-text" name="text" rows={14} value={values.text} onChange={set('text')} aria-invalid={!!errors.text} aria-describedby={errors.text ? 'e-text' : 'h-text'} placeholder="Paste the article’s plain text here" />
          <p id="h-text" className="hint small muted">
            Plain text, up to 1 MB. {values.text ? `${new TextEncoder().encode(values.text).length.toLocaleString('en-GB')} bytes.` : ''}
          </p>
          {pastedLink && (
            <p className="callout small" data-testid="pasted-link">
              That is a link, not an article’s text.{' '}
              <button type="button" className="linklike" onClick={() => (setValues((v) => ({ ...v, text: '' })), setFetchRequest((r) => ({ url: pastedLink, n: (r?.n ?? 0) + 1 })))}>
                Fetch the article from it
              </button>
            </p>
          )}
          {errors.text && (
            <p id="e-text" className="field-error" role="alert">
              {errors.text}
            </p>
          )}
        </div>
        {errors.form && (
          <p className="field-error" role="alert" data-testid="form-error">
            {errors.form}
          </p>
        )}
        <div className="actions">
          <button className="btn btn--primary" type="submit" disabled={busy}>
            {previewM.isPending ? 'Finding figures…' : 'Preview figures'}
          </button>
          {busy && <span className="progress" role="status" aria-label={previewM.isPending ? 'Finding figures' : 'Storing'} />}
          {!busy && (values.text || values.outlet || values.title) && (
            <button type="button" className="btn" onClick={clearForm}>
              Clear form
            </button>
          )}
        </div>
      </form>
      {preview && (
        <FigurePreview result={preview} text={values.text} editing={admin && !preview.duplicate && base ? { base, edits, onApply, busy } : undefined}>
          {preview.duplicate ? (
            <p className="notice" role="status" data-testid="duplicate">
              This text is already stored as <Link href={`/sources/${preview.sourceId}`}>{preview.sourceId}</Link>; storing it again would change nothing.
            </p>
          ) : (
            <div className="actions">
              <button className="btn btn--primary" type="button" onClick={onStore} disabled={busy || !admin} data-testid="confirm">
                {createM.isPending ? 'Storing…' : `Store ${preview.figures.length} figure${preview.figures.length === 1 ? '' : 's'}`}
              </button>
              {!admin && <span className="small muted">Enter the admin token above to edit the rows and store.</span>}
              {admin && Object.keys(edits).length > 0 && <EditCount edits={Object.values(edits)} />}
            </div>
          )}
        </FigurePreview>
      )}
      {stored && (
        <div className="notice notice--ok" role="status" data-testid="stored">
          <strong>{stored.duplicate ? 'Already stored: nothing new written.' : 'Stored.'}</strong> {stored.figures.length} figures from{' '}
          <Link href={`/sources/${stored.sourceId}`}>{stored.title}</Link>: {stored.accepted} accepted automatically (not reviewed)
          {stored.reviewed ? `, ${stored.reviewed} accepted by you` : ''} and now on the <Link href="/">dashboard</Link>; {stored.needsReview} waiting on{' '}
          <Link href="/review">review</Link>
          {stored.dropped?.length ? `; ${stored.dropped.length} dropped (kept in the source’s history)` : ''}.
        </div>
      )}
    </div>
  );
}

function EditCount({ edits }: { edits: RowEdit[] }) {
  const dropped = edits.filter((e) => e.drop).length;
  const edited = edits.length - dropped;
  const parts = [edited && `${edited} row${edited === 1 ? '' : 's'} edited`, dropped && `${dropped} dropped`].filter(Boolean);
  return (
    <span className="small muted" data-testid="edit-count">
      {parts.join(', ')}
    </span>
  );
}

interface InputProps {
  label: string;
  name: Field;
  value: string;
  onChange(e: { target: { value: string } }): void;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: string;
}

function Input({ label, name, value, onChange, error, hint, required, type = 'text' }: InputProps) {
  const id = `f-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} {required && <span aria-hidden>*</span>}
      </label>
      <input id={id} name={name} type={type} value={value} onChange={onChange} aria-invalid={!!error} aria-describedby={error ? `e-${name}` : hint ? `h-${name}` : undefined} />
      {hint && !error && (
        <p id={`h-${name}`} className="hint small muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`e-${name}`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
