'use client';
import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@/app/trpc/client';
import { FetchInput, type FetchedArticle } from '@/server/fetch/schema';

/** What went wrong, in the server's words: the field's message for bad input, the fetch's reason otherwise. */
function messageOf(e: unknown): string {
  if (!(e instanceof TRPCClientError)) return 'Tally could not be reached; try again.';
  const issues = (e.data as { issues?: { message: string }[] } | undefined)?.issues;
  if (issues?.length) return issues[0].message;
  if (e.data?.code === 'UNAUTHORIZED') return 'The admin token was refused: enter a valid one above.';
  if (e.data?.code === 'TOO_MANY_REQUESTS') return e.message;
  return `Tally could not read that page: ${e.message}`;
}

interface Props {
  admin: boolean;
  onFetched(article: FetchedArticle): void;
  /** A link to fetch now (a link pasted into the text box); `n` makes the same link fetchable twice. */
  request?: { url: string; n: number } | null;
}

/**
 * A link instead of text: the server fetches the page and reads the article out of it, and the
 * form below is filled in for the person to check. Its own form, so Enter in the link fetches.
 */
export function FetchLink({ admin, onFetched, request }: Props) {
  const trpc = useTRPC();
  const fetchM = useMutation(trpc.ingest.fetch.mutationOptions());
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function go(link: string) {
    const parsed = FetchInput.safeParse({ url: link });
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    if (!admin) return setError('Fetching a page needs the admin token: enter it above first.');
    setError(null);
    try {
      onFetched(await fetchM.mutateAsync(parsed.data));
    } catch (e) {
      setError(messageOf(e));
      input.current?.focus();
    }
  }

  useEffect(() => {
    if (!request) return;
    setUrl(request.url);
    void go(request.url);
    // Only a new request starts a fetch; `go` reads the current token state when it runs.
  }, [request]);

  return (
    <form
      className="fetch-link"
      noValidate
      aria-busy={fetchM.isPending}
      onSubmit={(e) => {
        e.preventDefault();
        void go(url);
      }}
    >
      <label htmlFor="f-link">Article link</label>
      <p id="h-link" className="hint small muted">
        Tally fetches the page and reads the article from it — outlet, title, date and text — for you to check below. Or paste the text yourself.
      </p>
      <div className="fetch-link__row">
        <input
          ref={input}
          id="f-link"
          name="link"
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://…"
          value={url}
          onChange={(e) => {
            setUrl(e.target.value);
            setError(null);
          }}
          aria-invalid={!!error}
          aria-describedby={error ? 'e-link h-link' : 'h-link'}
        />
        <button className="btn btn--primary" type="submit" disabled={fetchM.isPending} data-testid="fetch">
          {fetchM.isPending ? 'Fetching…' : 'Fetch article'}
        </button>
      </div>
      {fetchM.isPending && <span className="progress" role="status" aria-label="Fetching the page" />}
      {error && (
        <p id="e-link" className="field-error" role="alert" data-testid="fetch-error">
          {error}
        </p>
      )}
    </form>
  );
}
