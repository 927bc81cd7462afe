import { NextResponse, type NextRequest } from 'next/server';

/**
 * Every page gets a script policy: only scripts carrying this response's nonce run (Next puts it
 * on its own scripts; 'strict-dynamic' lets those load the chunks they need), so markup smuggled
 * into a stored title or quote could not run and read the admin token kept in localStorage.
 * Styles stay 'unsafe-inline': charts set style attributes, and a style cannot read storage.
 * Embeds and the API set their own headers (server/embed/http.ts): for them only the path is checked.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A path whose % escapes do not decode names nothing: it is not found (never a crash later in
  // the router). The API says so in JSON; an embed shows its own frameable 404; a page the site's.
  const malformed = !decodes(pathname);
  if (malformed && /^\/api(?:\/|$)/.test(pathname)) return Response.json(MALFORMED_JSON, { status: 404 });
  if (malformed && /^\/embed(?:\/|$)/.test(pathname)) return NextResponse.rewrite(new URL('/embed', request.url));
  if (/^\/(?:api|embed)(?:\/|$)|^\/embed\.js$/.test(pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', policy);
  // No route has this path, so Next renders app/not-found.tsx with a 404, nonce and all.
  const response = malformed ? NextResponse.rewrite(new URL(NOWHERE, request.url), { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

const NOWHERE = '/_tally-malformed-address';
const MALFORMED_MESSAGE = 'Nothing at this address: it has a malformed % escape (each % must start two hex digits of UTF-8).';
/** `error` as the data routes word it; `message` and `code` as the procedures' errors do. */
const MALFORMED_JSON = { error: MALFORMED_MESSAGE, message: MALFORMED_MESSAGE, code: 'NOT_FOUND' };

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [
    // Prefetches too: a malformed path must be refused whatever headers come with it.
    '/((?!_next/static|_next/image|favicon\\.ico|icon|robots\\.txt).*)',
  ],
};
