'use client';
import { useState } from 'react';
import dynamic from 'next/dynamic';
import type { Measure } from '@/server/domain/schemas';
import { useAdminToken } from './ingest/AdminToken';

// The forms load when an admin opens one: a reader's measure page carries none of their code.
const loading = () => <p className="small muted">Loading the form…</p>;
const MergeForm = dynamic(() => import('./MergeSplitForms').then((m) => m.MergeForm), { ssr: false, loading });
const SplitForm = dynamic(() => import('./MergeSplitForms').then((m) => m.SplitForm), { ssr: false, loading });

/**
 * Merge this measure into another (the same quantity proposed twice), or split some of its
 * figures off into a new measure (two quantities that met by mistake). Both keep the measure and
 * every move in the history. Shown only with an accepted admin token.
 */
export function MergeSplit({ measure, claimCount }: { measure: Measure; claimCount: number }) {
  const admin = useAdminToken().ok;
  const [open, setOpen] = useState<'merge' | 'split' | null>(null);
  if (!admin) return null;
  return (
    <div className="measure-edit no-print">
      {open === 'merge' && <MergeForm measure={measure} onDone={() => setOpen(null)} />}
      {open === 'split' && <SplitForm measure={measure} onDone={() => setOpen(null)} />}
      {open === null && (
        <div className="actions">
          <button type="button" className="btn" onClick={() => setOpen('merge')} data-testid="merge-measure">
            Merge into another measure
          </button>
          {claimCount > 1 && (
            <button type="button" className="btn" onClick={() => setOpen('split')} data-testid="split-measure">
              Split figures off
            </button>
          )}
        </div>
      )}
    </div>
  );
}

