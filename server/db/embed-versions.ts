import type { Db, ReadDb } from './client';

/**
 * Storage for pinned embed versions (migration 002). The embed code decides what a snapshot is;
 * this file only keeps and returns its text. No revision bump: a pin changes no figure, and the
 * caches keyed on the revision have nothing to refresh.
 */
export interface StoredVersion {
  snapshot: string;
  createdAt: string;
}

export async function findEmbedVersion(db: ReadDb, kind: string, subjectId: string, version: string): Promise<StoredVersion | null> {
  const rows = await db.query<{ snapshot: string; created_at: Date | string }>(
    'SELECT snapshot, created_at FROM embed_versions WHERE kind = $1 AND subject_id = $2 AND version = $3',
    [kind, subjectId, version],
  );
  return rows[0] ? { snapshot: rows[0].snapshot, createdAt: new Date(rows[0].created_at).toISOString() } : null;
}

/** Keep a snapshot; a second store of the same version is a no-op, so concurrent first requests are safe. */
export async function saveEmbedVersion(db: Db, v: { kind: string; subjectId: string; version: string; snapshot: string; revision: number }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO embed_versions (kind, subject_id, version, snapshot, revision) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, subject_id, version) DO NOTHING`,
      [v.kind, v.subjectId, v.version, v.snapshot, v.revision],
    );
  });
}
