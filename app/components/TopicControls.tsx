'use client';
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import type { Topic } from '@/server/domain/schemas';
import { Field, FormFooter, SelectField } from './ingest/EditClaim';
import { useFields } from './ingest/form-state';
import { useAdminToken } from './ingest/AdminToken';
import { TRPCClientError } from '@trpc/client';
import { MAX_PAGE } from '@/server/domain/page-size';

/** After a write from the server-rendered measures page: show the server's word, or re-render. */
function useOutcome(onDone: () => void, setError: (m: string) => void) {
  const router = useRouter();
  return {
    onSuccess: () => {
      onDone();
      router.refresh();
    },
    onError: (e: unknown) => setError(e instanceof TRPCClientError ? e.message : 'Tally could not be reached.'),
  };
}

/** Rename a topic, or merge it into another (its measures move; it is kept, pointing there). Admin only. */
export function TopicControls({ topic, canMerge }: { topic: Topic; canMerge: boolean }) {
  const admin = useAdminToken().ok;
  const [open, setOpen] = useState<'rename' | 'merge' | null>(null);
  if (!admin) return null;
  if (open === 'rename') return <RenameForm topic={topic} onDone={() => setOpen(null)} />;
  if (open === 'merge') return <MergeForm topic={topic} onDone={() => setOpen(null)} />;
  return (
    <div className="actions no-print">
      <button type="button" className="btn" onClick={() => setOpen('rename')} data-testid={`rename-topic-${topic.id}`}>
        Rename
      </button>
      {canMerge && (
        <button type="button" className="btn" onClick={() => setOpen('merge')} data-testid={`merge-topic-${topic.id}`}>
          Merge into another topic
        </button>
      )}
    </div>
  );
}

function RenameForm({ topic, onDone }: { topic: Topic; onDone(): void }) {
  const trpc = useTRPC();
  const [f, set] = useFields({ title: topic.title, description: topic.description });
  const [error, setError] = useState<string | null>(null);
  const update = useMutation(trpc.topics.update.mutationOptions(useOutcome(onDone, setError)));
  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (f.title.trim().length < 3) return setError('A title needs at least 3 characters.');
    update.mutate({ id: topic.id, title: f.title, description: f.description });
  }
  return (
    <form className="edit card" onSubmit={submit} aria-label={`Rename topic ${topic.title}`}>
      <Field id={`ttitle-${topic.id}`} label="Title" value={f.title} onChange={set('title')} />
      <Field id={`tdesc-${topic.id}`} label="Description" value={f.description} onChange={set('description')} />
      <FormFooter error={error} save={update.isPending ? 'Saving…' : 'Save topic'} disabled={update.isPending} onCancel={onDone} />
    </form>
  );
}

function MergeForm({ topic, onDone }: { topic: Topic; onDone(): void }) {
  const trpc = useTRPC();
  const topics = useQuery(trpc.topics.list.queryOptions({ limit: MAX_PAGE }));
  const [f, set] = useFields({ into: '', reason: '' });
  const [error, setError] = useState<string | null>(null);
  const merge = useMutation(trpc.topics.merge.mutationOptions(useOutcome(onDone, setError)));
  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (!f.into) return setError('Choose the topic to merge into.');
    if (f.reason.trim().length < 3) return setError('Say why in a few words: it is kept in the history.');
    merge.mutate({ id: topic.id, into: f.into, reason: f.reason });
  }
  const others = (topics.data?.items ?? []).filter((t) => t.id !== topic.id);
  return (
    <form className="edit card" onSubmit={submit} aria-label={`Merge topic ${topic.title}`}>
      <p className="small">Every measure of “{topic.title}” moves to the topic you choose; this topic is kept, pointing there, so later articles on it go there too.</p>
      <SelectField id={`tinto-${topic.id}`} label="Merge into" value={f.into} onChange={set('into')} options={[{ value: '', label: topics.isPending ? 'Loading topics…' : 'Choose a topic' }, ...others.map((t) => ({ value: t.id, label: t.title }))]} />
      <Field id={`twhy-${topic.id}`} label="Why? (kept in the history)" value={f.reason} onChange={set('reason')} />
      <FormFooter error={error} save={merge.isPending ? 'Merging…' : 'Merge'} disabled={merge.isPending} onCancel={onDone} />
    </form>
  );
}

/** A new, empty topic that measures can then be moved to (Edit measure → Topic). Admin only. */
export function NewTopic() {
  const admin = useAdminToken().ok;
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [f, set] = useFields({ title: '', description: '' });
  const [error, setError] = useState<string | null>(null);
  const create = useMutation(trpc.topics.create.mutationOptions(useOutcome(() => setOpen(false), setError)));
  if (!admin) return null;
  if (!open)
    return (
      <div className="measure-edit no-print">
        <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="new-topic">
          New topic
        </button>
      </div>
    );
  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (f.title.trim().length < 3) return setError('A title needs at least 3 characters.');
    create.mutate({ title: f.title, description: f.description });
  }
  return (
    <form className="edit card" onSubmit={submit} aria-label="New topic">
      <Field id="newtopic-title" label="Title" value={f.title} onChange={set('title')} />
      <Field id="newtopic-desc" label="Description" value={f.description} onChange={set('description')} />
      <FormFooter error={error} save={create.isPending ? 'Creating…' : 'Create topic'} disabled={create.isPending} onCancel={() => setOpen(false)} />
    </form>
  );
}
