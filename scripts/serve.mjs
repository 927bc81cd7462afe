// The production server `npm start` runs: Next's request handler behind small FIFO gates. A page
// render is CPU work on one thread; fifty at once share the CPU and every one of them finishes
// late (multi-second p99 under load). Taken in turn, each waits only for those before it. API
// reads get a wider gate of their own; embeds, static files and writes pass straight through.
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const next = createRequire(import.meta.url)('next');

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || '3000');
/** Renders in flight at once; more only interleave on the one thread. */
const RENDERS = 2;
/** Requests waiting at a gate beyond this are refused with 503 rather than queued for ever. */
const MAX_WAITING = 2000;

const PASS_THROUGH = /^\/(?:_next|api|embed|embed\.js|favicon|icon|apple-icon|robots\.txt|sitemap)(?:[/.?]|$)/;

/** A page render: a GET or HEAD for a route, not a file, an API call or an embed. */
function isRender(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '/';
  const pathname = url.split('?')[0];
  return !PASS_THROUGH.test(pathname) && !/\.[a-z0-9]+$/i.test(pathname);
}

/** A FIFO of work that may run `limit` at a time. */
function fifo(limit) {
  return { limit, running: 0, waiting: [] };
}
const renders = fifo(RENDERS);
/** API reads are short, but fifty interleaved ones still finish late; a wider gate keeps them in order. */
const reads = fifo(8);

function release(q) {
  q.running--;
  const nextTask = q.waiting.shift();
  if (nextTask) start(q, nextTask);
}

function start(q, task) {
  q.running++;
  let done = false;
  const finish = () => {
    if (!done) {
      done = true;
      release(q);
    }
  };
  task.res.once('close', finish);
  task.res.once('finish', finish);
  Promise.resolve(task.run()).catch((err) => {
    console.error(err);
    if (!task.res.headersSent) task.res.writeHead(500).end('Internal Server Error');
    finish();
  });
}

function gate(q, res, run) {
  const task = { res, run };
  if (q.running < q.limit) return start(q, task);
  if (q.waiting.length >= MAX_WAITING) {
    res.writeHead(503, { 'retry-after': '1', 'content-type': 'text/plain; charset=utf-8' }).end('Tally is busy; try again in a moment.');
    return;
  }
  q.waiting.push(task);
  // Nothing is written while a task waits, so its response closing means the client left.
  res.once('close', () => {
    const i = q.waiting.indexOf(task);
    if (i >= 0) q.waiting.splice(i, 1);
  });
}

const app = next({ dev: false, dir: root, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();
/** Probes that must answer even when every gate is full. */
const PROBE = /^\/api\/(?:health|ready)\/?(?:\?|$)/;
const server = http.createServer((req, res) => {
  // Who is asking, for the rate limits (server/http/rate-limit.ts): the connection's own address,
  // never a header the client sent.
  req.headers['x-tally-client'] = req.socket.remoteAddress ?? '';
  // An embed the route already answered at the current revision is sent from its cache before
  // Next is asked (server/embed/fast.ts): Next's pipeline costs far more than the lookup.
  if (globalThis.__tallyEmbedFast?.(req, res)) return;
  if (PROBE.test(req.url ?? '')) handle(req, res);
  else if (isRender(req)) gate(renders, res, () => handle(req, res));
  else if (req.method === 'GET' && req.url?.startsWith('/api/')) gate(reads, res, () => handle(req, res));
  else handle(req, res);
});
server.keepAliveTimeout = 65_000;
const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
server.listen(port, host, async () => {
  console.log(`[tally] serving on ${origin}`);
  // Open the database now, not on the first visit: a directory another process holds, or one that
  // lost its files, stops this start with the reason (logged above by the server) instead of
  // leaving a process up that fails every request.
  // A first start creates and loads the database, which on a busy machine takes longer than one
  // probe waits: while the answer is only "pending", ask again (for up to two minutes).
  const until = Date.now() + 120_000;
  for (;;) {
    const r = await fetch(`${origin}/api/ready`).catch(() => null);
    if (!r || r.status !== 503) return;
    const body = await r.json().catch(() => ({}));
    if (!body.pending || Date.now() > until) {
      console.error('[tally] cannot open the database (the reason is above): stopping');
      return shutdown('no database', 1);
    }
  }
});

/** Requests in flight get this long to finish after SIGTERM; then connections are cut. */
const DRAIN_MS = 3500;
let stopping = false;
async function shutdown(sig, code = 0) {
  if (stopping) return;
  stopping = true;
  console.log(`[tally] ${sig}: finishing requests in flight (at most ${DRAIN_MS / 1000} s), then stopping`);
  const force = setTimeout(() => server.closeAllConnections?.(), DRAIN_MS);
  force.unref();
  // Stop accepting; idle keep-alive sockets go now, busy ones as soon as their response is done.
  const idle = setInterval(() => server.closeIdleConnections?.(), 50);
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeIdleConnections?.();
  });
  clearInterval(idle);
  clearTimeout(force);
  // The database is closed cleanly, so PGlite writes its last pages before the process ends.
  const db = globalThis.__tallyDb;
  if (db) await Promise.race([db.then((d) => d.close()).catch(() => {}), new Promise((r) => setTimeout(r, 1000).unref())]);
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => shutdown(sig));

// A database gone for good (PostgreSQL stopped, its files removed) must not leave a process that
// answers pages while every API fails: after this many failed readiness probes in a row, exit
// non-zero so a supervisor restarts it or a person sees it stopped.
const PROBE_EVERY_MS = Number(process.env.TALLY_READY_PROBE_MS || 5000);
if (!Number.isInteger(PROBE_EVERY_MS) || PROBE_EVERY_MS < 50) {
  console.error(`TALLY_READY_PROBE_MS must be a whole number of milliseconds, at least 50; got "${process.env.TALLY_READY_PROBE_MS}"`);
  process.exit(2);
}
const PROBE_FAILURES = 6;
let failures = 0;
const probe = setInterval(async () => {
  try {
    const r = await fetch(`${origin}/api/ready`, { signal: AbortSignal.timeout(20_000) });
    failures = r.status === 503 ? failures + 1 : 0;
  } catch {
    failures = 0; // no answer at all is a busy or stopping server, not a dead database
  }
  if (failures >= PROBE_FAILURES) {
    console.error(`[tally] the database has not answered for ${(PROBE_FAILURES * PROBE_EVERY_MS) / 1000} s: stopping`);
    clearInterval(probe);
    shutdown('database gone', 1);
  }
}, PROBE_EVERY_MS);
probe.unref();
