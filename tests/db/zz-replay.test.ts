import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { createCaller } from '@/server/trpc/router';
import { openDatabase } from '@/server/db';
it('repro', async () => {
  const db = await openDatabase({ dir: fs.mkdtempSync(path.join(os.tmpdir(), 'tally-rp-')) });
  const admin = createCaller({ db, isAdmin: true });
  for (const text of [`Officials said ${'1' + '0'.repeat(45)} drones arrived.`, 'Officials said 1e45 drones arrived.', `It cost $${'9'.repeat(42)}.`]) {
    try { const r = await admin.ingest.create({ text, outlet: 'O', title: 'T' + text.length }); console.log('create ok', r.figures.map((f) => JSON.stringify(f.value)).join(' ')); } catch (e) { console.log('CREATE FAIL', (e as Error).message, String((e as { cause?: Error }).cause?.message)); }
  }
  const r = await admin.ingest.create({ text: 'Officials said 400 drones arrived on Monday.', outlet: 'Fuzz', title: 'Edit me' });
  const id = r.figures[0].claimId!;
  try {
    await admin.review.edit({ id, reason: 'fuzz edit', value: { low: null, high: 1e41, best: null, lowInclusive: true, highInclusive: true, qualifier: 'range', text: 'x' } });
    console.log('edit ok');
  } catch (e) { console.log('EDIT FAIL', id, (e as Error).message, String((e as { cause?: Error }).cause?.message)); }
}, 600000);
