import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/server/db/client';
import { getCatalog } from '@/server/db/catalog';
import * as embedRoute from '@/app/embed/[...path]/route';
import { pngSize } from '@/server/embed/png';
import { PRINT_PNG } from '@/server/embed/query';
import { latestVersion } from '@/server/embed/versions';
import { formatDate } from '@/server/domain/dates';
import type { EmbedInfo } from '@/server/embed/snippets';
import { targets } from './targets';

/**
 * Exports (issue 10 item 10): the PNG at 1× and 2× and a print-width PNG, in the theme asked for,
 * and the version, "last updated" and "retrieved" dates on the picture's footer and in the
 * citation. Called through the route module, as Next does.
 */
const holder = globalThis as unknown as { __tallyDb?: Promise<Db> };
const MEASURE = 'drones-delivered';

async function get(path: string) {
  const url = new URL(path, 'http://127.0.0.1');
  const segments = url.pathname.split('/').slice(2).map(decodeURIComponent);
  const res = await embedRoute.GET(new Request(url), { params: Promise.resolve({ path: segments }) });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}
const day = (iso: string) => formatDate(iso.slice(0, 10));

describe.each(targets)('embed exports over $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    holder.__tallyDb = Promise.resolve(db);
  });
  afterAll(async () => {
    vi.useRealTimers();
    holder.__tallyDb = undefined;
    await db.close().catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    await dispose();
  });

  it('draws the PNG at 1× and 2× the pixels of one frame, and a print PNG 7 in wide at 300 dpi at the chart’s own height', async () => {
    const one = await get(`/embed/${MEASURE}/chart.png`);
    const two = await get(`/embed/${MEASURE}/chart.png?scale=2`);
    const print = await get(`/embed/${MEASURE}/chart.png?size=print&theme=dark`);
    expect(pngSize(one.bytes)).toEqual({ width: 1200, height: 675 });
    expect(pngSize(two.bytes)).toEqual({ width: 2400, height: 1350 });
    const p = pngSize(print.bytes)!;
    expect(p.width).toBe(PRINT_PNG.width);
    // Natural height: a time axis, its list and key are taller than a 16:9 frame would allow.
    expect(p.height).toBeGreaterThan((p.width * 675) / 1200);
    expect((await get(`/embed/${MEASURE}/chart.png?scale=2&width=600&height=300`)).bytes.length).toBeGreaterThan(0);
    expect(pngSize((await get(`/embed/${MEASURE}/chart.png?scale=2&width=600&height=300`)).bytes)).toEqual({ width: 1200, height: 600 });
  });

  it('refuses a scale or size it does not know with a 400 that says what it takes', async () => {
    for (const [q, word] of [['scale=3', 'scale must be 1 or 2'], ['size=poster', 'size must be screen or print']] as const) {
      const r = await get(`/embed/${MEASURE}/chart.png?${q}`);
      expect(r.status).toBe(400);
      expect(r.bytes.toString('utf8')).toContain(word);
    }
  });

  it('prints the version, when its data last changed and the day it was retrieved in the picture’s footer and the citation', async () => {
    const v = (await latestVersion(db, await getCatalog(db.reader()), 'measure', MEASURE))!;
    const todayText = formatDate(new Date().toISOString().slice(0, 10));
    const line = `Version ${v.version} · last updated ${day(v.updated)} · retrieved ${todayText}`;
    expect((await get(`/embed/${MEASURE}/chart.svg?theme=dark`)).bytes.toString('utf8')).toContain(line);
    const info = JSON.parse((await get(`/embed/${MEASURE}/info.json?theme=dark`)).bytes.toString('utf8')) as EmbedInfo;
    expect(info.updated).toBe(v.updated);
    expect(info.latest.citation).toContain(`last updated ${day(v.updated)}`);
    expect(info.latest.citation).toMatch(new RegExp(`, retrieved ${todayText}$`));
    expect(info.pinned.citation).toContain(`(version ${v.version}; last updated ${day(v.updated)})`);
    // Every picture in the theme asked for, at 1×, 2× and print width.
    expect(info.files.png.url).toMatch(/\/chart\.png\?theme=dark$/);
    expect(info.files.png2x).toMatchObject({ width: 2400, height: 1350 });
    expect(info.files.png2x.url).toMatch(/\/chart\.png\?theme=dark&scale=2$/);
    expect(info.files.print.url).toMatch(/\/chart\.png\?theme=dark&size=print$/);
    expect(info.files.svg).toMatch(/\/chart\.svg\?theme=dark$/);
    expect(info.latest.image).toContain('srcset="');
  });

  it('makes a picture again the next day, so its "retrieved" is never yesterday', async () => {
    const now = Date.now();
    const first = (await get(`/embed/${MEASURE}/chart.svg`)).bytes.toString('utf8');
    vi.useFakeTimers({ toFake: ['Date'], now: now + 86_400_000 });
    const next = (await get(`/embed/${MEASURE}/chart.svg`)).bytes.toString('utf8');
    vi.useRealTimers();
    const tomorrow = formatDate(new Date(now + 86_400_000).toISOString().slice(0, 10));
    expect(first).not.toContain(`retrieved ${tomorrow}`);
    expect(next).toContain(`retrieved ${tomorrow}`);
  });
});
