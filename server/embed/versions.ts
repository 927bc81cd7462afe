import { onCommit, type Db } from '../db/client';
import { currentRevision, type Catalog } from '../db/catalog';
import { topicCatalog, topicOfMeasure } from '../db/topic-catalog';
import { makeCatalog } from '../domain/catalog-model';
import { findEmbedVersion, saveEmbedVersion } from '../db/embed-versions';
import { findModel, snapshotText, versionOf, type EmbedKind, type EmbedModel, type ModelOptions } from './model';

/**
 * Which data an embed shows: the latest version of a chart, or one pinned version. The latest is
 * worked out once per catalogue and subject (the catalogue already caches the claims and flags,
 * and is kept while its topic does not change); its snapshot is stored the first time it is worked out, so every pinned URL the site
 * hands out (the dialog, oEmbed, info.json) already has its row before anyone copies it.
 */
export interface Version {
  version: string;
  model: EmbedModel;
  /** When this version was first kept (ISO): the date the chart's data took this form, its "last updated". */
  updated: string;
}

// Per database handle (one per process in the app, several in tests); on globalThis because
// Next may load this module once per route bundle.
interface Caches {
  /**
   * Each chart's latest version, per catalogue it was worked out from: a catalogue kept across
   * revisions (its topic unchanged, server/db/topic-catalog.ts) gives the same chart. Weakly held,
   * so a catalogue dropped from its cache takes its versions with it.
   */
  current: WeakMap<Catalog, Map<string, Promise<Version | null>>>;
  /** Pinned versions never change, so they are kept until the map is full, then the oldest go. */
  pinned: Map<string, Version>;
}
const store = globalThis as unknown as { __tallyEmbedVersions?: WeakMap<Db, Caches> };
const byDb = (store.__tallyEmbedVersions ??= new WeakMap());
const PINNED_MAX = 500;

function caches(db: Db): Caches {
  let c = byDb.get(db);
  if (!c) byDb.set(db, (c = { current: new WeakMap(), pinned: new Map() }));
  return c;
}

/**
 * The latest version of a chart. With unreviewed figures included it is another chart, with its
 * own snapshot and version id (the snapshot says `unreviewed: true`), so a pinned URL always
 * shows what it showed when it was copied, whatever its query asks.
 */
export function latestVersion(db: Db, cat: Catalog, kind: EmbedKind, id: string, opts: ModelOptions = {}): Promise<Version | null> {
  const { current } = caches(db);
  const key = `${kind}:${id}${opts.unreviewed ? ':u' : ''}`;
  let ofCat = current.get(cat);
  if (!ofCat) current.set(cat, (ofCat = new Map()));
  const hit = ofCat.get(key);
  if (hit) return hit;
  const value = (async () => {
    const model = findModel(cat, kind, id, opts);
    if (!model) return null;
    const snapshot = snapshotText(model);
    const version = versionOf(snapshot);
    const updated = await saveEmbedVersion(db, { kind, subjectId: id, version, snapshot, revision: cat.revision });
    return { version, model, updated };
  })();
  // A failed store must not stick: the next request tries again.
  value.catch(() => ofCat.delete(key));
  ofCat.set(key, value);
  return value;
}

/** One pinned version, or null for a version this chart never had. */
export async function pinnedVersion(db: Db, cat: Catalog, kind: EmbedKind, id: string, version: string): Promise<Version | null> {
  const { pinned } = caches(db);
  const key = `${kind}:${id}:${version}`;
  const hit = pinned.get(key);
  if (hit) return hit;
  const stored = await findEmbedVersion(db.reader(), kind, id, version);
  let found: Version | null = null;
  if (stored) found = { version, model: JSON.parse(stored.snapshot) as EmbedModel, updated: stored.createdAt };
  else {
    // Not stored yet only if nobody has asked for this chart since its data last changed.
    for (const unreviewed of [false, true]) {
      const latest = await latestVersion(db, cat, kind, id, { unreviewed });
      if (latest?.version === version) found = latest;
      if (found) break;
    }
  }
  if (found) {
    if (pinned.size >= PINNED_MAX) pinned.delete(pinned.keys().next().value as string);
    pinned.set(key, found);
  }
  return found;
}

/**
 * The revision, known without a database round trip on almost every request. Writes made by this
 * process are heard at once (onCommit, shared on globalThis by every bundle), so the next embed
 * after one looks again. Writes from another process (a second server or a CLI on the same
 * PostgreSQL) are seen within REVISION_TTL_MS plus the catalogue's own re-check (250 ms,
 * server/db/catalog.ts): an embed is then at most about a second behind such a write, which
 * browsers keeping a latest embed for a minute (CACHE_LATEST) would not notice anyway.
 * Concurrent requests past the TTL share one check instead of each asking the database.
 */
export const REVISION_TTL_MS = 1000;

interface Fresh {
  at: number;
  writes: number;
  revision: number;
}
const shared = globalThis as unknown as { __tallyEmbedFresh?: WeakMap<Db, Fresh>; __tallyEmbedWrites?: { n: number } };
const fresh = (shared.__tallyEmbedFresh ??= new WeakMap());
/** A check in flight, and the commit count it started at: one begun before a commit is not joined. */
const pending = new WeakMap<Db, { writes: number; revision: Promise<number> }>();
// One counter and one listener per process, however many bundles load this module.
if (!shared.__tallyEmbedWrites) {
  const counter = (shared.__tallyEmbedWrites = { n: 0 });
  onCommit(() => {
    counter.n++;
  });
}
const writes = shared.__tallyEmbedWrites!;

/** The revision if it was checked recently and nothing was committed here since; else null. Synchronous. */
export function revisionNow(db: Db): number | null {
  const f = fresh.get(db);
  return f && f.writes === writes.n && Date.now() - f.at < REVISION_TTL_MS ? f.revision : null;
}

export function freshRevision(db: Db): Promise<number> {
  const now = revisionNow(db);
  if (now !== null) return Promise.resolve(now);
  const inFlight = pending.get(db);
  if (inFlight && inFlight.writes === writes.n) return inFlight.revision;
  const before = writes.n;
  const at = Date.now();
  const revision = currentRevision(db.reader()).then(
    (r) => {
      // A slower, older check never overwrites a newer one.
      if ((fresh.get(db)?.at ?? -Infinity) <= at) fresh.set(db, { at, writes: before, revision: r });
      if (pending.get(db)?.revision === revision) pending.delete(db);
      return r;
    },
    (e: unknown) => {
      if (pending.get(db)?.revision === revision) pending.delete(db);
      throw e;
    },
  );
  pending.set(db, { writes: before, revision });
  return revision;
}

// The topic each measure is in, as of a revision: a measure moves only with a write.
const topicOf = new WeakMap<Db, { revision: number; byMeasure: Map<string, string | null> }>();

/**
 * The catalogue an embed of this subject reads: its topic's (every measure, claim and flag of
 * a chart lies within one topic; server/db/topic-catalog.ts), never the whole corpus. A subject
 * that does not exist gets an empty catalogue, in which it is not found.
 */
export async function freshCatalog(db: Db, kind: EmbedKind, id: string): Promise<Catalog> {
  const revision = await freshRevision(db);
  let topicId: string | null = id;
  if (kind === 'measure') {
    let memo = topicOf.get(db);
    if (!memo || memo.revision !== revision) topicOf.set(db, (memo = { revision, byMeasure: new Map() }));
    if (!memo.byMeasure.has(id)) {
      if (memo.byMeasure.size > 10_000) memo.byMeasure.clear();
      memo.byMeasure.set(id, await topicOfMeasure(db.reader(), id));
    }
    topicId = memo.byMeasure.get(id) ?? null;
  }
  return topicId ? topicCatalog(db.reader(), topicId) : makeCatalog({ topics: [], measures: [], claims: [], sources: [], flags: [] }, revision);
}
