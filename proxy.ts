import { NextResponse, type NextRequest } from 'next/server';

/**
 * Every page gets a script policy: only scripts carrying this response's nonce run (Next puts it
 * on its own scripts; 'strict-dynamic' lets those load the chunks they need), so markup smuggled
 * into a stored title or quote could not run and read the admin token kept in localStorage.
 * Styles stay 'unsafe-inline': charts set style attributes, and a style cannot read storage.
 * Embeds and the API set their own headers (server/embed/http.ts): for them only the path is checked.
 */
export function proxy(request: NextRequest) {
  // A path whose % escapes do not decode names nothing: a 400 that says so, not a crash later.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad request: the address has a malformed % escape.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const { pathname } = request.nextUrl;
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
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    // Prefetches too: a malformed path must be refused whatever headers come with it.
    '/((?!_next/static|_next/image|favicon\\.ico|icon|robots\\.txt).*)',
  ],
};
