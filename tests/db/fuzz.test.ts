/**
 * Fuzz: every tRPC procedure (anonymous and admin) and every HTTP route handler, called in process
 * over a fresh PGlite database, with inputs fast-check makes up. One rule holds for all of them:
 * nothing answers 500, and no error body shows internals (stack frames, file paths, ZodError,
 * "output validation", SQL). Reproducible: FUZZ_SEED picks the seed (printed with any failure),
 * FUZZ_RUNS scales every property (1 = the CI budget), and FUZZ_COLLECT=1 runs every case and
 * lists each distinct failure once, with its smallest input, instead of stopping at the first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { appRouter, createCaller } from '@/server/trpc/router';
import { isAdminRequest } from '@/server/trpc/context';
import { getDb, type Db } from '@/server/db';
import { adminToken } from '@/server/env';
import { FlagKind, MeasureKind } from '@/server/domain/schemas';
import { Qualifier } from '@/server/domain/value';
import * as apiV1 from '@/app/api/v1/[...path]/route';
import * as trpcRoute from '@/app/api/trpc/[trpc]/route';
import * as oembedRoute from '@/app/api/oembed/route';
import * as openapiRoute from '@/app/api/openapi.json/route';
import * as embedRoot from '@/app/embed/route';
import * as embedPath from '@/app/embed/[...path]/route';
import * as embedScript from '@/app/embed.js/route';
import * as measureCsv from '@/app/api/v1/measures/[id]/data.csv/route';
import * as measureJson from '@/app/api/v1/measures/[id]/data.json/route';
import * as topicCsv from '@/app/api/v1/topics/[id]/data.csv/route';
import * as topicJson from '@/app/api/v1/topics/[id]/data.json/route';

// Every server module reads the environment lazily, so this runs before the first read.
const DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-fuzz-'));
process.env.DATA_DIR = DATA_DIR;
process.env.DATABASE_URL = '';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20260501;
if (!Number.isSafeInteger(SEED)) throw new Error(`FUZZ_SEED must be an integer, not ${process.env.FUZZ_SEED}`);
const SCALE = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1;
const COLLECT = process.env.FUZZ_COLLECT === '1';
/** FUZZ_TRACE_FILE=path appends every call to that file before it runs, to find one that never returns. */
const TRACE_FILE = process.env.FUZZ_TRACE_FILE;
/** Slower than this, one call is a failure too: a request that hangs is as bad as one that breaks. */
const CALL_MS = 10_000;
/**
 * Slower than this, a call on a small input is a failure as well, measured when it returns (a
 * call that blocks the event loop stops the timeout's timer too). The huge inputs get CALL_MS.
 */
const SLOW_MS = 4_000;
let slowMs = SLOW_MS;
/** What one property may take at FUZZ_RUNS=1; a healthy run needs a fifth of it. */
const BUDGET_MS = 40_000;
/** vitest's own limit per test, past the budget and the shrinking after it. */
const TEST_MS = (BUDGET_MS + 40_000) * SCALE;
/**
 * The whole file's limit. A server that takes seconds of CPU per call (one bad write can make
 * every later read do so) would outlast every per-test limit, since a busy event loop fires no
 * timers; past this, no further call is made and the run fails, saying so.
 */
const DEADLINE = Date.now() + 180_000 * SCALE;
function pastDeadline(): boolean {
  if (Date.now() < DEADLINE) return false;
  fail('deadline', { where: 'the whole run', input: `${count.runs} runs, ${cases} calls made`, status: 'out of time', excerpt: `stopped after ${180 * SCALE} s: calls became too slow to finish the run (see the "slow" failures)` });
  return true;
}
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
const TOKEN = adminToken();

// ---------------------------------------------------------------------------------------------
// Failures: each distinct one kept once, with the smallest input that showed it.

interface Failure {
  where: string;
  input: string;
  status: string;
  excerpt: string;
}
const failures = new Map<string, Failure>();
let cases = 0;
/** fast-check runs, and of the HTTP ones those a handler of ours answered (not Next itself). */
const count = { runs: 0, sent: 0, unsendable: 0, answeredByNext: 0 };
/** FUZZ_STATS=1 prints how each procedure and route answered, to see which paths the inputs reach. */
const outcomes = new Map<string, number>();
const tally = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);

/** Quoted text and numbers vary between inputs that show the same fault; the signature drops them. */
const shape = (s: string) =>
  s
    .replace(/"[^"]*"|“[^”]*”|'[^']*'/g, '"…"')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .slice(0, 140);

function fail(signature: string, f: Failure): never | void {
  const prev = failures.get(signature);
  if (!prev || f.input.length < prev.input.length) failures.set(signature, f);
  if (!COLLECT) throw new Error(`${f.where} → ${f.status}: ${f.excerpt}\n  input: ${f.input.slice(0, 2000)}`);
}

/** What the server logged while one call ran: the cause of an internal error is only there. */
const logged: string[] = [];
const realError = console.error;
const realLog = console.log;
const describeError = (e: unknown): string => {
  if (e instanceof TRPCError && e.cause) return describeError(e.cause);
  if (e instanceof Error) {
    const issues = (e as { issues?: { path?: PropertyKey[]; message?: string }[] }).issues;
    if (Array.isArray(issues) && issues[0]) return `${e.name}: ${(issues[0].path ?? []).map(String).join('.')}: ${issues[0].message}`;
    return `${e.name}: ${e.message}`;
  }
  return String(e);
};

/** fast-check's printer, or plain JSON when a value nests deeper than its recursion goes. */
function repr(v: unknown): string {
  try {
    return fc.stringify(v);
  } catch {
    try {
      return `${String(JSON.stringify(v)).slice(0, 300)}… (nested too deep to print whole)`;
    } catch {
      return String(v);
    }
  }
}

async function timed<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout: ${what} took over ${CALL_MS} ms`)), CALL_MS);
  });
  try {
    return await Promise.race([p, limit]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Values: strings that have broken servers before, and the arbitraries built from them.

const SEED_IDS = {
  topics: ['iran-drones', 'iran-russia-arms', 'war-in-ukraine'],
  measures: ['drones-delivered', 'drones-agreed', 'war-duration', 'ballistic-missiles'],
  claims: ['pa-drones-delivered-more-than-400', 'na-drones-agreed-6000', 'na-payment-1-billion', 'na-war-9-5-months', 'pa-iran-denies-since-war'],
  sources: ['pa-russia-attack-drones-2023-05-15', 'northern-advocate-iran-drone-supply'],
};
const KNOWN_IDS = Object.values(SEED_IDS).flat();
const NASTY = [
  '', ' ', '%', '%ff', '%zz', '%00', '%2F', '%25', '%E2%82', '%c0%af', '..', '.', '\u0000', 'a\u0000b', '\ud800', '\udfff',
  'x\ud83d', '😀', 'é', 'e\u0301', '\u202e', '\ufeff', '\ufffd', '\u2028', '<script>alert(1)</script>', "'; drop table topics; --",
  '${x}', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '1e309', '-1e309', 'NaN', 'Infinity',
  '-0', '0x10', '9'.repeat(400), 'x'.repeat(201), 'null', 'undefined', '[]', '{}', '\\', '"', "'", '/', '?', '#', '&', '=', '+',
  '\n', '\r\n', '\t', 'drones-delivered\u0000', ' drones-delivered', 'DRONES-DELIVERED', 'topic', 'v', 'chart.png', 'info.json',
];
const nasty = fc.constantFrom(...NASTY);
const knownId = fc.constantFrom(...KNOWN_IDS);
const text = fc.oneof(
  { arbitrary: nasty, weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
  { arbitrary: fc.tuple(nasty, fc.string({ maxLength: 10 }), nasty).map((p) => p.join('')), weight: 1 },
);
const id = fc.oneof({ arbitrary: knownId, weight: 4 }, { arbitrary: text, weight: 3 });
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Infinity, -Infinity, NaN, -0, 0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, 1e21, -1e21),
);
const protoKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '0', '');
const key = fc.oneof(protoKey, fc.string({ maxLength: 8 }), fc.constantFrom('id', 'text', 'outlet', 'title', 'reason', 'into', 'value'));
const anything = fc.anything({
  key,
  maxDepth: 4,
  maxKeys: 6,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
  values: [text, number, fc.boolean(), fc.constant(null), fc.constant(undefined)],
});
const deep = fc.nat({ max: 3000 }).map((n) => {
  let v: unknown = 'leaf';
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { id: v };
  return v;
});
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });

// Article text: figures in every wording Tally reads, and the wordings that overflow a double.
const SEED_TEXTS = ['northern-advocate-iran-drone-supply', 'pa-russia-attack-drones-2023-05-15'].map((f) =>
  fs.readFileSync(new URL(`../../data/sources/${f}.txt`, import.meta.url), 'utf8'),
);
const FIGURES = [
  '400', '6,000', '1e309', '1E400', '-1e309', '1e308', '0x1F', '-0', 'NaN', 'Infinity', '9 1/2', '1/0', '0/0', 'nearly 15',
  'more than 400', 'at least 6,000', 'up to 6,000', 'about 400', '$1 billion', '$1e309 billion', '€140m', '£3.5bn', '¥1e400',
  '1,500 to 2,400', '1,500–2,400', '2,400 to 1,500', 'dozens', 'hundreds of thousands', 'billions of dollars', 'most of the 400',
  '9'.repeat(400), `1${'0'.repeat(330)}`, `1${'0'.repeat(45)}`, `$${'9'.repeat(42)}`, "a'5", "N'5", `0.${'0'.repeat(400)}1`, '12.5%', '1e309%', 'nearly nine months', '9 1/2 months',
  'nearly 15 months', '1e309 months', '-5 months', '31 February 2023', 'on 2023-13-45', 'in the year 275760', 'since 0000',
  'August 2022', '٣٠٠', '४००', '１２３', '½', '1,000,000,000,000,000,000,000,000', '0.0000000001', '10^400', '1.7976931348623157e308',
];
const WORDS = [
  'drones', 'Iran', 'Russia', 'said', 'the White House', 'told The Washington Post', 'killed', 'missing', 'delivered', 'agreed to supply',
  'since August', 'on Monday', 'officials', 'people', 'according to', 'John Kirby', 'percent', 'dollars', 'euros', 'of the war', 'denied',
  'reported', 'a spokesman said', '.', ',', '"', '\n\n', '—', '(', ')',
];
const article = fc.oneof(
  {
    arbitrary: fc
      .array(fc.oneof({ arbitrary: fc.constantFrom(...FIGURES), weight: 2 }, { arbitrary: fc.constantFrom(...WORDS), weight: 4 }, { arbitrary: text, weight: 1 }), {
        minLength: 1,
        maxLength: 40,
      })
      .map((parts) => parts.join(' ')),
    weight: 5,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...SEED_TEXTS), fc.nat(), fc.nat({ max: 1500 }), fc.constantFrom(...FIGURES))
      .map(([t, at, len, fig]) => {
        const start = at % t.length;
        return `${t.slice(start, start + len)} ${fig} drones. ${t.slice(0, 200)}`;
      }),
    weight: 2,
  },
  { arbitrary: text, weight: 1 },
);
const isoish = fc.oneof(fc.constantFrom('2023-05-15', '2023-02-29', '2024-02-29', '0000-01-01', '9999-12-31', '2023-13-45', '', '2023-05-15\u0000'), text);
const urlish = fc.oneof(
  fc.constantFrom('https://example.com/a', 'http://127.0.0.1/x?y=%ff', 'https://example.com/%ff', 'https://ex\u0000ample.com/', 'https://example.com/\u0000', 'javascript:alert(1)', ''),
  fc.webUrl(),
  text,
);
const qualifier = fc.oneof({ arbitrary: fc.constantFrom(...Qualifier.options), weight: 4 }, { arbitrary: text, weight: 1 });
const kind = fc.oneof({ arbitrary: fc.constantFrom(...MeasureKind.options), weight: 4 }, { arbitrary: text, weight: 1 });
const flagKind = fc.oneof({ arbitrary: fc.constantFrom(...FlagKind.options), weight: 4 }, { arbitrary: text, weight: 1 });

/**
 * Ids that exist now: the seed's, and whatever the run has created since (refreshed after every
 * successful write), so merges, splits and reviews reach past "not found". Drawn when the case is
 * generated, so a seed replays the same ids.
 */
const live: Record<'topics' | 'measures' | 'claims' | 'sources' | 'pending', string[]> = { ...SEED_IDS, pending: SEED_IDS.claims };
const liveId = (k: keyof typeof live) => fc.nat().map((n) => live[k][n % live[k].length]);
const idOf = (k: keyof typeof live) => fc.oneof({ arbitrary: liveId(k), weight: 6 }, { arbitrary: id, weight: 1 });
/** Text that passes a schema's length and trim rules, with hostile characters inside. */
const prose = fc
  .tuple(fc.constantFrom('Fuzz', 'Drones', 'Été', '数字', 'Zahl'), fc.constantFrom(' ', '-', '\u00a0', '\u3000'), text)
  .map(([a, sep, b]) => `${a}${sep}${b}`.slice(0, 110));
const words = fc.oneof({ arbitrary: prose, weight: 4 }, { arbitrary: text, weight: 1 });
const finite = fc.oneof({ arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 10_000 }), weight: 3 }, { arbitrary: number, weight: 1 });
const orNull = <T>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: a, weight: 3 }, { arbitrary: fc.constant(null), weight: 1 });

/** Inputs shaped like each procedure's schema (so they get past it) but with hostile contents. */
const SHAPED: Record<string, fc.Arbitrary<unknown>> = {
  'claims.get': fc.record({ id: idOf('claims') }),
  'measures.get': fc.record({ id: idOf('measures') }),
  'sources.get': fc.record({ id: idOf('sources') }),
  'topics.changes': fc.record({ id: idOf('topics') }),
  id: fc.record({ id: fc.oneof(idOf('measures'), idOf('topics')) }),
  'claims.list': fc.record({ measureId: maybe(idOf('measures')), sourceId: maybe(idOf('sources')) }, { requiredKeys: [] }),
  'flags.list': fc.record({ kind: maybe(flagKind), measureId: maybe(idOf('measures')) }, { requiredKeys: [] }),
  ingest: fc.record({ text: article, outlet: words, title: words, url: maybe(orNull(urlish)), published: maybe(orNull(isoish)) }, { requiredKeys: ['text', 'outlet', 'title'] }),
  'topics.create': fc.record({ title: words, description: maybe(words) }, { requiredKeys: ['title'] }),
  'topics.update': fc.record({ id: idOf('topics'), title: maybe(words), description: maybe(words) }, { requiredKeys: ['id'] }),
  'topics.merge': fc.record({ id: idOf('topics'), into: idOf('topics'), reason: words }),
  'measures.merge': fc.record({ id: idOf('measures'), into: idOf('measures'), reason: words }),
  'topics.split': fc.record({ id: idOf('topics'), measureIds: fc.array(idOf('measures'), { minLength: 1, maxLength: 4 }), title: words, reason: words }),
  'measures.update': fc.record(
    { id: idOf('measures'), title: maybe(words), description: maybe(words), topicId: maybe(idOf('topics')), unit: maybe(words), kind: maybe(kind), keywords: maybe(fc.array(words, { maxLength: 32 })) },
    { requiredKeys: ['id'] },
  ),
  'measures.create': fc.record(
    { topicId: idOf('topics'), title: words, description: maybe(words), unit: words, currency: maybe(fc.oneof(fc.constantFrom('USD', 'EUR', 'GBP', 'XXX', 'usd', null), text)), kind },
    { requiredKeys: ['topicId', 'title', 'unit', 'kind'] },
  ),
  'measures.split': fc.record({ id: idOf('measures'), claimIds: fc.array(idOf('claims'), { minLength: 1, maxLength: 4 }), title: words, reason: words }),
  'review.accept': fc.record({ id: idOf('pending'), reason: maybe(orNull(words)) }, { requiredKeys: ['id'] }),
  'review.reject': fc.record({ id: idOf('pending'), reason: words }),
  'review.edit': fc.record(
    {
      id: idOf('pending'),
      reason: words,
      value: maybe(fc.record({ low: orNull(finite), high: orNull(finite), best: orNull(finite), lowInclusive: fc.boolean(), highInclusive: fc.boolean(), qualifier, text: words })),
      measureId: maybe(idOf('measures')),
      speaker: maybe(orNull(fc.record({ name: orNull(words), role: orNull(words), organisation: orNull(words) }))),
      asOf: maybe(orNull(isoish)),
    },
    { requiredKeys: ['id', 'reason'] },
  ),
};
const PROCEDURES = Object.keys((appRouter._def as unknown as { procedures: Record<string, unknown> }).procedures).sort();
const TYPES = Object.fromEntries(
  Object.entries((appRouter._def as unknown as { procedures: Record<string, { _def: { type: string } }> }).procedures).map(([k, p]) => [k, p._def.type]),
);
function shapedFor(proc: string): fc.Arbitrary<unknown> {
  if (SHAPED[proc]) return SHAPED[proc];
  if (proc.startsWith('ingest.')) return SHAPED.ingest;
  if (/\.(changes|chart|history)$/.test(proc)) return SHAPED.id;
  return fc.constant(undefined);
}
const shapedCall = fc.constantFrom(...PROCEDURES).chain((proc) => fc.tuple(fc.constant(proc), shapedFor(proc)));

// ---------------------------------------------------------------------------------------------
// Procedures through createCaller.

let db: Db;

async function refreshLive(): Promise<void> {
  if (Date.now() >= DEADLINE) return;
  const c = createCaller({ db, isAdmin: false });
  const [topics, measures, sources, claims, queue] = await Promise.all([c.topics.list({ limit: 500 }), c.measures.list({ limit: 500 }), c.sources.list({ limit: 500 }), c.claims.list({ limit: 500 }), c.review.queue({ limit: 500 })]);
  Object.assign(live, { topics: topics.items.map((t) => t.id), measures: measures.items.map((m) => m.id), sources: sources.items.map((s) => s.id), claims: claims.items.map((x) => x.id), pending: queue.items.map((x) => x.id) });
  for (const k of Object.keys(live) as (keyof typeof live)[]) if (live[k].length === 0) live[k] = SEED_IDS[k === 'pending' ? 'claims' : k];
}
type Call = (input: unknown) => Promise<unknown>;

async function callProcedure(proc: string, input: unknown, admin: boolean): Promise<void> {
  if (pastDeadline()) return;
  cases++;
  const caller = createCaller({ db, isAdmin: admin }) as unknown as Record<string, Record<string, Call>>;
  const [group, name] = proc.split('.');
  logged.length = 0;
  // A call that blocks the event loop stops every timer too; this file still says which one it was.
  if (TRACE_FILE) fs.appendFileSync(TRACE_FILE, `${JSON.stringify({ proc, admin, input: repr(input) })}\n`);
  const t0 = Date.now();
  const slow = () => {
    const ms = Date.now() - t0;
    if (ms > slowMs) fail(`slow ${proc}`, { where: `${proc} (${admin ? 'admin' : 'anonymous'})`, input: repr(input), status: 'slow', excerpt: `answered after ${ms} ms (limit ${slowMs} ms)` });
  };
  try {
    await timed(caller[group][name](input), proc);
    tally(`${proc} ${admin ? 'admin' : 'anon'} ok`);
    slow();
  } catch (e) {
    tally(`${proc} ${admin ? 'admin' : 'anon'} ${e instanceof TRPCError ? e.code : 'threw'}`);
    if (e instanceof TRPCError && e.code !== 'INTERNAL_SERVER_ERROR') return slow();
    const cause = e instanceof TRPCError ? (e.cause ?? e) : e;
    const why = describeError(cause);
    fail(`proc ${proc} ${shape(why)}`, {
      where: `${proc} (${admin ? 'admin' : 'anonymous'})`,
      input: repr(input),
      status: e instanceof TRPCError ? e.code : 'threw',
      excerpt: why.slice(0, 300),
    });
    return;
  }
  // A read that breaks here is the fuzz's to find on its own turn, not this write's.
  if (TYPES[proc] === 'mutation' && proc !== 'ingest.preview') {
    if (process.env.FUZZ_TRACE === '1') realLog(`[trace] ${JSON.stringify({ proc, input })}`);
    await refreshLive().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP: the route handlers, reached the way a production Next server reaches them.

type Params = Record<string, string | string[]>;
type Handler = (req: Request, ctx: { params: Promise<Params> }) => Response | Promise<Response>;
type RouteModule = Partial<Record<string, Handler>>;
interface Match {
  name: string;
  module: RouteModule | 'page';
  params: Params;
}
/** What Next's router answers by itself, before any handler of ours runs. */
interface ByNext {
  status: number;
  why: string;
}

const decodeSegment = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

/** app/**\/route.ts and the two pages that take an id, matched as Next matches them (static segments raw). */
function match(pathname: string): Match | ByNext {
  if (/\/\/|.\/$/.test(pathname)) return { status: 308, why: 'trailing or repeated slash' };
  const s = pathname.split('/').slice(1);
  const at = (...names: string[]) => names.every((n, i) => s[i] === n);
  const route = (name: string, module: RouteModule | 'page', dynamic: Record<string, string | string[]>): Match | ByNext => {
    const params: Params = {};
    for (const [k, v] of Object.entries(dynamic)) {
      const decoded = Array.isArray(v) ? v.map(decodeSegment) : decodeSegment(v);
      // `next start` decodes every dynamic segment first and answers 500 (URIError) when one
      // does not decode (`next dev` says 400). Only proxy.ts, which runs earlier, can answer instead.
      if (decoded === null || (Array.isArray(decoded) && decoded.includes(null))) return { status: 500, why: `Next's router cannot decode the [${k}] segment of ${name} (URIError)` };
      params[k] = decoded as string | string[];
    }
    return { name, module, params };
  };
  if (at('api', 'trpc') && s.length === 3) return route('trpc', trpcRoute as unknown as RouteModule, { trpc: s[2] });
  if (at('api', 'oembed') && s.length === 2) return route('oembed', oembedRoute as unknown as RouteModule, {});
  if (at('api', 'openapi.json') && s.length === 2) return route('openapi', openapiRoute as unknown as RouteModule, {});
  if (at('api', 'v1') && s.length === 5 && (s[2] === 'measures' || s[2] === 'topics') && (s[4] === 'data.csv' || s[4] === 'data.json')) {
    const mods = { 'measures/data.csv': measureCsv, 'measures/data.json': measureJson, 'topics/data.csv': topicCsv, 'topics/data.json': topicJson } as unknown as Record<string, RouteModule>;
    return route(`v1 ${s[2]}/[id]/${s[4]}`, mods[`${s[2]}/${s[4]}`], { id: s[3] });
  }
  if (at('api', 'v1') && s.length >= 3) return route('v1', apiV1 as unknown as RouteModule, { path: s.slice(2) });
  if (at('embed') && s.length === 1) return route('embed', embedRoot as unknown as RouteModule, {});
  if (at('embed') && s.length >= 2) return route('embed/[...path]', embedPath as unknown as RouteModule, { path: s.slice(1) });
  if (at('embed.js') && s.length === 1) return route('embed.js', embedScript as unknown as RouteModule, {});
  if ((at('measures') || at('sources')) && s.length === 2) return route(`page /${s[0]}/[id]`, 'page', { id: s[1] });
  return { status: 404, why: 'no route (Next renders its 404 page)' };
}

/** A figure or source page's data step (findOrNull): NOT_FOUND and BAD_REQUEST render the 404 page. */
async function page(req: Request, m: Match): Promise<Response> {
  const caller = createCaller({ db, isAdmin: isAdminRequest(req.headers) });
  const id = m.params.id as string;
  try {
    await (m.name.includes('measures') ? caller.measures.get({ id }) : caller.sources.get({ id }));
    return new Response('page', { status: 200 });
  } catch (e) {
    if (e instanceof TRPCError && (e.code === 'NOT_FOUND' || e.code === 'BAD_REQUEST')) return new Response('not found', { status: 404 });
    throw e;
  }
}

/** proxy.ts (or middleware.ts), when the project has one: Next runs it before routing, on the requests its matcher takes. */
type ProxyFn = (req: Request) => Response | null | undefined | Promise<Response | null | undefined>;
interface Condition {
  type: 'header' | 'query' | 'cookie' | 'host';
  key: string;
  value?: string;
}
interface Matcher {
  re: RegExp;
  has: Condition[];
  missing: Condition[];
}
let front: { file: string; run: ProxyFn; matchers: Matcher[] } | null = null;
const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
async function loadProxy(): Promise<void> {
  const file = ['proxy.ts', 'middleware.ts'].map((f) => path.join(ROOT, f)).find((f) => fs.existsSync(f));
  if (!file) return;
  const mod = (await import(/* @vite-ignore */ file)) as { proxy?: ProxyFn; middleware?: ProxyFn; default?: ProxyFn; config?: { matcher?: unknown } };
  const run = mod.proxy ?? mod.middleware ?? mod.default;
  if (!run) return;
  const { pathToRegexp } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as { pathToRegexp: (source: string) => RegExp };
  const raw = [mod.config?.matcher ?? '/:path*'].flat() as (string | { source: string; has?: Condition[]; missing?: Condition[] })[];
  const matchers = raw.map((m) => (typeof m === 'string' ? { source: m } : m)).map((m) => ({ re: pathToRegexp(m.source), has: m.has ?? [], missing: m.missing ?? [] }));
  front = { file: path.basename(file), run, matchers };
}

/** A `has`/`missing` condition as Next reads it: the key present and, when a value is given, matching it as a regex. */
function holds(c: Condition, req: Request, url: URL): boolean {
  const cookies = new Map((req.headers.get('cookie') ?? '').split(';').map((kv) => kv.trim().split('=') as [string, string]));
  const actual = c.type === 'header' ? req.headers.get(c.key) : c.type === 'query' ? url.searchParams.get(c.key) : c.type === 'cookie' ? (cookies.get(c.key) ?? null) : url.hostname;
  return actual !== null && (c.value === undefined || new RegExp(`^(?:${c.value})$`).test(actual));
}

/** The proxy's own answer; or, when it rewrites, the address the router is handed instead; or null. */
async function viaProxy(req: Request): Promise<Response | URL | null> {
  const url = new URL(req.url);
  if (!front || !front.matchers.some((m) => m.re.test(url.pathname) && m.has.every((c) => holds(c, req, url)) && !m.missing.some((c) => holds(c, req, url)))) return null;
  const { NextRequest } = await import('next/server');
  // proxy.ts reads no body: it gets the request without one. (A clone's tee of a body of megabytes
  // stalls the reader of the other branch in undici, which Next's own router does not do.)
  const out = await front.run(new NextRequest(req.url, { method: req.method, headers: req.headers }));
  // NextResponse.next() and rewrites hand the request on to the router; a rewrite, under another path.
  const rewrite = out?.headers.get('x-middleware-rewrite');
  if (rewrite) return new URL(rewrite, req.url);
  return out && !out.headers.has('x-middleware-next') ? out : null;
}

interface Probe {
  method: string;
  url: string;
  headers: [string, string][];
  body?: string | Uint8Array;
}

/** Internals an error body must never carry (unless the request itself carried the same text). */
const LEAKS: RegExp[] = [
  /\bat (?:async )?[\w$.<>[\] ]+ \(/,
  /\bat (?:file:\/\/)?\/[^\s)]+:\d+/,
  /node_modules/,
  /ZodError/,
  /output validation/i,
  /(?:\/work\/|\/tmp\/|\/home\/|\/usr\/|\/root\/|file:\/\/)/,
  /\.(?:ts|tsx|js|mjs|cjs):\d+/,
  /\b(?:TypeError|ReferenceError|RangeError|URIError|SyntaxError)\b/,
  /Cannot read propert|is not a function|is not iterable|undefined is not/,
  /invalid byte sequence|syntax error at|violates .* constraint|duplicate key|relation "|PGlite|pglite/,
];

const fromUtf8 = (b: string | Uint8Array | undefined) => (b === undefined ? '' : typeof b === 'string' ? b : new TextDecoder().decode(b));
const describeProbe = (p: Probe) =>
  `${p.method} ${p.url}${p.headers.length ? ` headers=${JSON.stringify(p.headers)}` : ''}${p.body === undefined ? '' : ` body=${repr(typeof p.body === 'string' ? p.body.slice(0, 1000) : p.body.slice(0, 300))}`}`;

async function send(p: Probe): Promise<void> {
  if (pastDeadline()) return;
  // Each request from its own address unless it names one, so per-client rate limits do not turn the run into 429s.
  const headers: [string, string][] = p.headers.some(([k]) => k === 'x-tally-client') ? p.headers : [...p.headers, ['x-tally-client', `fuzz-${count.sent}`]];
  let req: Request;
  try {
    const body = p.method === 'GET' || p.method === 'HEAD' || p.body === undefined ? undefined : typeof p.body === 'string' ? p.body : new Uint8Array(p.body);
    req = new Request(p.url, { method: p.method, headers, body });
  } catch {
    count.unsendable++;
    return; // no client could send it
  }
  const url = new URL(req.url);
  const input = describeProbe(p);
  cases++;
  count.sent++;
  logged.length = 0;
  if (TRACE_FILE) fs.appendFileSync(TRACE_FILE, `${JSON.stringify({ http: input.slice(0, 5000) })}\n`);
  let res: Response;
  let where = `${p.method} ${url.pathname.slice(0, 60)}`;
  const t0 = Date.now();
  try {
    const early = await timed(viaProxy(req), `${front?.file} ${where}`);
    if (early instanceof Response) {
      where = `${front?.file} on ${where}`;
      res = early;
    } else {
      const m = match((early ?? url).pathname);
      if ('status' in m) {
        if (m.status < 500) {
          count.answeredByNext++;
          return;
        }
        return fail(`next ${shape(m.why)}`, { where: `${where} (Next's router)`, input, status: String(m.status), excerpt: m.why });
      }
      where = `${p.method} ${m.name}`;
      const handler = m.module === 'page' ? (r: Request) => page(r, m) : (m.module[p.method] ?? (p.method === 'HEAD' ? m.module.GET : undefined));
      if (!handler) {
        count.answeredByNext++; // 405, or OPTIONS, from Next itself
        return;
      }
      res = await timed(Promise.resolve(handler(req, { params: Promise.resolve(m.params) })), where);
    }
  } catch (e) {
    const why = describeError(e);
    const hang = why.includes('timeout:');
    return fail(`http ${where.split(' ')[1]} threw ${shape(why)}`, { where: `${where} (${hang ? 'never answers' : 'threw: Next answers 500'})`, input, status: hang ? 'hang' : '500', excerpt: why.slice(0, 300) });
  }
  const body = p.method === 'HEAD' ? '' : await res.text();
  tally(`${where} ${res.status}`);
  if (res.status === 200 && body && url.pathname.endsWith('/info.json')) {
    const v = (JSON.parse(body) as { version?: unknown }).version; // a 200 info.json that is not JSON fails the case: good
    if (typeof v === 'string' && !versions.includes(v)) versions.push(v);
  }
  if (res.status < 300 && !['GET', 'HEAD'].includes(p.method)) await refreshLive().catch(() => {});
  const oembedFormat = where.endsWith('oembed') && res.status === 501 && (url.searchParams.get('format') ?? 'json') !== 'json'; // oembed.com: 501 for an unsupported format
  if (res.status >= 500 && !oembedFormat) {
    const why = logged.join(' ').slice(0, 300) || body.slice(0, 300);
    return fail(`http ${where} ${res.status} ${shape(why)}`, { where, input, status: String(res.status), excerpt: `${body.slice(0, 200)} | logged: ${logged.join(' ').slice(0, 300)}` });
  }
  const ms = Date.now() - t0;
  if (ms > slowMs) return fail(`slow ${where}`, { where, input, status: `${res.status}, slow`, excerpt: `answered after ${ms} ms (limit ${slowMs} ms)` });
  if (res.status < 400) return;
  const sent = [p.url, url.href, decodeSegment(url.href) ?? '', url.searchParams.toString(), [...url.searchParams.values()].join(' '), fromUtf8(p.body)].join('\n');
  for (const leak of LEAKS) {
    const hit = body.match(leak);
    if (hit && !sent.includes(hit[0])) {
      const at = hit.index ?? 0;
      return fail(`leak ${where} ${leak.source}`, { where: `${where} (error body shows internals)`, input, status: String(res.status), excerpt: body.slice(Math.max(0, at - 100), at + 200) });
    }
  }
}

// Pieces of requests.

const encode = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
const segment = fc.oneof(
  { arbitrary: knownId, weight: 3 },
  { arbitrary: nasty, weight: 3 },
  { arbitrary: text.map(encode), weight: 2 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.constantFrom('topic', 'v', '0123456789ab', 'chart.svg', 'chart.png', 'og.png', 'info.json', 'data.csv', 'data.json', 'merge', 'split', 'changes', 'history', 'preview'), weight: 2 },
);
const QUERY_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'id', 'measureId', 'sourceId', 'kind', 'url', 'format', 'maxwidth', 'maxheight', 'width', 'height', 'input', 'batch', 'claim'];
const queryValue = fc.oneof(nasty, knownId, number.map(String), text.map(encode), fc.string({ maxLength: 10 }));
const query = fc
  .array(fc.tuple(fc.oneof({ arbitrary: fc.constantFrom(...QUERY_KEYS), weight: 4 }, { arbitrary: text.map(encode), weight: 1 }), queryValue, fc.boolean()), { maxLength: 4 })
  .map((pairs) => pairs.map(([k, v, bare]) => (bare ? k : `${k}=${v}`)).join('&'));
const BAD_JSON = ['{', '{"text":', "{'a':1}", 'NaN', 'undefined', '[1,]', '{"a":1}}', '\u0000', '\ufeff{}', '1e309', '-', '"', '', ' ', 'null', 'true', '[]', '""', '0', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '{"id":"\\ud800"}', '{"text":"1e309 drones","outlet":"x","title":"y"}', 'text=a&outlet=%ff'];
const body = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'), weight: 3 },
  { arbitrary: shapedCall.map(([, v]) => JSON.stringify(v) ?? ''), weight: 4 },
  { arbitrary: fc.constantFrom(...BAD_JSON), weight: 2 },
  { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 1 },
  { arbitrary: deep.map((v) => JSON.stringify(v)), weight: 1 },
);
const contentType = fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/jsonx', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/json;;;', 'text/json, application/json');
const authorization = fc.constantFrom(
  undefined,
  `Bearer ${TOKEN}`,
  `Bearer ${TOKEN}`,
  `Bearer  ${TOKEN} `,
  `bearer ${TOKEN}`,
  `Bearer\t${TOKEN}`,
  `Bearer ${TOKEN}x`,
  `Bearer ${TOKEN.slice(1)}`,
  `Bearer ${TOKEN.slice(0, -1)}é`,
  'Bearer',
  'Bearer ',
  'Basic YWRtaW46YWRtaW4=',
  `Bearer ${'x'.repeat(5000)}`,
);
const header = (name: fc.Arbitrary<string>, values: string[], weight = 3) => ({ arbitrary: fc.tuple(name, fc.constantFrom(...values)), weight });
const extraHeaders = fc.array(
  fc.oneof(
    header(fc.constant('if-none-match'), ['*', 'W/"x"', '"', ',,,', 'W/']),
    header(fc.constant('host'), ['example.com', 'evil.test:99999', '[::1]:3000', 'a b', '']),
    header(fc.constant('content-length'), ['0', '99999999999', '-1', 'abc', '1e309']),
    header(fc.constant('accept'), ['*/*', 'text/event-stream', 'application/jsonl']),
    header(fc.constantFrom('trpc-accept', 'x-trpc-source'), ['application/jsonl', 'x']),
    // What a browser's prefetch sends: proxy matchers often skip these requests.
    header(fc.constantFrom('purpose', 'next-router-prefetch', 'rsc', 'next-action'), ['prefetch', '1']),
    // One shared client, whose rate limits the run soon uses up: 429s must stay 429s.
    header(fc.constant('x-tally-client'), ['local', '', ' ', 'x'.repeat(100)], 1),
  ),
  { maxLength: 2 },
);
const headersOf = (ct: string | undefined, auth: string | undefined, extra: [string, string][]): [string, string][] => [
  ...(ct === undefined ? [] : ([['content-type', ct]] as [string, string][])),
  ...(auth === undefined ? [] : ([['authorization', auth]] as [string, string][])),
  ...extra,
];
const origin = 'http://127.0.0.1';
const withQuery = (p: string, q: string) => (q ? `${p}?${q}` : p);

const V1_PREFIXES = ['/api/v1/measures', '/api/v1/topics', '/api/v1/claims', '/api/v1/sources', '/api/v1/sources/preview', '/api/v1/flags', '/api/v1/summary', '/api/v1/review', '/api/v1'];
const v1Probe = fc
  .record({
    prefix: fc.constantFrom(...V1_PREFIXES),
    segs: fc.array(segment, { maxLength: 3 }),
    q: query,
    method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'),
    ct: contentType,
    auth: authorization,
    extra: extraHeaders,
    body,
  })
  .map(({ prefix, segs, q, method, ct, auth, extra, body }) => ({
    method,
    url: origin + withQuery([prefix, ...segs].join('/'), q),
    headers: headersOf(ct, auth, extra),
    body,
  }));

const procName = fc.oneof(
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'topics.__proto__', 'toString', 'measures.list.x', 'topics', '', '.', 'a,b', 'ingest.preview,'), weight: 1 },
  { arbitrary: text, weight: 1 },
);
/** Mostly the right method and a real procedure with an input shaped for it, so calls get past the router. */
const trpcCall = fc.oneof({ arbitrary: shapedCall, weight: 6 }, { arbitrary: fc.tuple(procName, fc.oneof(fc.jsonValue({ maxDepth: 3 }), shapedCall.map(([, v]) => v))), weight: 1 });
const trpcProbe = fc
  .record({
    calls: fc.array(trpcCall, { minLength: 1, maxLength: 4 }),
    batch: fc.boolean(),
    raw: fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: fc.oneof(fc.constantFrom(...BAD_JSON), fc.uint8Array({ maxLength: 40 })), weight: 1 }),
    encodePath: fc.boolean(),
    q: query,
    method: fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: fc.constantFrom('GET', 'POST', 'HEAD', 'PUT'), weight: 1 }),
    ct: fc.oneof({ arbitrary: fc.constant('application/json'), weight: 3 }, { arbitrary: contentType, weight: 1 }),
    auth: fc.oneof({ arbitrary: fc.constant(`Bearer ${TOKEN}`), weight: 2 }, { arbitrary: authorization, weight: 1 }),
    extra: extraHeaders,
  })
  .map(({ calls, batch, raw, encodePath, q, method, ct, auth, extra }) => {
    const names = (batch ? calls : calls.slice(0, 1)).map(([n]) => n).join(',');
    const inputs = calls.map(([, v]) => v);
    const verb = method ?? (TYPES[calls[0][0]] === 'query' ? 'GET' : 'POST');
    const payload = batch ? JSON.stringify(Object.fromEntries(inputs.map((v, i) => [String(i), v]))) : (JSON.stringify(inputs[0]) ?? '');
    const input = raw === null ? encode(payload) : typeof raw === 'string' ? raw : encode(fromUtf8(raw));
    const params = [batch ? 'batch=1' : '', verb === 'GET' || verb === 'HEAD' ? (payload || raw !== null ? `input=${input}` : '') : '', q].filter(Boolean).join('&');
    return {
      method: verb,
      url: origin + withQuery(`/api/trpc/${encodePath ? encode(names) : names}`, params),
      headers: headersOf(ct, auth, extra),
      body: raw ?? payload,
    };
  });

/** The OpenAPI operations, each called at its own path and method with an input shaped for it. */
const OPERATIONS = Object.entries((appRouter._def as unknown as { procedures: Record<string, { _def: { meta?: { openapi?: { method: string; path: string } } } }> }).procedures)
  .filter(([, p]) => p._def.meta?.openapi)
  .map(([proc, p]) => ({ proc, method: p._def.meta!.openapi!.method, path: p._def.meta!.openapi!.path }));
const operationProbe = fc
  .constantFrom(...OPERATIONS)
  .chain((op) => fc.tuple(fc.constant(op), shapedFor(op.proc), fc.oneof({ arbitrary: fc.constant(`Bearer ${TOKEN}`), weight: 3 }, { arbitrary: authorization, weight: 1 }), fc.oneof({ arbitrary: fc.constant('application/json'), weight: 4 }, { arbitrary: contentType, weight: 1 }), query, fc.boolean()))
  .map(([op, input, auth, ct, q, extraQuery]) => {
    const fields: Record<string, unknown> = { ...(input && typeof input === 'object' ? input : {}) };
    const at = op.path.replace(/\{(\w+)\}/g, (_, k: string) => {
      const v = fields[k];
      delete fields[k];
      return encode(String(v ?? ''));
    });
    const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
    const flat = Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `${encode(k)}=${encode(typeof v === 'string' ? v : JSON.stringify(v) ?? '')}`);
    const search = [...(hasBody ? [] : flat), extraQuery ? q : ''].filter(Boolean).join('&');
    return { method: op.method, url: origin + withQuery(`/api/v1${at}`, search), headers: headersOf(ct, auth, []), body: hasBody ? JSON.stringify(fields) : undefined };
  });

/** Versions the run has seen in an info.json, so pinned embeds are reached too. */
const versions: string[] = ['0123456789ab'];
const chartId = (k: 'topics' | 'measures') => fc.oneof({ arbitrary: liveId(k), weight: 4 }, { arbitrary: segment, weight: 1 });
const version = fc.oneof(
  { arbitrary: fc.nat().map((n) => versions[n % versions.length]), weight: 3 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 12, maxLength: 12 }), weight: 1 },
  { arbitrary: segment, weight: 1 },
);
const chartPath = fc
  .tuple(fc.boolean(), chartId('measures'), chartId('topics'), fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: version, weight: 1 }), fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: fc.constantFrom('chart.svg', 'info.json', 'chart.png', 'og.png'), weight: 2 }, { arbitrary: segment, weight: 1 }))
  .map(([topic, measure, topicId, v, asset]) => [topic ? `topic/${topicId}` : measure, v === null ? '' : `v/${v}`, asset ?? ''].filter(Boolean).join('/'));
const oembedUrl = fc.oneof(
  chartPath.map((p) => `http://127.0.0.1/embed/${p}`),
  chartPath.map((p) => `/embed/${p}`),
  chartId('measures').map((s) => `/measures/${s}`),
  chartId('measures').map((s) => `http://127.0.0.1/measures/${s}`),
  chartId('topics').map((s) => `http://127.0.0.1/#topic-${s}`),
  fc.constantFrom('/measures/%ff', 'http://127.0.0.1/measures/%ff', '/embed/%zz', '//evil.test/x', 'javascript:alert(1)', 'http://[::1/', 'http://127.0.0.1:99999/', 'https://example.com/measures/drones-delivered', ''),
  text,
);
const oembedProbe = fc
  .record({ url: oembedUrl, enc: fc.boolean(), q: query, format: fc.oneof({ arbitrary: fc.constantFrom(null, 'json'), weight: 6 }, { arbitrary: fc.constantFrom('xml', 'JSON', '', '%ff'), weight: 1 }), mw: fc.option(queryValue), mh: fc.option(queryValue), extra: extraHeaders })
  .map(({ url, enc, q, format, mw, mh, extra }) => {
    const parts = [`url=${enc ? encode(url) : url}`, format === null ? '' : `format=${format}`, mw === null ? '' : `maxwidth=${mw}`, mh === null ? '' : `maxheight=${mh}`, q].filter(Boolean);
    return { method: 'GET', url: `${origin}/api/oembed?${parts.join('&')}`, headers: extra, body: undefined };
  });

const embedProbe = fc
  .record({
    where: fc.oneof(
      { arbitrary: chartPath.map((p) => `/embed/${p}`), weight: 4 },
      { arbitrary: fc.array(segment, { maxLength: 4 }).map((s) => ['/embed', ...s].join('/')), weight: 2 },
      { arbitrary: fc.tuple(fc.boolean(), chartId('measures'), chartId('topics'), fc.constantFrom('data.csv', 'data.json')).map(([t, m, tp, f]) => (t ? `/api/v1/topics/${tp}/${f}` : `/api/v1/measures/${m}/${f}`)), weight: 3 },
      { arbitrary: fc.oneof(chartId('measures').map((m) => `/measures/${m}`), fc.oneof(liveId('sources'), segment).map((x) => `/sources/${x}`)), weight: 2 },
      { arbitrary: fc.constantFrom('/embed.js', '/embed', '/api/openapi.json'), weight: 1 },
    ),
    // PNG sizes are drawn from a few values: each new size is a fresh render.
    size: fc.option(fc.tuple(fc.constantFrom('width', 'height'), fc.constantFrom('1e309', '-0', 'NaN', '99999999999', '', '%ff', '300', '0x10', '680'))),
    q: query.map((q) => q.replace(/(^|&)(width|height)=[^&]*/g, '')),
    method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST'),
    extra: extraHeaders,
  })
  .map(({ where, size, q, method, extra }) => ({
    method,
    url: origin + withQuery(where, [size ? `${size[0]}=${size[1]}` : '', q].filter(Boolean).join('&')),
    headers: extra,
    body: method === 'POST' ? '{}' : undefined,
  }));

// ---------------------------------------------------------------------------------------------

/** fc.assert with the suite's seed; a failure says how to replay it. */
async function check<T>(arb: fc.Arbitrary<T>, numRuns: number, predicate: (v: T) => Promise<void>, examples: T[] = []): Promise<void> {
  try {
    const counted = async (v: T) => {
      count.runs++;
      await predicate(v);
    };
    // Bounded in time: a property still running after its budget stops and fails, saying how far it got.
    await fc.assert(fc.asyncProperty(arb, counted), { numRuns, seed: SEED, examples: examples.map((e) => [e] as [T]), interruptAfterTimeLimit: BUDGET_MS * SCALE, markInterruptAsFailure: true });
  } catch (e) {
    throw new Error(`fuzz failure with FUZZ_SEED=${SEED} (replay: FUZZ_SEED=${SEED} npx vitest run --project db tests/db/fuzz.test.ts)\n${(e as Error).message}`);
  }
}

const KNOWN_REGRESSIONS: Probe[] = [
  { method: 'GET', url: `${origin}/api/v1/measures/%ff`, headers: [] },
  { method: 'GET', url: `${origin}/measures/%ff`, headers: [] },
  { method: 'GET', url: `${origin}/measures/%ff`, headers: [['purpose', 'prefetch']] },
  { method: 'GET', url: `${origin}/embed/%ff`, headers: [] },
  { method: 'GET', url: `${origin}/api/v1/measures?constructor=`, headers: [] },
  { method: 'GET', url: `${origin}/api/v1/claims?toString=`, headers: [] },
  { method: 'GET', url: `${origin}/api/v1/flags?constructor=&__proto__=x`, headers: [] },
  { method: 'GET', url: `${origin}/api/oembed?url=${encode('http://127.0.0.1/measures/%ff')}`, headers: [] },
  { method: 'GET', url: `${origin}/api/oembed?url=/measures/%ff`, headers: [] },
  { method: 'GET', url: `${origin}/api/oembed?url=${encode('/measures/%ff')}`, headers: [] },
  { method: 'POST', url: `${origin}/api/v1/sources`, headers: [['content-type', 'application/json'], ['authorization', `Bearer ${TOKEN}`]], body: JSON.stringify({ text: 'Officials said 400 drones arrived.', outlet: 'Out\u0000let', title: 'T' }) },
  { method: 'POST', url: `${origin}/api/v1/sources/preview`, headers: [['content-type', 'application/json']], body: JSON.stringify({ text: 'Officials said 1e309 drones arrived.', outlet: 'O', title: 'T' }) },
  { method: 'POST', url: `${origin}/api/v1/sources/preview`, headers: [['content-type', 'application/json']], body: '{"text": nope' },
  { method: 'POST', url: `${origin}/api/trpc/ingest.preview`, headers: [['content-type', 'application/json']], body: '{"text": nope' },
  { method: 'GET', url: `${origin}/api/v1/measures/drones-delivered\u0000`, headers: [] },
];

describe('fuzz: no input makes Tally answer 500', () => {
  beforeAll(async () => {
    console.error = (...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? describeError(a) : String(a))).join(' '));
    };
    db = await getDb();
    await loadProxy();
  });

  afterAll(async () => {
    console.error = realError;
    const list = [...failures.values()];
    console.log(`[fuzz] seed ${SEED}: ${count.runs} fast-check runs, ${cases} calls (${count.sent} HTTP requests, ${count.answeredByNext} of them answered by Next's router alone, ${count.unsendable} unsendable; front: ${front?.file ?? 'none'}), ${list.length} distinct failure(s)`);
    if (process.env.FUZZ_STATS === '1') console.log([...outcomes].sort().map(([k, n]) => `${k}: ${n}`).join('\n'));
    for (const f of list) console.log(`[fuzz] ${f.where} → ${f.status}: ${f.excerpt}\n        input: ${f.input.slice(0, 600)}`);
    await db?.close().catch(() => {});
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  });

  // Found by the fuzz as sequences of writes; replayed here in order so every seed covers them.
  // First, on the seed data as loaded, so that the fuzz's own merges and edits cannot change what they reach.
  it('sequences: writes whose harm shows in the reads after them', { timeout: TEST_MS }, async () => {
    // Each request its own client, so no rate limit the run has used up stands in the way.
    let n = 0;
    const client = (): [string, string] => ['x-tally-client', `sequence-${n++}`];
    const admin = [['content-type', 'application/json'], ['authorization', `Bearer ${TOKEN}`]] as [string, string][];
    const post = (at: string, body: unknown) => send({ method: 'POST', url: `${origin}/api/v1${at}`, headers: [...admin, client()], body: JSON.stringify(body) });
    const get = (at: string) => send({ method: 'GET', url: `${origin}${at}`, headers: [client()] });
    const readAll = async () => {
      for (const m of await createCaller({ db, isAdmin: false }).measures.list({ limit: 500 }).then((p) => p.items, () => [])) await get(`/api/v1/measures/${encode(m.id)}`);
      for (const at of ['/api/v1/summary', '/api/v1/flags', '/api/v1/claims', '/api/v1/review', '/api/trpc/topics.dashboard', '/embed/war-duration']) await get(at);
    };
    // A figure that fits no measure goes to the topic "unsorted"; once that topic is merged away, the next one still does.
    await post('/sources', { text: 'Officials said 12 bridges were closed on Monday.', outlet: 'Fuzz', title: 'Bridges' });
    await post('/topics/unsorted/merge', { into: 'iran-drones', reason: 'tidy up' });
    await post('/sources', { text: 'Officials said 7 ferries were cancelled on Tuesday.', outlet: 'Fuzz', title: 'Ferries' });
    await readAll();
    // An edit to a figure the database's bounds refuse (above 1e40).
    const stored = await createCaller({ db, isAdmin: true }).ingest.create({ text: 'Officials said 300 trucks crossed on Monday.', outlet: 'Fuzz', title: 'Trucks' }).catch(() => null);
    const claimId = stored?.figures.find((f) => f.claimId)?.claimId;
    if (claimId) await callProcedure('review.edit', { id: claimId, reason: 'fuzz edit', value: { low: null, high: 1e41, best: null, lowInclusive: true, highInclusive: true, qualifier: 'range', text: 'x' } }, true);
    // A duration dated past year 9999: the calendar check walks month by month into years ISO strings cannot order.
    await post('/sources', { text: 'The war in Ukraine has lasted nearly 15 months, officials said.', outlet: 'Fuzz', title: 'Far future', published: '9999-12-31' });
    await readAll();
  });

  it('every procedure, anonymous and admin, with inputs shaped like its schema', { timeout: TEST_MS }, async () => {
    await check(shapedCall, runs(1200), async ([proc, input]) => {
      await callProcedure(proc, input, false);
      await callProcedure(proc, input, true);
    }, [
      ['ingest.preview', { text: 'Officials said 1e309 drones arrived.', outlet: 'O', title: 'T' }],
      ['ingest.create', { text: 'Officials said 400 drones arrived.', outlet: 'Out\u0000let', title: 'T' }],
      ['ingest.create', { text: 'Officials said 400 drones arrived.', outlet: 'O', title: 'T\u0000', url: 'https://example.com/\u0000' }],
      ['measures.get', { id: 'drones-delivered\u0000' }],
      ['ingest.preview', { text: "a'5", outlet: 'O', title: 'T' }],
    ]);
  });

  it('every procedure, anonymous and admin, with anything at all as input', { timeout: TEST_MS }, async () => {
    const objects = fc.object({ key, maxDepth: 3, maxKeys: 6, values: [text, number, fc.boolean(), fc.constant(null), knownId] });
    const arb = fc.tuple(fc.constantFrom(...PROCEDURES), fc.oneof({ arbitrary: anything, weight: 6 }, { arbitrary: objects, weight: 3 }, { arbitrary: deep, weight: 1 }));
    await check(arb, runs(1000), async ([proc, input]) => {
      await callProcedure(proc, input, false);
      await callProcedure(proc, input, true);
    });
  });

  it('articles: every figure wording through preview, and through create as admin', { timeout: TEST_MS }, async () => {
    const arb = fc.tuple(SHAPED.ingest as fc.Arbitrary<Record<string, unknown>>, fc.nat({ max: 9 }));
    await check(arb, runs(600), async ([input, dice]) => {
      const valid = { ...input, outlet: dice % 2 ? input.outlet : 'Fuzz Times', title: dice % 3 ? input.title : 'Fuzzed' };
      await callProcedure('ingest.preview', valid, false);
      if (dice === 0) await callProcedure('ingest.create', valid, true);
    });
  });

  it('HTTP /api/v1: paths, queries, methods, headers and bodies', { timeout: TEST_MS }, async () => {
    await check(fc.oneof(v1Probe, operationProbe), runs(1100), send, KNOWN_REGRESSIONS.filter((p) => p.url.includes('/api/v1/')));
  });

  it('HTTP /api/trpc: procedure lists, batches, inputs and bodies', { timeout: TEST_MS }, async () => {
    await check(trpcProbe, runs(600), send, KNOWN_REGRESSIONS.filter((p) => p.url.includes('/api/trpc/')));
  });

  it('HTTP /api/oembed: url parameters of every shape', { timeout: TEST_MS }, async () => {
    await check(oembedProbe, runs(500), send, KNOWN_REGRESSIONS.filter((p) => p.url.includes('/api/oembed')));
  });

  it('HTTP embeds, data files, embed.js and the figure and source pages', { timeout: TEST_MS }, async () => {
    await check(embedProbe, runs(600), send, KNOWN_REGRESSIONS.filter((p) => !p.url.includes('/api/')));
  });

  it('huge and many: bodies past the limit, a batch of 1,000 previews', { timeout: 150_000 * SCALE }, async () => {
    const dense = 'Officials said 400 drones arrived. '.repeat(90_000); // ~3.2 MB, a figure every 35 bytes
    const article = SEED_TEXTS.join('\n\n').repeat(200).slice(0, 990_000); // an article just under the 1 MB limit
    const preview = { text: 'Officials said 400 drones arrived on Monday.', outlet: 'O', title: 'T' };
    const json = [['content-type', 'application/json']] as [string, string][];
    const admin = [...json, ['authorization', `Bearer ${TOKEN}`]] as [string, string][];
    const batch = (n: number, proc: string) => Array.from({ length: n }, () => proc).join(',');
    const inputs = (n: number, v: unknown) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), v])));
    const probes: Probe[] = [
      { method: 'POST', url: `${origin}/api/trpc/${batch(1000, 'ingest.preview')}?batch=1`, headers: json, body: inputs(1000, preview) },
      { method: 'GET', url: `${origin}/api/trpc/${batch(1000, 'measures.get')}?batch=1&input=${encode(inputs(1000, { id: 'drones-delivered' }))}`, headers: [] },
      { method: 'POST', url: `${origin}/api/v1/sources/preview`, headers: json, body: JSON.stringify({ ...preview, text: dense }) },
      { method: 'POST', url: `${origin}/api/v1/sources/preview`, headers: json, body: JSON.stringify({ ...preview, text: dense.slice(0, 990_000) }) },
      { method: 'POST', url: `${origin}/api/v1/sources`, headers: admin, body: JSON.stringify({ ...preview, text: dense }) },
      { method: 'POST', url: `${origin}/api/v1/sources`, headers: admin, body: JSON.stringify({ ...preview, text: article }) },
      { method: 'POST', url: `${origin}/api/trpc/ingest.preview`, headers: json, body: JSON.stringify({ ...preview, text: dense }) },
      { method: 'POST', url: `${origin}/api/trpc/ingest.create`, headers: admin, body: JSON.stringify({ ...preview, outlet: 'x'.repeat(3_000_000) }) },
      { method: 'POST', url: `${origin}/api/v1/sources/preview`, headers: json, body: `{"text":"${'['.repeat(200_000)}"` },
      { method: 'POST', url: `${origin}/api/v1/sources/preview`, headers: json, body: '['.repeat(100_000) + ']'.repeat(100_000) },
      { method: 'POST', url: `${origin}/api/trpc/ingest.preview`, headers: json, body: '['.repeat(100_000) + ']'.repeat(100_000) },
      { method: 'POST', url: `${origin}/api/v1/topics`, headers: admin, body: JSON.stringify({ title: 'T'.repeat(2_000_000) }) },
      { method: 'GET', url: `${origin}/api/v1/claims?measureId=${'x'.repeat(100_000)}`, headers: [] },
      { method: 'GET', url: `${origin}/api/oembed?url=${encode(`/embed/${'a'.repeat(60_000)}`)}&maxwidth=${'9'.repeat(5000)}`, headers: [] },
    ];
    slowMs = CALL_MS;
    try {
      for (const p of probes) {
        const t0 = Date.now();
        await send(p);
        if (process.env.FUZZ_STATS === '1') console.log(`[fuzz] ${Date.now() - t0} ms: ${describeProbe(p).slice(0, 100)}`);
      }
    } finally {
      slowMs = SLOW_MS;
    }
  });

  it('found no failure', () => {
    expect([...failures.entries()].map(([sig, f]) => `${f.where} → ${f.status}: ${f.excerpt} [${sig}]`)).toEqual([]);
    expect(count.runs).toBeGreaterThanOrEqual(runs(5000));
  });
});
