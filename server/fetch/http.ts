import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import net from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { FetchError } from '../domain/errors';
import { addressRefusal, bareHost } from './address';
import { decodeHtml } from './charset';

export interface FetchLimits {
  /** Hosts or addresses allowed although private (TALLY_FETCH_ALLOW). */
  allow: readonly string[];
  /** For the whole chain of redirects, body included. */
  timeoutMs: number;
  /** Of the page once decompressed. */
  maxBytes: number;
  maxRedirects: number;
  /** Name resolution; the system's (dns.lookup) unless a test stands in its own names. */
  resolve?: (host: string) => Promise<dns.LookupAddress[]>;
}

const systemResolve = (host: string) => dns.promises.lookup(host, { all: true });

export interface FetchedPage {
  /** Where the page was read from, after redirects. */
  url: string;
  html: string;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/i;

/** Refused before connecting: another scheme, credentials in the URL, a literal private address. */
function checkTarget(url: URL, allow: readonly string[]): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('refused', `${url.protocol.replace(/:$/, '')} links are not fetched: Tally reads only http and https pages`);
  if (url.username || url.password) throw new FetchError('refused', 'the link carries a user name or password; Tally fetches only public pages');
  const host = bareHost(url.hostname);
  if (net.isIP(host)) {
    const why = addressRefusal(host, host, allow);
    if (why) throw new FetchError('refused', why);
  }
}

/** Name resolution that refuses a private answer at connect time, so a redirect or a changed DNS answer cannot slip past. */
function guardedLookup(limits: FetchLimits): net.LookupFunction {
  const resolve = limits.resolve ?? systemResolve;
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '', 0);
        for (const a of addresses) {
          const why = addressRefusal(hostname, a.address, limits.allow);
          if (why) return callback(new FetchError('refused', why), '', 0);
        }
        const usable = options.family ? addresses.filter((a) => a.family === options.family) : addresses;
        if (usable.length === 0) return callback(Object.assign(new Error('no address of that family'), { code: 'ENOTFOUND' }), '', 0);
        if (options.all) return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, usable);
        callback(null, usable[0].address, usable[0].family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

/** A network failure in words a person can act on. */
function unreachable(url: URL, e: NodeJS.ErrnoException): FetchError {
  if (e instanceof FetchError) return e;
  const host = url.host;
  const why: Record<string, string> = {
    ENOTFOUND: `no such host: ${url.hostname} (check the link)`,
    EAI_AGAIN: `the name ${url.hostname} could not be looked up just now`,
    ECONNREFUSED: `${host} refused the connection`,
    ECONNRESET: `${host} closed the connection`,
    EHOSTUNREACH: `${host} cannot be reached from here`,
    ENETUNREACH: `${host} cannot be reached from here`,
  };
  if (e.code === 'ENOTFOUND') return new FetchError('no-such-host', why.ENOTFOUND);
  const tls = /CERT|SSL|TLS/i.test(e.code ?? '') ? `the secure connection to ${host} failed (${e.code})` : null;
  return new FetchError('unreachable', why[e.code ?? ''] ?? tls ?? `could not fetch from ${host}: ${e.code ?? e.message}`);
}

function decompress(res: http.IncomingMessage, url: URL): Readable {
  const enc = String(res.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  if (enc === 'identity' || enc === '') return res;
  const dec = enc === 'gzip' || enc === 'x-gzip' ? zlib.createGunzip() : enc === 'deflate' ? zlib.createInflate() : enc === 'br' ? zlib.createBrotliDecompress() : null;
  if (!dec) throw new FetchError('upstream', `${url.host} sent the page in an encoding Tally cannot read (Content-Encoding: ${enc.slice(0, 40)})`);
  res.on('error', (e) => dec.destroy(e));
  return res.pipe(dec);
}

type Answer = { redirect: string | null } | { page: Buffer; contentType: string };

/** One request: a redirect's Location, or the page's bytes once checked (status, type, size). */
function exchange(url: URL, limits: FetchLimits, deadline: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http;
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(e);
    };
    const req = lib.get(url, {
      lookup: guardedLookup(limits),
      headers: {
        'user-agent': 'Tally/0.1 (figures in the news; fetches one page a person asked for)',
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    const timer = setTimeout(() => fail(new FetchError('timeout', `${url.host} did not send the page within ${(limits.timeoutMs / 1000).toFixed(1)} s`)), Math.max(0, deadline - Date.now()));
    req.on('error', (e) => fail(unreachable(url, e)));
    req.on('response', async (res) => {
      try {
        const status = res.statusCode ?? 0;
        if (REDIRECT.has(status)) {
          res.resume();
          settled = true;
          clearTimeout(timer);
          req.destroy();
          return resolve({ redirect: typeof res.headers.location === 'string' ? res.headers.location : null });
        }
        if (status < 200 || status > 299) throw new FetchError('upstream', `${url.host} answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''} for ${url.pathname}`);
        const contentType = String(res.headers['content-type'] ?? '');
        const mime = contentType.split(';')[0].trim();
        if (mime && !HTML_TYPES.test(mime)) throw new FetchError('not-html', `the link is not a web page (Content-Type: ${mime.slice(0, 60)}); Tally reads HTML articles`);
        const length = Number(res.headers['content-length'] ?? 0);
        const tooBig = () => new FetchError('too-large', `the page is over ${(limits.maxBytes / 1e6).toFixed(1)} MB; Tally reads pages up to that size`);
        if (length > limits.maxBytes) throw tooBig();
        const chunks: Buffer[] = [];
        let total = 0;
        for await (const chunk of decompress(res, url)) {
          total += (chunk as Buffer).length;
          if (total > limits.maxBytes) throw tooBig();
          chunks.push(chunk as Buffer);
        }
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ page: Buffer.concat(chunks), contentType });
      } catch (e) {
        fail(e instanceof FetchError ? e : unreachable(url, e as NodeJS.ErrnoException));
      }
    });
  });
}

/**
 * A page as a person's browser would get it, within bounds: http(s) only, no private address
 * (checked again on every hop, when connecting), at most `maxRedirects` redirects and none back
 * to a page already visited, one deadline for the whole chain, and `maxBytes` once decompressed.
 */
export async function fetchPage(start: URL, limits: FetchLimits): Promise<FetchedPage> {
  const deadline = Date.now() + limits.timeoutMs;
  const seen = new Set<string>();
  let url = start;
  for (let hop = 0; ; hop++) {
    checkTarget(url, limits.allow);
    seen.add(url.href);
    const answer = await exchange(url, limits, deadline);
    if ('page' in answer) {
      const html = decodeHtml(answer.page, answer.contentType);
      if (!answer.contentType && !/<(!doctype html|html|head|body|p|article)\b/i.test(html.slice(0, 4096))) {
        throw new FetchError('not-html', 'the link did not send a web page (no Content-Type, and no HTML in it); Tally reads HTML articles');
      }
      return { url: url.href, html };
    }
    if (!answer.redirect) throw new FetchError('upstream', `${url.host} redirected without saying where to`);
    let next: URL;
    try {
      next = new URL(answer.redirect, url);
    } catch {
      throw new FetchError('upstream', `${url.host} redirected to an address that is not a URL`);
    }
    next.hash = '';
    if (seen.has(next.href)) throw new FetchError('redirects', `the page redirects in a loop (${url.href} → ${next.href}); nothing to read`);
    if (hop >= limits.maxRedirects) throw new FetchError('redirects', `the page redirected more than ${limits.maxRedirects} times; Tally stops there`);
    url = next;
  }
}
