import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { fetchPage, type FetchLimits } from '@/server/fetch/http';
import { fetchArticle } from '@/server/fetch';
import { FetchError, type FetchProblem } from '@/server/domain/errors';
import { startPageServer, type PageServer } from '../fixtures/page-server';

/* The fetcher against real sockets: the fixture pages served on 127.0.0.1, and each way a fetch must be refused. */

let srv: PageServer;
beforeAll(async () => {
  srv = await startPageServer();
});
afterAll(async () => srv?.close());

// Names a test stands in for DNS: a public-looking name that points inside, and an intranet host.
const names: Record<string, string> = { 'news.example': '127.0.0.1', 'rebind.example': '127.0.0.1', 'intranet.example': '10.0.0.5' };
const resolve = async (host: string): Promise<LookupAddress[]> => {
  const ip = names[host];
  if (!ip) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return [{ address: ip, family: 4 }];
};
const limits = (over: Partial<FetchLimits> = {}): FetchLimits => ({ allow: ['127.0.0.1'], timeoutMs: 800, maxBytes: 2_000_000, maxRedirects: 5, resolve, ...over });
const at = (p: string) => `${srv.url}${p}`;

async function refusal(url: string, over: Partial<FetchLimits> = {}): Promise<{ kind: FetchProblem; message: string }> {
  try {
    await fetchPage(new URL(url), limits(over));
  } catch (e) {
    if (e instanceof FetchError) return { kind: e.kind, message: e.message };
    throw e;
  }
  throw new Error(`${url} was fetched`);
}

describe('fetchPage', () => {
  it('reads a page, following a short link and a chain of redirects, gzip and a legacy charset', async () => {
    const direct = await fetchPage(new URL(at('/news/harbour-fire.html')), limits());
    expect(direct.html).toContain('Harbour Gazette');
    const short = await fetchPage(new URL(at('/short')), limits());
    expect(short.url).toBe(at('/news/harbour-fire.html'));
    expect((await fetchPage(new URL(at('/chain?n=4')), limits())).url).toBe(at('/news/harbour-fire.html'));
    expect((await fetchPage(new URL(at('/gz/ferry')), limits())).html).toContain('£400,000 a day');
    expect((await fetchPage(new URL(at('/latin1')), limits())).html).toContain('£400,000 a day');
  });

  it('refuses loopback and private addresses unless TALLY_FETCH_ALLOW names them, by literal or by name', async () => {
    const loop = await refusal(at('/news/harbour-fire.html'), { allow: [] });
    expect(loop).toMatchObject({ kind: 'refused', message: expect.stringMatching(/127\.0\.0\.1 is a private, loopback/) });
    const named = await refusal(`http://rebind.example:${srv.port}/news/harbour-fire.html`, { allow: [] });
    expect(named.message).toMatch(/rebind\.example \(which resolves to 127\.0\.0\.1\)/);
    expect((await refusal(`http://[::1]:${srv.port}/`, { allow: [] })).kind).toBe('refused');
    expect((await refusal(`http://2130706433:${srv.port}/`, { allow: [] })).message).toMatch(/127\.0\.0\.1/); // 127.0.0.1 spelt as one number
    // Allowed by the name it resolves from, or by its address.
    expect((await fetchPage(new URL(`http://news.example:${srv.port}/news/ferry-strike.html`), limits({ allow: ['news.example'] }))).html).toContain('Channel Courier');
    expect((await fetchPage(new URL(`http://news.example:${srv.port}/news/ferry-strike.html`), limits())).html).toContain('Channel Courier');
    expect(srv.hits.get('/news/harbour-fire.html') ?? 0).toBeLessThan(10);
  });

  it('checks every redirect hop again: to a private literal, to a name that resolves inside, to another scheme', async () => {
    expect(await refusal(at('/to-private'))).toMatchObject({ kind: 'refused', message: expect.stringMatching(/127\.0\.0\.2/) });
    expect(await refusal(at('/to-intranet'))).toMatchObject({ kind: 'refused', message: expect.stringMatching(/intranet\.example \(which resolves to 10\.0\.0\.5\)/) });
    expect(await refusal(at('/to-ftp'))).toMatchObject({ kind: 'refused', message: expect.stringMatching(/ftp links are not fetched/) });
  });

  it('bounds redirects: a loop, and a chain longer than the limit', async () => {
    expect(await refusal(at('/loop-a'))).toMatchObject({ kind: 'redirects', message: expect.stringMatching(/redirects in a loop/) });
    expect(await refusal(at('/chain?n=9'))).toMatchObject({ kind: 'redirects', message: expect.stringMatching(/more than 5 times/) });
  });

  it('bounds size: declared, streamed, and a small gzip that inflates past the limit', async () => {
    for (const p of ['/big-declared', '/big-streamed', '/gzip-bomb']) {
      expect(await refusal(at(p)), p).toMatchObject({ kind: 'too-large', message: expect.stringMatching(/over 2\.0 MB/) });
    }
  });

  it('bounds time: a server that never answers, one that sends the page too slowly', async () => {
    for (const p of ['/never', '/slow-body']) {
      const t0 = Date.now();
      expect(await refusal(at(p)), p).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/did not send the page within 0\.8 s/) });
      expect(Date.now() - t0).toBeLessThan(3000);
    }
  });

  it('refuses what is not an HTML page, an error status, and a host that is not there', async () => {
    expect(await refusal(at('/pdf'))).toMatchObject({ kind: 'not-html', message: expect.stringMatching(/application\/pdf/) });
    expect(await refusal(at('/json'))).toMatchObject({ kind: 'not-html' });
    expect(await refusal(at('/untyped-binary'))).toMatchObject({ kind: 'not-html' });
    expect(await refusal(at('/gone'))).toMatchObject({ kind: 'upstream', message: expect.stringMatching(/answered 404/) });
    expect(await refusal(`http://nowhere.example:${srv.port}/`)).toMatchObject({ kind: 'no-such-host', message: expect.stringMatching(/no such host: nowhere\.example/) });
    const closed = await import('../browser/server').then((m) => m.freePort());
    expect(await refusal(`http://127.0.0.1:${closed}/`)).toMatchObject({ kind: 'unreachable', message: expect.stringMatching(/refused the connection/) });
  });
});

describe('fetchArticle', () => {
  it('fetches and reads an article: outlet, title, date and text', async () => {
    const a = await fetchArticle(at('/short'), limits());
    expect(a).toMatchObject({ url: at('/news/harbour-fire.html'), outlet: 'Harbour Gazette', published: '2024-02-18' });
    expect(a.text).toMatch(/^Crews fighting the fire/);
  });

  it('says so when a URL is not one, or a page holds no article', async () => {
    await expect(fetchArticle('not a link', limits())).rejects.toThrow(/absolute http\(s\) URL/);
    await expect(fetchArticle('javascript:alert(1)', limits())).rejects.toThrow(/absolute http\(s\) URL/);
    await expect(fetchArticle(at('/news/section-index.html'), limits())).rejects.toMatchObject({ kind: 'no-article' });
  });
});
