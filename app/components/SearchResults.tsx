'use client';
import Link from 'next/link';
import { Component, createContext, useContext, useEffect, useRef, type ComponentProps, type MouseEvent, type ReactNode } from 'react';
import { useQueryErrorResetBoundary, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTRPC } from '@/app/trpc/client';
import { formatDate } from '@/server/domain/dates';
import { SEARCH_CANDIDATES as CANDIDATES, SEARCH_TYPES, type SearchItem, type SearchPage, type SearchQuery, type SearchType } from '@/server/domain/search';
import { FILTER_KEYS, asSearchPage, nextSearchCursor, searchHref, type SearchParams } from '@/app/search/params';

const TYPE: Record<SearchType, { one: string; many: string }> = {
  claim: { one: 'Figure', many: 'Figures' },
  measure: { one: 'Measure', many: 'Measures' },
  topic: { one: 'Topic', many: 'Topics' },
  source: { one: 'Source', many: 'Sources' },
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** How the page follows a link to another search: in a transition it can show as pending. */
export const FollowSearch = createContext<((href: string, scroll: boolean) => void) | null>(null);

/**
 * A link to another search: a real link (new tab, copy, no JavaScript), but a plain click goes
 * through the page's transition, so the results dim while the next ones come.
 */
export function SearchLink({ href, scroll = true, ...rest }: Omit<ComponentProps<typeof Link>, 'href' | 'onClick'> & { href: string }) {
  const follow = useContext(FollowSearch);
  const click = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!follow || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    follow(href, scroll !== false);
  };
  return <Link href={href} scroll={scroll} onClick={click} {...rest} />;
}

/** One search's results: the tabs with their counts, the count, the list and "Load more". */
export function SearchResults({ input, params }: { input: SearchQuery; params: SearchParams }) {
  const trpc = useTRPC();
  const query = useSuspenseInfiniteQuery(trpc.search.query.infiniteQueryOptions(input, { getNextPageParam: nextSearchCursor }));
  const pages = query.data.pages.map(asSearchPage);
  // Counts come from the first page: the tabs and the total must not shift as pages are added.
  const { byType, total, capped = [] } = pages[0];
  // A count that stopped at the cap is a floor: "1,000+".
  const atLeast = capped.length > 0;
  const items = pages.flatMap((p) => p.items);
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    // After "Load more", the keyboard lands on the first new result, not back at the top.
    const from = focusFrom.current;
    if (from === null || items.length <= from) return;
    focusFrom.current = null;
    list.current?.querySelectorAll<HTMLElement>('[data-search-result] .result__title a')[from]?.focus();
  }, [items.length]);

  const more = () => {
    focusFrom.current = items.length;
    void query.fetchNextPage();
  };

  return (
    <>
      {input.q && <SearchTabs params={params} byType={byType} capped={capped} />}
      <p className="search-total" role="status">
        <strong data-search-total={total} data-search-capped={atLeast || undefined}>
          {atLeast ? `${total.toLocaleString('en-GB')}+ results` : plural(total, 'result', 'results')}
        </strong>
        {input.q ? ` for “${input.q}”` : ''}
        {input.type ? ` among ${TYPE[input.type].many.toLowerCase()}` : ''}
        {FILTER_KEYS.some((k) => params[k]) ? ', filtered' : ''}
      </p>
      {items.length === 0 ? (
        <SearchEmpty params={params} byType={byType} />
      ) : (
        <ol className="results" ref={list}>
          {items.map((item) => (
            <Result key={`${item.type}:${item.id}`} item={item} />
          ))}
        </ol>
      )}
      {query.isFetchNextPageError && (
        <p className="field-error" role="alert">
          The next results could not be loaded. {query.error instanceof TRPCClientError ? query.error.message : 'Tally could not be reached.'}
        </p>
      )}
      {atLeast && input.q && !query.hasNextPage && items.length > 0 && (
        <p className="small muted" data-search-cut>
          The most recent {CANDIDATES.toLocaleString('en-GB')} matches of each kind are the ones ranked here: add words or a date range to reach older ones.
        </p>
      )}
      {query.hasNextPage && (
        <p className="search-more no-print">
          <button type="button" className="btn" onClick={more} disabled={query.isFetchingNextPage} data-search-more>
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
          <span className="small muted">
            {items.length.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')}
            {atLeast ? '+' : ''} shown
          </span>
        </p>
      )}
    </>
  );
}

/** One tab per type, each a link to the same search of that type; a type with nothing is not a link. */
function SearchTabs({ params, byType, capped }: { params: SearchParams; byType: SearchPage['byType']; capped: SearchType[] }) {
  const all = SEARCH_TYPES.reduce((n, t) => n + byType[t], 0);
  const tabs: { type: SearchType | null; label: string; n: number; plus: boolean }[] = [
    { type: null, label: 'All', n: all, plus: capped.length > 0 },
    ...SEARCH_TYPES.map((t) => ({ type: t, label: TYPE[t].many, n: byType[t], plus: capped.includes(t) })),
  ];
  const current = params.type ?? null;
  return (
    <nav className="search-tabs no-print" aria-label="Result types">
      <ul>
        {tabs.map((t) => {
          const on = t.type === current;
          const body = (
            <>
              {t.label} <span className="search-tabs__n">{t.n.toLocaleString('en-GB')}{t.plus ? '+' : ''}</span>
            </>
          );
          return (
            <li key={t.type ?? 'all'}>
              {t.n === 0 && !on ? (
                <span className="search-tab search-tab--empty" data-search-tab={t.type ?? 'all'} aria-disabled="true">
                  {body}
                </span>
              ) : (
                <SearchLink className="search-tab" href={searchHref({ ...params, type: t.type ?? undefined })} aria-current={on ? 'page' : undefined} data-search-tab={t.type ?? 'all'} scroll={false}>
                  {body}
                </SearchLink>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

const dateNote: Record<SearchType, string> = { claim: '', measure: 'latest figure ', topic: 'latest figure ', source: 'published ' };

/** One result. The title and snippet are HTML the server escaped, with only <mark> added (server/domain/snippet.ts). */
function Result({ item }: { item: SearchItem }) {
  return (
    <li className={`result result--${item.type}`} data-search-result data-type={item.type} data-result-id={item.id}>
      <p className="result__head">
        <span className="result__type">{TYPE[item.type].one}</span>
        {item.date && (
          <span className="result__date">
            {dateNote[item.type]}
            <time dateTime={item.date}>{item.dateText ?? formatDate(item.date)}</time>
          </span>
        )}
      </p>
      <h2 className="result__title">
        <Link href={item.link}>
          {item.type === 'claim' && (
            <>
              <span className="result__value">{item.valueText}</span>
              <span className="result__sep" aria-hidden="true">
                {' · '}
              </span>
            </>
          )}
          <span dangerouslySetInnerHTML={{ __html: item.titleHtml }} />
        </Link>
      </h2>
      {item.snippet && <p className={`result__snippet${item.type === 'claim' ? ' result__snippet--quote' : ''}`} dangerouslySetInnerHTML={{ __html: item.snippet }} />}
      <ResultFacts item={item} />
    </li>
  );
}

function ResultFacts({ item }: { item: SearchItem }) {
  if (item.type === 'claim')
    return (
      <p className="result__facts">
        <span>
          <span className="muted">Outlet</span> {item.outlet}
        </span>
        {item.speaker && (
          <span>
            <span className="muted">Speaker</span> {item.speaker}
          </span>
        )}
        <span>
          <span className="muted">Measure</span> <Link href={`/measures/${encodeURIComponent(item.measureId)}`}>{item.measureTitle}</Link>
        </span>
      </p>
    );
  if (item.type === 'measure' && item.topicTitle)
    return (
      <p className="result__facts">
        <span>
          <span className="muted">Topic</span> <Link href={`/topics/${encodeURIComponent(item.topicId)}`}>{item.topicTitle}</Link>
        </span>
      </p>
    );
  return null;
}

function SearchEmpty({ params, byType }: { params: SearchParams; byType: SearchPage['byType'] }) {
  const what = params.type ? TYPE[params.type as SearchType]?.many.toLowerCase() ?? 'results' : params.q ? 'figures, measures, topics or sources' : 'figures';
  const filtered = FILTER_KEYS.some((k) => params[k]);
  const elsewhere = SEARCH_TYPES.reduce((n, t) => n + byType[t], 0);
  return (
    <div className="state search-state" data-search-empty>
      <h2>
        No {what} match{params.q ? ` “${params.q}”` : ''}
        {filtered ? (params.q ? ' with these filters' : ' these filters') : ''}
      </h2>
      <ul className="search-hints">
        {params.type && elsewhere > 0 && (
          <li>
            <SearchLink href={searchHref({ ...params, type: undefined })}>See all {plural(elsewhere, 'result', 'results')}</SearchLink> of every type.
          </li>
        )}
        {params.q && <li>Check the spelling, or try fewer or more general words: “drone” also finds “drones”.</li>}
        {filtered && (
          <li>
            Widen the dates or <SearchLink href={searchHref({ q: params.q, type: params.type })}>clear the filters</SearchLink>: an outlet or speaker must match whole words.
          </li>
        )}
        <li>
          Search reads titles, quotes, speakers and outlets of the articles Tally holds. Missing one? <Link href="/ingest">Add an article</Link>.
        </li>
      </ul>
    </div>
  );
}

export function SearchSkeleton() {
  return (
    <div aria-busy="true" data-search-loading>
      <p className="sr-only">Searching…</p>
      <div className="skeleton" style={{ height: 36, width: 'min(100%, 520px)', marginBottom: 16 }} />
      <div className="skeleton" style={{ height: 18, width: 220, marginBottom: 20 }} />
      {[0, 1, 2].map((i) => (
        <div key={i} className="skeleton" style={{ height: 112, marginBottom: 12 }} />
      ))}
    </div>
  );
}

/** A search the server refused (a 400 says why) or could not run, shown in place of its results. */
export function SearchBoundary({ children, resetKey }: { children: ReactNode; resetKey: string }) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <Boundary onReset={reset} resetKey={resetKey}>
      {children}
    </Boundary>
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** Another search: whatever went wrong with the last one is forgotten. */
  resetKey: string;
  onReset(): void;
}

class Boundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  state = { error: null as unknown, key: this.props.resetKey };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }
  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const refused = error instanceof TRPCClientError && error.data?.httpStatus === 400;
    const retry = () => {
      this.props.onReset();
      this.setState({ error: null });
    };
    return (
      <div className="notice search-refused" role="alert" data-search-error>
        <h2>{refused ? 'Tally cannot run this search' : 'The search could not be run'}</h2>
        <p>{error instanceof TRPCClientError ? error.message : 'Tally could not be reached.'}</p>
        {!refused && (
          <button type="button" className="btn" onClick={retry}>
            Try again
          </button>
        )}
      </div>
    );
  }
}
