import Link from 'next/link';

/**
 * Onward links for a paginated list page: the next page by its cursor, and back to the first.
 * Server-rendered links, so they work without JavaScript and can be shared. `path` may carry the
 * list's filters as a query; the cursor is added to them.
 */
export function Pager({ path, nextCursor, shown, total, cursor, noun }: { path: string; nextCursor: string | null; shown: number; total: number; cursor?: string; noun: string }) {
  if (!nextCursor && !cursor) return null;
  return (
    <nav className="pager" aria-label={`More ${noun}`} data-pager>
      <span className="small muted">
        {shown.toLocaleString('en-GB')} shown of {total.toLocaleString('en-GB')} {noun}
      </span>
      {cursor && <Link href={path}>First page</Link>}
      {nextCursor && (
        <Link href={`${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(nextCursor)}`} rel="next" data-pager-next>
          Next page →
        </Link>
      )}
    </nav>
  );
}

/** The cursor a list page was asked for (?cursor=), when it is one a list could have given. */
export function cursorParam(params: Record<string, string | string[] | undefined>): string | undefined {
  const c = params.cursor;
  return typeof c === 'string' && /^[A-Za-z0-9_-]{1,400}$/.test(c) ? c : undefined;
}
