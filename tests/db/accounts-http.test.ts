import { beforeAll, describe, expect, it } from 'vitest';
import { routeHarness } from './route-harness';

/*
 * Named people through the real route handlers: sign in and out, CSRF on every write a session
 * makes, roles, personal tokens, TALLY_ADMIN_TOKEN as before, and who made each change.
 */

const h = routeHarness('accounts-http');
type Handler = (req: Request) => Promise<Response>;
let login: Handler;
let logout: Handler;
let trpcGet: Handler;
let db: import('@/server/db/client').Db;
const ORIGIN = 'http://127.0.0.1:3000';
const PAGE = { origin: ORIGIN, 'sec-fetch-site': 'same-origin', host: '127.0.0.1:3000' };

beforeAll(async () => {
  login = (await import('@/app/api/auth/login/route')).POST;
  logout = (await import('@/app/api/auth/logout/route')).POST;
  trpcGet = (await import('@/app/api/trpc/[trpc]/route')).GET as Handler;
  db = await (await import('@/server/db')).getDb();
  const { addUser, setPassword } = await import('@/server/db/accounts');
  await setPassword(db, 'admin', 'the first admin password');
  await addUser(db, { name: 'Rita', role: 'reviewer', password: 'rita reviews figures' });
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...PAGE, ...headers }, body: JSON.stringify(body) });
const signIn = (name: string, password: string, headers: Record<string, string> = {}) => login(new Request(h.url('/api/auth/login'), json({ name, password }, headers)));

/** The two cookies a sign-in sets, as a browser would send them back, and the CSRF token. */
async function session(name: string, password: string) {
  const r = await signIn(name, password);
  expect(r.status).toBe(200);
  const set = r.headers.getSetCookie();
  const value = (n: string) => set.find((c) => c.startsWith(`${n}=`))!.split(';')[0].slice(n.length + 1);
  return { cookie: `tally_session=${value('tally_session')}; tally_csrf=${value('tally_csrf')}`, csrf: decodeURIComponent(value('tally_csrf')), set };
}
const mutate = (proc: string, input: unknown, headers: Record<string, string>) => h.trpc(new Request(h.url(`/api/trpc/${proc}`), json(input, headers)));
const query = (proc: string, headers: Record<string, string>) => trpcGet(new Request(h.url(`/api/trpc/${proc}`), { headers: { ...PAGE, ...headers } }));

async function openClaim(auth: Record<string, string>, text: string) {
  const r = await h.rest(new Request(h.url('/api/v1/sources'), json({ outlet: 'HTTP Courier', title: text.slice(0, 30), published: '2024-05-01', text }, auth)));
  expect(r.status).toBe(200);
  const body = (await r.json()) as { figures: { claimId: string | null; measureId: string | null }[] };
  return body.figures.find((f) => f.claimId)!;
}
const actorOf = async (claimId: string, action: string) =>
  (await db.query<{ actor: string | null; name: string | null }>('SELECT e.actor, u.name FROM claim_events e LEFT JOIN users u ON u.id = e.actor WHERE e.claim_id = $1 AND e.action = $2', [claimId, action]))[0];

describe('signing in', () => {
  it('refuses a wrong password and an unknown name alike, with no cookie', async () => {
    for (const [name, pw] of [['Rita', 'not her password'], ['Nobody', 'rita reviews figures']]) {
      const r = await signIn(name, pw);
      expect(r.status).toBe(401);
      expect(await r.json()).toMatchObject({ message: 'Wrong name or password.' });
      expect(r.headers.getSetCookie()).toEqual([]);
    }
  });

  it('sets an HttpOnly SameSite session cookie and a CSRF cookie, and answers who signed in', async () => {
    const r = await signIn('rita', 'rita reviews figures');
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ name: 'Rita', role: 'reviewer' });
    const [s, c] = r.headers.getSetCookie();
    expect(s).toMatch(/^tally_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; SameSite=Lax; HttpOnly$/);
    expect(c).toMatch(/^tally_csrf=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=\d+; SameSite=Strict$/);
    const secure = await login(new Request('https://tally.example/api/auth/login', json({ name: 'Rita', password: 'rita reviews figures' }, { origin: 'https://tally.example', host: 'tally.example' })));
    expect(secure.headers.getSetCookie().every((x) => x.endsWith('; Secure'))).toBe(true);
  });

  it('works as a plain form post, redirecting on; refuses another site’s form; says what is wrong with bad input', async () => {
    const form = (body: string, headers: Record<string, string> = PAGE) => login(new Request(h.url('/api/auth/login'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body }));
    const ok = await form('name=Rita&password=rita+reviews+figures&next=%2Freview');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/review');
    expect(ok.headers.getSetCookie()).toHaveLength(2);
    const away = await form('name=Rita&password=rita+reviews+figures&next=%2F%2Fevil.example');
    expect(away.headers.get('location')).toBe('/');
    const wrong = await form('name=Rita&password=nope&next=%2Freview');
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toBe('/login?error=wrong&next=%2Freview');
    expect((await form('name=Rita&password=rita+reviews+figures', { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await login(new Request(h.url('/api/auth/login'), { method: 'POST', headers: { ...PAGE, 'content-type': 'text/plain' }, body: 'x' }))).status).toBe(415);
    expect((await login(new Request(h.url('/api/auth/login'), json(['not', 'an object'])))).status).toBe(415);
    expect((await signIn('', '')).status).toBe(400);
  });

  it('is rate-limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn('Rita', `wrong ${i}`, { 'x-tally-client': '203.0.113.9' })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('writes from a signed-in page', () => {
  it('need the session’s CSRF token and a same-origin request (403 without), and record the person', async () => {
    const rita = await session('Rita', 'rita reviews figures');
    const fig = await openClaim({ authorization: `Bearer ${h.token}` }, 'About 300 ferries stayed in port, the union said on Monday.');
    const accept = (headers: Record<string, string>) => mutate('review.accept', { id: fig.claimId, reason: null }, { cookie: rita.cookie, ...headers });
    const missing = await accept({});
    expect(missing.status).toBe(403);
    expect(await missing.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/security token/) });
    expect((await accept({ 'x-tally-csrf': 'x'.repeat(43) })).status).toBe(403);
    expect((await accept({ 'x-tally-csrf': rita.csrf, 'sec-fetch-site': 'cross-site', origin: 'http://evil.example' })).status).toBe(403);
    expect((await accept({ 'x-tally-csrf': rita.csrf, origin: 'http://evil.example' })).status).toBe(403);
    expect(await actorOf(fig.claimId!, 'accepted')).toBeUndefined(); // nothing was written
    const ok = await accept({ 'x-tally-csrf': rita.csrf });
    expect(ok.status).toBe(200);
    expect(await actorOf(fig.claimId!, 'accepted')).toMatchObject({ name: 'Rita' });
    // Reads need no token: the page's queries go through as the person.
    const me = await query('account.me', { cookie: rita.cookie });
    expect(((await me.json()) as { result: { data: unknown } }).result.data).toEqual({ role: 'reviewer', name: 'Rita', via: 'session' });
    const hist = await trpcGet(new Request(h.url(`/api/trpc/review.history?input=${encodeURIComponent(JSON.stringify({ id: fig.measureId }))}`)));
    const events = ((await hist.json()) as { result: { data: { claimId: string; action: string; by: string }[] } }).result.data;
    expect(events.find((e) => e.claimId === fig.claimId && e.action === 'accepted')?.by).toBe('Rita');
  });

  it('a reviewer cannot manage people (403); an admin can', async () => {
    const rita = await session('Rita', 'rita reviews figures');
    const r = await mutate('account.addUser', { name: 'Mallory', role: 'admin' }, { cookie: rita.cookie, 'x-tally-csrf': rita.csrf });
    expect(r.status).toBe(403);
    expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/needs an admin; Rita is a reviewer/);
    const admin = await session('admin', 'the first admin password');
    const made = await mutate('account.addUser', { name: 'Nadia', role: 'reviewer' }, { cookie: admin.cookie, 'x-tally-csrf': admin.csrf });
    expect(made.status).toBe(200);
    const bad = await mutate('account.setRole', { name: 'Nadia', role: 'owner' }, { cookie: admin.cookie, 'x-tally-csrf': admin.csrf });
    expect(bad.status).toBe(400);
  });

  it('sign out needs the CSRF token too, and ends the session', async () => {
    const rita = await session('Rita', 'rita reviews figures');
    const out = (headers: Record<string, string>) => logout(new Request(h.url('/api/auth/logout'), json({}, { cookie: rita.cookie, ...headers })));
    expect((await out({})).status).toBe(403);
    const ok = await out({ 'x-tally-csrf': rita.csrf });
    expect(ok.status).toBe(200);
    expect(ok.headers.getSetCookie().every((c) => /Max-Age=0/.test(c))).toBe(true);
    const me = await query('account.me', { cookie: rita.cookie });
    expect(((await me.json()) as { result: { data: { role: string } } }).result.data.role).toBe('reader');
    // An ended session's cookie is nobody's: a write with it is a reader's, refused as unauthenticated.
    expect((await mutate('review.accept', { id: 'x', reason: null }, { cookie: rita.cookie, 'x-tally-csrf': rita.csrf })).status).toBe(401);
  });
});

describe('tokens', () => {
  it('a personal token writes over HTTP as its person, with no CSRF; revoked, it is refused', async () => {
    const rita = await session('Rita', 'rita reviews figures');
    const made = await mutate('account.createToken', { label: 'script' }, { cookie: rita.cookie, 'x-tally-csrf': rita.csrf });
    const { token, view } = ((await made.json()) as { result: { data: { token: string; view: { id: string } } } }).result.data;
    const fig = await openClaim({ authorization: `Bearer ${token}`, origin: 'http://elsewhere.example' }, 'Officials said 1,200 passengers were stranded at the port on Tuesday.');
    const me = await h.rest(new Request(h.url('/api/v1/me'), { headers: { authorization: `Bearer ${token}` } }));
    expect(await me.json()).toEqual({ role: 'reviewer', name: 'Rita', via: 'token' });
    const r = await mutate('review.reject', { id: fig.claimId, reason: 'a duplicate of the wire copy' }, { authorization: `Bearer ${token}`, origin: 'http://elsewhere.example', 'sec-fetch-site': 'cross-site' });
    expect(r.status).toBe(200);
    expect(await actorOf(fig.claimId!, 'rejected')).toMatchObject({ name: 'Rita' });
    await mutate('account.revokeToken', { id: view.id }, { cookie: rita.cookie, 'x-tally-csrf': rita.csrf });
    const after = await h.rest(new Request(h.url('/api/v1/sources'), json({ outlet: 'X', title: 'Y', text: 'Some 40 ferries were idle.' }, { authorization: `Bearer ${token}` })));
    expect(after.status).toBe(401);
  });

  it('TALLY_ADMIN_TOKEN still writes, and its changes read "admin token"', async () => {
    const fig = await openClaim({ authorization: `Bearer ${h.token}` }, 'The strike had cost operators about €4 million by Wednesday, the chamber said.');
    const r = await mutate('review.accept', { id: fig.claimId, reason: 'checked' }, { authorization: `Bearer ${h.token}` });
    expect(r.status).toBe(200);
    expect(await actorOf(fig.claimId!, 'accepted')).toMatchObject({ actor: 'token:admin', name: null });
    const me = await h.rest(new Request(h.url('/api/v1/me'), { headers: { authorization: `Bearer ${h.token}` } }));
    expect(await me.json()).toEqual({ role: 'admin', name: null, via: 'admin-token' });
  });
});
