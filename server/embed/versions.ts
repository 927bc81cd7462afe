import type { Db } from '../db/client';
import { getCatalog, type Catalog } from '../db/catalog';
import { findEmbedVersion, saveEmbedVersion } from '../db/embed-versions';
import { findModel, snapshotText, versionOf, type EmbedKind, type EmbedModel } from './model';

/**
 * Which data an embed shows: the latest version of a chart, or one pinned version. The latest is
 * worked out once per catalog revision and subject (the catalog already caches the claims and
 * flags); its snapshot is stored the first time it is worked out, so every pinned URL the site
 * hands out (the dialog, oEmbed, info.json) already has its row before anyone copies it.
 */
export interface Version {
  version: string;
  model: EmbedModel;
}

interface Current {
  revision: number;
  value: Promise<Version | null>;
}

// Per database handle (one per process in the app, several in tests); on globalThis because
// Next may load this module once per route bundle.
interface Caches {
  current: Map<string, Current>;
  /** Pinned versions never change, so they are kept until the map is full, then the oldest go. */
  pinned: Map<string, Version>;
}
const store = globalThis as unknown as { __tallyEmbedVersions?: WeakMap<Db, Caches> };
const byDb = (store.__tallyEmbedVersions ??= new WeakMap());
const PINNED_MAX = 500;

function caches(db: Db): Caches {
  let c = byDb.get(db);
  if (!c) byDb.set(db, (c = { current: new Map(), pinned: new Map() }));
  return c;
}

export function latestVersion(db: Db, cat: Catalog, kind: EmbedKind, id: string): Promise<Version | null> {
  const { current } = caches(db);
  const key = `${kind}:${id}`;
  const hit = current.get(key);
  if (hit && hit.revision === cat.revision) return hit.value;
  const value = (async () => {
    const model = findModel(cat, kind, id);
    if (!model) return null;
    const snapshot = snapshotText(model);
    const version = versionOf(snapshot);
    await saveEmbedVersion(db, { kind, subjectId: id, version, snapshot, revision: cat.revision });
    return { version, model };
  })();
  // A failed store must not stick: the next request tries again.
  value.catch(() => current.delete(key));
  current.set(key, { revision: cat.revision, value });
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
  if (stored) found = { version, model: JSON.parse(stored.snapshot) as EmbedModel };
  else {
    // Not stored yet only if nobody has asked for this chart since its data last changed.
    const latest = await latestVersion(db, cat, kind, id);
    if (latest?.version === version) found = latest;
  }
  if (found) {
    if (pinned.size >= PINNED_MAX) pinned.delete(pinned.keys().next().value as string);
    pinned.set(key, found);
  }
  return found;
}

/**
 * The catalog, its revision checked at most once a second rather than on every request: an embed
 * is then at most a second behind a write (browsers may keep it for a minute anyway), and a
 * cached embed costs no database round trip at all.
 */
const REVISION_TTL_MS = 1000;
let lastCatalog: { at: number; db: Db; cat: Catalog } | null = null;

export async function freshCatalog(db: Db): Promise<Catalog> {
  const now = Date.now();
  if (lastCatalog && lastCatalog.db === db && now - lastCatalog.at < REVISION_TTL_MS) return lastCatalog.cat;
  const cat = await getCatalog(db.reader());
  lastCatalog = { at: now, db, cat };
  return cat;
}
