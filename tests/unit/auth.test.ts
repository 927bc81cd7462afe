import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { isSecureRequest, readCookie, sessionCookies } from '@/server/auth/cookies';
import { csrfProblem } from '@/server/auth/csrf';
import { looksPersonal, newPersonalToken, sameSecret } from '@/server/auth/secrets';
import { bearerToken } from '@/server/auth/principal';
import { actorLabel, atLeast, safeNext, UserName } from '@/server/domain/accounts';

describe('passwords', () => {
  it('are scrypt hashes with their own salt and parameters, and match only themselves', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b); // a salt of its own
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse battery', b)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('are checked with the parameters stored with them, and a malformed or absurd hash matches nothing', async () => {
    const stored = await hashPassword('pässwörd-ünïcode');
    // The same password in decomposed form is the same password (NFC).
    expect(await verifyPassword('pässwörd-ünïcode'.normalize('NFD'), stored)).toBe(true);
    const [, , r, p, salt, key] = stored.split('$');
    expect(await verifyPassword('pässwörd-ünïcode', ['scrypt', 16384, r, p, salt, key].join('$'))).toBe(false);
    for (const bad of ['', 'plain', 'scrypt$3$8$1$abc$def', 'scrypt$4294967296$8$1$abc$def', stored.replace('scrypt', 'bcrypt')]) {
      expect(await verifyPassword('pässwörd-ünïcode', bad)).toBe(false);
    }
  });
});

describe('cookies', () => {
  it('carry the session HttpOnly and SameSite=Lax, the CSRF token readable and Strict, on Path=/', () => {
    const [session, csrf] = sessionCookies({ token: 'tok', csrf: 'c' }, false);
    expect(session).toMatch(/^tally_session=tok; /);
    for (const part of ['Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=2592000']) expect(session.split('; ')).toContain(part);
    expect(session).not.toContain('Secure');
    expect(csrf.split('; ')).toEqual(expect.arrayContaining(['Path=/', 'SameSite=Strict']));
    expect(csrf).not.toContain('HttpOnly');
  });

  it('are Secure over https, and cleared with Max-Age=0', () => {
    const [session, csrf] = sessionCookies({ token: 'tok', csrf: 'c' }, true);
    expect(session.split('; ')).toContain('Secure');
    expect(csrf.split('; ')).toContain('Secure');
    for (const c of sessionCookies(null, false)) expect(c).toMatch(/=; Path=\/; Max-Age=0; .*Expires=Thu, 01 Jan 1970/);
    expect(isSecureRequest('https://tally.example/api/auth/login', new Headers(), 'http://127.0.0.1:3000')).toBe(true);
    expect(isSecureRequest('http://127.0.0.1:3000/x', new Headers({ 'x-forwarded-proto': 'https' }), 'http://127.0.0.1:3000')).toBe(true);
    expect(isSecureRequest('http://127.0.0.1:3000/x', new Headers(), 'https://tally.example')).toBe(true);
    expect(isSecureRequest('http://127.0.0.1:3000/x', new Headers(), 'http://127.0.0.1:3000')).toBe(false);
  });

  it('are read by name, the first of a name, undecodable values ignored', () => {
    expect(readCookie('a=1; tally_session=abc; b=2', 'tally_session')).toBe('abc');
    expect(readCookie('xtally_session=no; tally_session=yes', 'tally_session')).toBe('yes');
    expect(readCookie('tally_session=%E0%A4%A', 'tally_session')).toBeNull();
    expect(readCookie(null, 'tally_session')).toBeNull();
    expect(readCookie('tally_session=', 'tally_session')).toBeNull();
  });
});

describe('CSRF', () => {
  const url = 'http://127.0.0.1:3000/api/trpc/review.accept';
  const req = (h: Record<string, string>) => ({ url, headers: new Headers({ host: '127.0.0.1:3000', ...h }) });
  const origins = ['https://tally.example'];

  it('passes a same-origin request with the session’s token', () => {
    expect(csrfProblem(req({ 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:3000', 'x-tally-csrf': 'secret' }), 'secret', origins)).toBeNull();
    expect(csrfProblem(req({ origin: 'https://tally.example', 'x-tally-csrf': 'secret' }), 'secret', origins)).toBeNull();
  });

  it('refuses a missing or wrong token, another site, another origin and the "null" origin', () => {
    expect(csrfProblem(req({ 'sec-fetch-site': 'same-origin' }), 'secret', origins)).toMatch(/security token/);
    expect(csrfProblem(req({ 'x-tally-csrf': 'secreT' }), 'secret', origins)).toMatch(/security token/);
    expect(csrfProblem(req({ 'x-tally-csrf': '' }), 'secret', origins)).toMatch(/security token/);
    expect(csrfProblem(req({ 'sec-fetch-site': 'cross-site', 'x-tally-csrf': 'secret' }), 'secret', origins)).toMatch(/another site/);
    expect(csrfProblem(req({ 'sec-fetch-site': 'same-site', 'x-tally-csrf': 'secret' }), 'secret', origins)).toMatch(/another site/);
    expect(csrfProblem(req({ origin: 'http://evil.example', 'x-tally-csrf': 'secret' }), 'secret', origins)).toMatch(/another origin/);
    expect(csrfProblem(req({ origin: 'null', 'x-tally-csrf': 'secret' }), 'secret', origins)).toMatch(/another origin/);
    expect(csrfProblem(req({ origin: 'http://127.0.0.1:3001', 'x-tally-csrf': 'secret' }), 'secret', origins)).toMatch(/another origin/);
  });
});

describe('tokens, names and roles', () => {
  it('personal tokens are recognisable and random; bearer tokens are read exactly', () => {
    const t = newPersonalToken();
    expect(looksPersonal(t)).toBe(true);
    expect(looksPersonal(t.slice(0, -1))).toBe(false);
    expect(newPersonalToken()).not.toBe(t);
    expect(bearerToken(`Bearer ${t}`)).toBe(t);
    expect(bearerToken(`Bearer\t${t} `)).toBe(t);
    expect(bearerToken(t)).toBeNull();
    expect(bearerToken(`Bearer ${t}\u00a0`)).toBeNull();
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });

  it('roles rank reader < reviewer < admin; an actor reads as a name, "admin token" or "unknown"', () => {
    expect(atLeast('admin', 'reviewer')).toBe(true);
    expect(atLeast('reviewer', 'admin')).toBe(false);
    expect(atLeast('reader', 'reviewer')).toBe(false);
    expect(actorLabel('u_1', 'Ana')).toBe('Ana');
    expect(actorLabel('token:admin', null)).toBe('admin token');
    expect(actorLabel(null, null)).toBe('unknown');
    expect(actorLabel('u_gone', null)).toBe('unknown');
  });

  it('a return path stays on this site; names are letters, digits and a little punctuation', () => {
    expect(safeNext('/review?x=1')).toBe('/review?x=1');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'review', '', null, '/\u0000x']) expect(safeNext(bad)).toBe('/');
    expect(UserName.parse('  Ana María O’Neil ')).toBe('Ana María O’Neil');
    expect(UserName.parse("  Ana María O'Neil ")).toBe("Ana María O'Neil");
    expect(UserName.safeParse('<script>').success).toBe(false);
    expect(UserName.safeParse('a').success).toBe(false);
  });
});
