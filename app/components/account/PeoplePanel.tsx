'use client';
import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@/app/trpc/client';
import type { AccountRole } from '@/server/domain/accounts';
import { ShownOnce } from './ShownOnce';

const messageOf = (e: unknown) => (e instanceof TRPCClientError ? e.message : 'Tally could not be reached.');

/** Admins add people, change their roles and give a new password to someone who lost theirs. */
export function PeoplePanel({ me }: { me: string }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const id = useId();
  const users = useQuery(trpc.account.users.queryOptions());
  const [name, setName] = useState('');
  const [role, setRole] = useState<AccountRole>('reviewer');
  const [secret, setSecret] = useState<{ title: string; password: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.account.users.queryKey() });
  const fail = (e: unknown) => setError(messageOf(e));
  const add = useMutation(
    trpc.account.addUser.mutationOptions({
      onSuccess: (r) => {
        setError(null);
        setName('');
        if (r.password) setSecret({ title: `Password for ${r.user.name} (${r.user.role})`, password: r.password });
        refresh();
      },
      onError: fail,
    }),
  );
  const change = useMutation(trpc.account.setRole.mutationOptions({ onSuccess: () => (setError(null), refresh()), onError: fail }));
  const reset = useMutation(
    trpc.account.resetPassword.mutationOptions({
      onSuccess: (r) => (setError(null), r.password && setSecret({ title: `New password for ${r.user.name}`, password: r.password })),
      onError: fail,
    }),
  );
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>People</h2>
      <p className="small muted" style={{ margin: 0 }}>
        Reviewers store articles and review figures, topics and measures; admins also manage people. Readers need no account. A new person gets a generated password,
        shown once, to pass on.
      </p>
      <form
        className="panel__row"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ name, role });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={48} autoComplete="off" data-testid="person-name" />
        </div>
        <div className="field" style={{ flex: '0 1 10rem' }}>
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as AccountRole)}>
            <option value="reviewer">Reviewer</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <button className="btn btn--primary" type="submit" disabled={name.trim().length < 2 || add.isPending} data-testid="person-add">
          Add person
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {secret && <ShownOnce title={secret.title} secret={secret.password} testId="person-password" onDone={() => setSecret(null)} />}
      {users.isError && <p className="field-error">{messageOf(users.error)}</p>}
      {users.data && (
        <div className="table-wrap">
          <table className="data" data-testid="people">
            <caption className="sr-only">People with accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Since</th>
                <th scope="col">
                  <span className="sr-only">Password</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id} data-user={u.name}>
                  <td>
                    {u.name}
                    {u.name === me && <span className="small muted"> (you)</span>}
                  </td>
                  <td>
                    <label className="sr-only" htmlFor={`${id}-r-${u.id}`}>
                      Role of {u.name}
                    </label>
                    <select id={`${id}-r-${u.id}`} value={u.role} onChange={(e) => change.mutate({ name: u.name, role: e.target.value as AccountRole })} disabled={change.isPending}>
                      <option value="reviewer">Reviewer</option>
                      <option value="admin">Admin</option>
                    </select>
                  </td>
                  <td>{new Date(u.createdAt).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })}</td>
                  <td>
                    <button type="button" className="btn btn--compact" onClick={() => reset.mutate({ name: u.name })} disabled={reset.isPending}>
                      New password
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
