import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { headers } from 'next/headers';
import { Nav } from './components/Nav';
import { ThemeToggle } from './components/ThemeToggle';
import { AccountMenu } from './components/account/AccountMenu';
import { currentPrincipal } from './components/account/current';
import { THEME_SCRIPT } from './components/theme';
import { PrintStamp } from './components/PrintStamp';
import { publicOrigin } from '@/server/env';
import './styles/base.css';
import './styles/dashboard.css';
import './styles/charts.css';
import './styles/source.css';
import './styles/forms.css';
import './styles/search.css';
import './styles/review.css';
import './styles/account.css';
import './styles/theme.css';
import './styles/print.css';

// Open Graph images and oEmbed links must be absolute: they are read by other sites.
export const metadata: Metadata = {
  metadataBase: new URL(publicOrigin()),
  title: { default: 'Tally — figures in the news, with their sources', template: '%s · Tally' },
  description: 'Every figure an article states, who said it, when, and where sources disagree.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, so each carries its own script nonce (proxy.ts): a page built
  // ahead of time would have none, and the browser would refuse its scripts.
  await connection();
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const who = await currentPrincipal();
  const user = who.user && who.role !== 'reader' ? { name: who.user.name, role: who.role } : null;
  return (
    // The head script sets data-theme on <html> before React sees it: not a hydration mismatch.
    <html lang="en-GB" suppressHydrationWarning>
      <head>
        {/* The reader's theme, applied before the first paint; it must carry the nonce (proxy.ts). */}
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <PrintStamp origin={publicOrigin()} where="head" />
        <a className="skip" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <a className="wordmark" href="/">
              Tally <small>figures in the news, with their sources</small>
            </a>
            <Nav />
            <ThemeToggle />
            <AccountMenu user={user} csrf={who.csrf ?? null} />
          </div>
        </header>
        {/* No tRPC provider here: the routes that call the API from the browser have it in their own
            layout (app/trpc/RouteProvider.tsx), so the dashboard loads none of its code. */}
        <main id="main">{children}</main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            Tally records what each source <em>says</em>; it does not decide which source is right. Flags are computed from
            the claims, never typed in. Data: <a href="/api/openapi.json">HTTP API (OpenAPI)</a>.
          </div>
        </footer>
        <PrintStamp origin={publicOrigin()} where="foot" />
      </body>
    </html>
  );
}
