'use client';
import { useState } from 'react';
import dynamic from 'next/dynamic';
import type { Measure } from '@/server/domain/schemas';
import { useAdminToken } from './ingest/AdminToken';

// The form and what it needs (the claim editor's fields, the measure kinds' schema) load when an
// admin opens it: a reader's measure page carries none of it.
const MeasureForm = dynamic(() => import('./EditMeasureForm'), { ssr: false, loading: () => <p className="small muted">Loading the form…</p> });

/**
 * Name, describe or move a measure. Ingest files figures that fit nothing under "New figures"
 * with a title made from the counted noun; this is where a person gives it a real name and a
 * topic, so it joins the dashboard. Shown only with an accepted admin token.
 */
export function EditMeasure({ measure, proposed }: { measure: Measure; proposed: boolean }) {
  const admin = useAdminToken().ok;
  const [open, setOpen] = useState(false);
  if (!admin) {
    return proposed ? (
      <p className="callout small" data-testid="measure-proposed">
        Ingest proposed this measure for figures that fit no other. A reviewer with the admin token can name it and move it to a topic.
      </p>
    ) : null;
  }
  return (
    <div className="measure-edit no-print">
      {proposed && !open && (
        <p className="callout small" data-testid="measure-proposed">
          Ingest proposed this measure for figures that fit no other: give it a name and a topic so it joins the dashboard.
        </p>
      )}
      {open ? (
        <MeasureForm measure={measure} onDone={() => setOpen(false)} />
      ) : (
        <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="edit-measure">
          Edit measure
        </button>
      )}
    </div>
  );
}

