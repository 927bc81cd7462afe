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

/**
 * Keep a snapshot; a second store of the same version keeps the first, so concurrent first
 * requests are safe. Answers when the version was first kept: the date its data took this form,
 * what a chart's "last updated" says.
 */
export async function saveEmbedVersion(db: Db, v: { kind: string; subjectId: string; version: string; snapshot: string; revision: number }): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO embed_versions (kind, subject_id, version, snapshot, revision) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, subject_id, version) DO NOTHING`,
      [v.kind, v.subjectId, v.version, v.snapshot, v.revision],
    );
    const rows = await tx.query<{ created_at: Date | string }>('SELECT created_at FROM embed_versions WHERE kind = $1 AND subject_id = $2 AND version = $3', [v.kind, v.subjectId, v.version]);
    return new Date(rows[0]?.created_at ?? Date.now()).toISOString();
  });
}
