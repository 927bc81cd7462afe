'use client';
import { z } from 'zod';

/*
 * A pasted article is kept in this browser until it is stored, so leaving the page (to fetch the
 * admin token, to look at the review queue) loses nothing. What comes back is parsed, not trusted.
 */
const DRAFT_KEY = 'tally-ingest-draft';
const Draft = z.object({ text: z.string(), outlet: z.string(), title: z.string(), url: z.string(), published: z.string() });
export type IngestDraft = z.infer<typeof Draft>;

export function readDraft(): IngestDraft | null {
  try {
    const r = Draft.safeParse(JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? 'null'));
    return r.success && Object.values(r.data).some((v) => v.trim() !== '') ? r.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(values: IngestDraft | null): void {
  try {
    if (values === null || Object.values(values).every((v) => v.trim() === '')) window.localStorage.removeItem(DRAFT_KEY);
    else window.localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
  } catch {
    // Private mode or a full store: the draft lives as long as the page.
  }
}
