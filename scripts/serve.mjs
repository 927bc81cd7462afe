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
const server = http.createServer((req, res) => {
  if (isRender(req)) gate(renders, res, () => handle(req, res));
  else if (req.method === 'GET' && req.url?.startsWith('/api/')) gate(reads, res, () => handle(req, res));
  else handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => console.log(`[tally] serving on http://${host}:${port}`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)).closeAllConnections?.());
