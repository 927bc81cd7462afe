'use client';
import Link from 'next/link';
import Form from 'next/form';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/', label: 'Dashboard' },
  { href: '/topics', label: 'Stories' },
  { href: '/measures', label: 'Measures' },
  { href: '/flags', label: 'Flags' },
  { href: '/sources', label: 'Sources' },
  { href: '/ingest', label: 'Add article' },
  { href: '/review', label: 'Review' },
];

export function Nav() {
  const path = usePathname();
  return (
    <>
      <nav className="nav" aria-label="Main">
        {LINKS.map((l) => {
          const current = l.href === '/' ? path === '/' : path.startsWith(l.href);
          return (
            <Link key={l.href} href={l.href} aria-current={current ? 'page' : undefined}>
              {l.label}
            </Link>
          );
        })}
      </nav>
      {/* The search page has its own, larger box: two boxes doing one thing on one page would confuse. */}
      {path !== '/search' && <SiteSearch />}
    </>
  );
}

/** A GET form to /search?q=…: without JavaScript it is a plain form, with it a client navigation. */
function SiteSearch() {
  return (
    <Form action="/search" className="site-search" role="search" aria-label="Search Tally">
      <label htmlFor="site-search-q" className="sr-only">
        Search figures, measures, topics and sources
      </label>
      <input id="site-search-q" name="q" type="search" placeholder="Search…" maxLength={200} enterKeyHint="search" autoComplete="off" />
      <button type="submit" className="site-search__go">
        Search
      </button>
    </Form>
  );
}
