'use client';
import { useState } from 'react';

/** A secret shown this once (a new token or password), with a copy button and a way to put it away. */
export function ShownOnce({ title, secret, testId, onDone }: { title: string; secret: string; testId: string; onDone(): void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret" role="status">
      <strong>{title}</strong>
      <code data-testid={testId}>{secret}</code>
      <div className="secret__row">
        <button
          type="button"
          className="btn btn--compact"
          onClick={() =>
            navigator.clipboard?.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="btn btn--compact" onClick={onDone}>
          I have kept it
        </button>
        <span className="small muted">It is shown only now: Tally keeps a hash, not the secret.</span>
      </div>
    </div>
  );
}
