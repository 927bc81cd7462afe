import Link from 'next/link';
import '@/app/styles/flags.css';
import type { Flag } from '@/server/domain/schemas';
import { FlagItem } from './flags/FlagItem';

export const FLAG_LABEL: Record<Flag['kind'], string> = {
  conflict: 'Conflict',
  denial: 'Denial',
  'off-calendar': 'Off calendar',
  'within-source': 'Within source',
  'different-measures': 'Different measures',
  'single-source': 'Single source',
};

const FLAG_KINDS = Object.keys(FLAG_LABEL) as Flag['kind'][];

export function FlagBadge({ kind }: { kind: Flag['kind'] }) {
  return (
    <span className="badge" data-flag-kind={kind} title={kind}>
      {FLAG_LABEL[kind]}
    </span>
  );
}

/** A select's options for a flag kind filter: "any", then every kind by its label (search, /flags). */
export function FlagKindOptions({ any }: { any: string }) {
  return (
    <>
      <option value="">{any}</option>
      {FLAG_KINDS.map((k) => (
        <option key={k} value={k}>
          {FLAG_LABEL[k]}
        </option>
      ))}
    </>
  );
}

/** A badge that leads to every flag of its kind on /flags. */
export function FlagBadgeLink({ kind, measureId }: { kind: Flag['kind']; measureId?: string }) {
  const q = new URLSearchParams({ kind, ...(measureId ? { measure: measureId } : {}) });
  return (
    <Link href={`/flags?${q}`} className="badge-link" aria-label={`${FLAG_LABEL[kind]}: every flag of this kind`}>
      <FlagBadge kind={kind} />
    </Link>
  );
}

/**
 * Every flag with its kind and its one-sentence reason: disagreements visible at a glance, each
 * able to show on the page's charts the values it names (flags/FlagItem.tsx).
 */
export function FlagList({ flags, empty }: { flags: Flag[]; empty?: string }) {
  if (flags.length === 0) return empty ? <p className="muted small">{empty}</p> : null;
  return (
    <ul className="flags" aria-label="Where sources disagree">
      {flags.map((f) => (
        <FlagItem key={f.id} flag={f} badge={<FlagBadgeLink kind={f.kind} />} />
      ))}
    </ul>
  );
}
