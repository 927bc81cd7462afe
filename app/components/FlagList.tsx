import type { Flag } from '@/server/domain/schemas';

export const FLAG_LABEL: Record<Flag['kind'], string> = {
  conflict: 'Conflict',
  denial: 'Denial',
  'off-calendar': 'Off calendar',
  'within-source': 'Within source',
  'different-measures': 'Different measures',
  'single-source': 'Single source',
};

export function FlagBadge({ kind }: { kind: Flag['kind'] }) {
  return (
    <span className="badge" data-flag-kind={kind} title={kind}>
      {FLAG_LABEL[kind]}
    </span>
  );
}

/** Every flag with its kind and its one-sentence reason: disagreements visible at a glance. */
export function FlagList({ flags, empty }: { flags: Flag[]; empty?: string }) {
  if (flags.length === 0) return empty ? <p className="muted small">{empty}</p> : null;
  return (
    <ul className="flags" aria-label="Where sources disagree">
      {flags.map((f) => (
        <li key={f.id} className="flag" data-flag-kind={f.kind} data-flag-id={f.id}>
          <FlagBadge kind={f.kind} />
          <span>{f.reason}</span>
        </li>
      ))}
    </ul>
  );
}
