'use client';
import Link from 'next/link';
import { Suspense, useState, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { formatDate } from '@/server/domain/dates';
import { FILTER_KEYS, SEARCH_KEYS, searchHref, searchState, type SearchKey, type SearchParams } from '@/app/search/params';
import { FLAG_LABEL, FlagKindOptions } from './FlagList';
import { FollowSearch, SearchBoundary, SearchLink, SearchResults, SearchSkeleton } from './SearchResults';

type FilterKey = (typeof FILTER_KEYS)[number];

/** "From 1 May 2023", "Outlet: Press Association": one active filter, as a reader says it. */
export function filterLabel(k: FilterKey, v: string): string {
  const date = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? formatDate(s) : s);
  if (k === 'from') return `From ${date(v)}`;
  if (k === 'to') return `To ${date(v)}`;
  if (k === 'kind') return `Flag: ${(FLAG_LABEL as Record<string, string>)[v] ?? v}`;
  return `${k === 'outlet' ? 'Outlet' : 'Speaker'}: ${v}`;
}

/** The search page: the form, then whatever its URL asks for (nothing yet, a refusal, or results). */
export function SearchView({ params }: { params: SearchParams }) {
  const state = searchState(params);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const issues = state.status === 'invalid' ? state.issues : [];
  const follow = (href: string, scroll = true) => startTransition(() => router.push(href, { scroll }));
  // A new search (words or filters) mounts a new boundary, so its skeleton shows at once; another
  // tab of the same search keeps the tabs in place (and the keyboard on the tab) while it loads.
  const search = searchHref({ ...params, type: undefined });
  return (
    <FollowSearch.Provider value={follow}>
      <div className="search" data-search-pending={pending || undefined}>
        <p className="eyebrow">Search</p>
        <h1>Search the figures</h1>
        <SearchForm params={params} issues={issues} onSearch={(next) => follow(searchHref(next))} />
        <FilterChips params={params} />
        <section className="search-results" aria-label="Results" aria-busy={pending || undefined}>
          {state.status === 'idle' && <SearchIntro />}
          {state.status === 'invalid' && <SearchRefused issues={issues} />}
          {state.status === 'ready' && (
            <SearchBoundary key={search} resetKey={searchHref(params)}>
              <Suspense fallback={<SearchSkeleton />}>
                <SearchResults input={state.input} params={params} />
              </Suspense>
            </SearchBoundary>
          )}
        </section>
      </div>
    </FollowSearch.Provider>
  );
}

interface FormProps {
  params: SearchParams;
  issues: { field: string; message: string }[];
  onSearch(p: SearchParams): void;
}

/**
 * One box and its filters. A plain GET form, so it works before (or without) JavaScript; with it,
 * the URL is built without the empty fields and the page follows it.
 */
function SearchForm({ params, issues, onSearch }: FormProps) {
  const key = searchHref(params);
  const [fields, setFields] = useState<SearchParams>(params);
  const [shown, setShown] = useState(key);
  // Back, forward or a chip changed the URL: the form shows what the URL now says.
  if (shown !== key) {
    setShown(key);
    setFields(params);
  }
  const set = (k: SearchKey) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [k]: e.target.value }));
  const errorFor = (k: SearchKey) => issues.find((i) => i.field === k)?.message;
  const activeFilters = FILTER_KEYS.filter((k) => params[k]).length;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const next: SearchParams = {};
    for (const k of SEARCH_KEYS) {
      const v = fields[k]?.trim();
      if (v) next[k] = v;
    }
    onSearch(next);
  }

  const field = (k: 'from' | 'to' | 'outlet' | 'speaker', label: string, type: 'date' | 'text', hint?: string) => {
    const error = errorFor(k);
    const described = [hint && `search-${k}-hint`, error && `search-${k}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={`search-${k}`}>{label}</label>
        <input id={`search-${k}`} name={k} type={type} value={fields[k] ?? ''} onChange={set(k)} aria-invalid={error ? true : undefined} aria-describedby={described} autoComplete="off" />
        {hint && (
          <p className="hint small muted" id={`search-${k}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="field-error" id={`search-${k}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="search-form no-print" role="search" action="/search" method="get" onSubmit={submit} aria-label="Search Tally">
      <div className="search-form__main">
        <label htmlFor="search-q" className="sr-only">
          Words to search for
        </label>
        <input
          id="search-q"
          className="search-form__q"
          name="q"
          type="search"
          value={fields.q ?? ''}
          onChange={set('q')}
          placeholder="drones, Kirby, 6,000…"
          aria-invalid={errorFor('q') ? true : undefined}
          enterKeyHint="search"
          maxLength={200}
        />
        <button type="submit" className="btn btn--primary">
          Search
        </button>
      </div>
      {/* The tab a person is on stays on when the words or filters change. */}
      {fields.type && <input type="hidden" name="type" value={fields.type} />}
      {/* Closed unless a filter needs fixing: the chips below say which filters are on, and on a phone the open fields fill the screen. */}
      <details className="search-filters" open={issues.some((i) => (FILTER_KEYS as readonly string[]).includes(i.field)) || undefined}>
        <summary>
          Filters{activeFilters > 0 && <span className="search-filters__count"> · {activeFilters} on</span>}
        </summary>
        <div className="search-filters__grid">
          {field('from', 'From', 'date')}
          {field('to', 'To', 'date')}
          {field('outlet', 'Outlet', 'text', 'Whole words, e.g. Press Association')}
          {field('speaker', 'Speaker', 'text', 'A name, role or organisation')}
          <div className="field">
            <label htmlFor="search-kind">Flag kind</label>
            <select id="search-kind" name="kind" value={fields.kind ?? ''} onChange={set('kind')} aria-invalid={errorFor('kind') ? true : undefined}>
              <FlagKindOptions any="Any" />
            </select>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="btn">
            Apply filters
          </button>
          {activeFilters > 0 && (
            <SearchLink href={searchHref({ q: params.q, type: params.type })} className="small">
              Clear filters
            </SearchLink>
          )}
        </div>
      </details>
    </form>
  );
}

/** The filters in force, each a link that takes it away; on paper, the line that says what was searched. */
function FilterChips({ params }: { params: SearchParams }) {
  const active = FILTER_KEYS.filter((k) => params[k]);
  if (active.length === 0) return null;
  return (
    <ul className="search-chips" aria-label="Filters in force">
      {active.map((k) => (
        <li key={k}>
          <SearchLink href={searchHref({ ...params, [k]: undefined })} className="search-chip" aria-label={`${filterLabel(k, params[k]!)}: remove this filter`}>
            {filterLabel(k, params[k]!)}
            <span aria-hidden="true" className="search-chip__x">
              ×
            </span>
          </SearchLink>
        </li>
      ))}
    </ul>
  );
}

function SearchIntro() {
  return (
    <div className="state search-state">
      <h2>Search every figure Tally holds</h2>
      <p>Type a few words — a thing counted, a person, an outlet, a phrase from a quote — or choose a date, outlet, speaker or flag kind.</p>
      <p className="small">
        For example: <Link href={searchHref({ q: 'drones' })}>drones</Link> · <Link href={searchHref({ q: 'Kirby' })}>Kirby</Link> ·{' '}
        <Link href={searchHref({ q: 'payment' })}>payment</Link> · <Link href={searchHref({ kind: 'conflict' })}>figures in conflict</Link>
      </p>
    </div>
  );
}

/** Input the search cannot take, in the words the API answers it with (same schema, same messages). */
function SearchRefused({ issues }: { issues: { field: string; message: string }[] }) {
  return (
    <div className="notice search-refused" role="alert" data-search-error>
      <h2>Tally cannot run this search</h2>
      <ul>
        {issues.map((i) => (
          <li key={`${i.field}:${i.message}`}>{i.message}</li>
        ))}
      </ul>
      <p className="small muted">Change the search above, or start again from the search box.</p>
    </div>
  );
}
