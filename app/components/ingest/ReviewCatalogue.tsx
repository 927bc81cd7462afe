'use client';
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/app/trpc/client';
import { MAX_PAGE } from '@/server/domain/page-size';
import { MeasureKind } from '@/server/domain/schemas';
import { Field, SelectField } from './EditClaim';
import { useWriteOutcome } from './form-state';

type Task = 'topic-new' | 'topic-rename' | 'topic-merge' | 'measure-new' | 'measure-rename' | 'measure-merge';
const TASKS: { value: Task; label: string }[] = [
  { value: 'measure-new', label: 'Create a measure' },
  { value: 'measure-rename', label: 'Rename a measure' },
  { value: 'measure-merge', label: 'Merge a measure into another' },
  { value: 'topic-new', label: 'Create a topic' },
  { value: 'topic-rename', label: 'Rename a topic' },
  { value: 'topic-merge', label: 'Merge a topic into another' },
];
const EMPTY = { id: '', into: '', title: '', unit: '', kind: 'count', topicId: '', reason: '' };

/**
 * The catalogue while reviewing: a figure that needs a measure or topic not there yet, or two that
 * are one, is put right here without leaving /review. Every change is kept in the catalogue's history.
 */
export function ReviewCatalogue() {
  const trpc = useTRPC();
  const [task, setTask] = useState<Task>('measure-new');
  const [f, setF] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const measures = useQuery(trpc.measures.list.queryOptions({ limit: MAX_PAGE }));
  const topics = useQuery(trpc.topics.list.queryOptions({ limit: MAX_PAGE }));
  const useDone = (what: string) => useWriteOutcome(() => (setSaid(what), setF(EMPTY)), (m) => (setSaid(null), setError(m)));
  const writes = {
    topicNew: useMutation(trpc.topics.create.mutationOptions(useDone('Topic created.'))),
    topicRename: useMutation(trpc.topics.update.mutationOptions(useDone('Topic renamed.'))),
    topicMerge: useMutation(trpc.topics.merge.mutationOptions(useDone('Topics merged.'))),
    measureNew: useMutation(trpc.measures.create.mutationOptions(useDone('Measure created.'))),
    measureRename: useMutation(trpc.measures.update.mutationOptions(useDone('Measure renamed.'))),
    measureMerge: useMutation(trpc.measures.merge.mutationOptions(useDone('Measures merged.'))),
  };
  const busy = Object.values(writes).some((w) => w.isPending);
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => (setError(null), setSaid(null), setF((v) => ({ ...v, [k]: e.target.value })));
  const choose = (opts: { id: string; title: string }[] | undefined, none: string) => [{ value: '', label: none }, ...(opts ?? []).map((o) => ({ value: o.id, label: o.title }))];
  const measureOptions = choose(measures.data?.items, 'Choose a measure');
  const topicOptions = choose(topics.data?.items, 'Choose a topic');
  const isTopic = task.startsWith('topic');

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setSaid(null);
    const title = f.title.trim();
    const need = (ok: boolean, message: string) => (ok ? false : (setError(message), true));
    if ((task.endsWith('new') || task.endsWith('rename')) && need(title.length >= 3, 'A title needs at least 3 characters.')) return;
    if ((task.endsWith('rename') || task.endsWith('merge')) && need(!!f.id, `Choose the ${isTopic ? 'topic' : 'measure'}.`)) return;
    if (task.endsWith('merge') && (need(!!f.into && f.into !== f.id, 'Choose another one to merge it into.') || need(f.reason.trim().length >= 3, 'Say why, in a few words: it is kept in the history.'))) return;
    if (task === 'measure-new' && (need(!!f.topicId, 'Choose the topic it belongs to.') || need(!!f.unit.trim(), 'Say what it counts (its unit).'))) return;
    if (task === 'topic-new') writes.topicNew.mutate({ title, description: '' });
    if (task === 'topic-rename') writes.topicRename.mutate({ id: f.id, title });
    if (task === 'topic-merge') writes.topicMerge.mutate({ id: f.id, into: f.into, reason: f.reason });
    if (task === 'measure-new') writes.measureNew.mutate({ title, topicId: f.topicId, unit: f.unit.trim(), kind: f.kind as MeasureKind, description: '', currency: null });
    if (task === 'measure-rename') writes.measureRename.mutate({ id: f.id, title });
    if (task === 'measure-merge') writes.measureMerge.mutate({ id: f.id, into: f.into, reason: f.reason });
  }

  const list = isTopic ? topicOptions : measureOptions;
  return (
    <details className="review-catalogue no-print" data-testid="review-catalogue">
      <summary>Topics and measures: create, rename, merge</summary>
      <form className="edit" onSubmit={submit} aria-label="Change the topics and measures" aria-busy={busy}>
        <div className="edit-grid">
          <SelectField id="cat-task" label="Change" value={task} onChange={(e) => (setTask(e.target.value as Task), setF(EMPTY), setError(null), setSaid(null))} options={TASKS} />
          {(task.endsWith('rename') || task.endsWith('merge')) && <SelectField id="cat-id" label={isTopic ? 'Topic' : 'Measure'} value={f.id} onChange={set('id')} options={list} />}
          {task.endsWith('merge') && <SelectField id="cat-into" label="Into" value={f.into} onChange={set('into')} options={list.filter((o) => o.value !== f.id)} />}
          {(task.endsWith('new') || task.endsWith('rename')) && <Field id="cat-title" label={task.endsWith('rename') ? 'New title' : 'Title'} value={f.title} onChange={set('title')} />}
          {task === 'measure-new' && (
            <>
              <SelectField id="cat-topic" label="In topic" value={f.topicId} onChange={set('topicId')} options={topicOptions} />
              <Field id="cat-unit" label="Unit (what it counts)" value={f.unit} onChange={set('unit')} />
              <SelectField id="cat-kind" label="Kind" value={f.kind} onChange={set('kind')} options={MeasureKind.options.map((k) => ({ value: k, label: k }))} />
            </>
          )}
          {task.endsWith('merge') && <Field id="cat-why" label="Why (kept in the history)" value={f.reason} onChange={set('reason')} />}
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {said && (
          <p className="small" role="status">
            {said}
          </p>
        )}
        <div className="actions">
          <button className="btn btn--primary" type="submit" disabled={busy}>
            {busy ? 'Saving…' : (TASKS.find((t) => t.value === task)?.label ?? 'Save')}
          </button>
        </div>
      </form>
    </details>
  );
}
