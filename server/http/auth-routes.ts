import { getDb } from '../db';
import { publicOrigin } from '../env';
import { findUserByName } from '../db/accounts';
import { createSession, endSession, findSession } from '../db/sessions';
import { decoyHash, verifyPassword } from '../auth/password';
import { CSRF_HEADER, isSecureRequest, readCookie, SESSION_COOKIE, sessionCookies } from '../auth/cookies';
import { csrfProblem } from '../auth/csrf';
import { LoginInput, safeNext } from '../domain/accounts';
import { clientOf, take } from './rate-limit';
import { malformedPath, problem } from './guard';

/**
 * Signing in and out (POST /api/auth/login, /api/auth/logout). Both take JSON from the page's
 * script or a plain form post (the login page works without JavaScript): JSON is answered in
 * JSON, a form with a 303 back to a page.
 */

const MAX_FORM_BYTES = 8192;
const WRONG = 'Wrong name or password.';

type Body = { form: boolean; fields: Record<string, string> } | null;

async function readFields(req: Request): Promise<Body> {
  const type = req.headers.get('content-type') ?? '';
  const form = /application\/x-www-form-urlencoded/i.test(type);
  if (!form && !/application\/json/i.test(type)) return null;
  const text = await req.text().catch(() => null);
  if (text === null || text.length > MAX_FORM_BYTES) return null;
  if (form) return { form, fields: Object.fromEntries(new URLSearchParams(text)) };
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
    return { form, fields: Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) as Record<string, string> };
  } catch {
    return null;
  }
}

/** A sign-in form posted from another site would sign the victim into the attacker's account. */
function crossSite(req: Request): boolean {
  const site = req.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return true;
  const origin = req.headers.get('origin');
  if (origin === null) return false;
  const host = req.headers.get('host');
  try {
    const o = new URL(origin);
    return !((host && o.host === host.toLowerCase()) || o.origin === new URL(req.url).origin || o.origin === publicOrigin());
  } catch {
    return true;
  }
}

function redirect(to: string, cookies: string[] = []): Response {
  const headers = new Headers({ location: to, 'cache-control': 'no-store' });
  for (const c of cookies) headers.append('set-cookie', c);
  return new Response(null, { status: 303, headers });
}

function json(status: number, body: unknown, cookies: string[] = [], extra: Record<string, string> = {}): Response {
  const headers = new Headers({ 'content-type': 'application/json', 'cache-control': 'no-store', ...extra });
  for (const c of cookies) headers.append('set-cookie', c);
  return new Response(JSON.stringify(body), { status, headers });
}

export async function login(req: Request): Promise<Response> {
  return unavailableOnError(() => signIn(req));
}

export async function logout(req: Request): Promise<Response> {
  return unavailableOnError(() => signOut(req));
}

/** A database that does not answer is a 503 that says so, never a 500. */
async function unavailableOnError(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    console.error('[tally] sign-in or sign-out failed:', (e as Error).message);
    return problem(503, 'SERVICE_UNAVAILABLE', 'Tally cannot reach its database just now; try again shortly.', { 'Retry-After': '5' });
  }
}

async function signIn(req: Request): Promise<Response> {
  const bad = malformedPath(req.url);
  if (bad) return bad;
  if (crossSite(req)) return problem(403, 'FORBIDDEN', 'Sign in from Tally’s own sign-in page.');
  const body = await readFields(req);
  if (!body) return problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send name and password as JSON (Content-Type: application/json) or as a form, at most 8 KB.');
  const back = (error: string) => `/login?error=${error}${body.fields.next ? `&next=${encodeURIComponent(safeNext(body.fields.next))}` : ''}`;
  const wait = take('login', clientOf(req.headers));
  if (wait !== null) {
    return body.form ? redirect(back('limit')) : problem(429, 'TOO_MANY_REQUESTS', `Too many sign-in attempts from this address; try again in ${wait} s.`, { 'Retry-After': String(wait) });
  }
  const input = LoginInput.safeParse(body.fields);
  if (!input.success) return body.form ? redirect(back('missing')) : problem(400, 'BAD_REQUEST', input.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const db = await getDb();
  const user = await findUserByName(db, input.data.name);
  // An unknown name costs a hash too, and gets the same answer: nothing says who has an account.
  const ok = await verifyPassword(input.data.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok) return body.form ? redirect(back('wrong')) : problem(401, 'UNAUTHORIZED', WRONG);
  const session = await createSession(db, user.id);
  const cookies = sessionCookies(session, isSecureRequest(req.url, req.headers, publicOrigin()));
  if (body.form) return redirect(safeNext(input.data.next), cookies);
  return json(200, { name: user.name, role: user.role, next: safeNext(input.data.next) }, cookies);
}

/**
 * Ends this browser's session. A session cookie must come with its CSRF token (header, or the
 * form's `csrf` field), so another site cannot sign a reader out.
 */
async function signOut(req: Request): Promise<Response> {
  const bad = malformedPath(req.url);
  if (bad) return bad;
  const token = readCookie(req.headers.get('cookie'), SESSION_COOKIE);
  const secure = isSecureRequest(req.url, req.headers, publicOrigin());
  const form = /application\/x-www-form-urlencoded/i.test(req.headers.get('content-type') ?? '');
  if (token) {
    const db = await getDb();
    const session = await findSession(db, token);
    if (session) {
      const fields = form ? await readFields(req) : null;
      const headers = new Headers(req.headers);
      if (!headers.has(CSRF_HEADER) && fields?.fields.csrf) headers.set(CSRF_HEADER, fields.fields.csrf);
      const why = csrfProblem({ url: req.url, headers }, session.csrf, [publicOrigin()]);
      if (why) return problem(403, 'FORBIDDEN', why);
      await endSession(db, token);
    }
  }
  const cookies = sessionCookies(null, secure);
  return form ? redirect('/', cookies) : json(200, { signedOut: true }, cookies);
}
