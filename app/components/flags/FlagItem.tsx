'use client';
import { useEffect, useMemo, useRef, type FocusEvent } from 'react';
import type { Flag } from '@/server/domain/schemas';
import { flagInUrl, useFlagFocus, type FocusedFlag } from '../charts/flag-focus';
import { flagAnchor } from './anchor';

/** The first drawn value a flag names, when none of them is in view: where "Show on the chart" takes the reader. */
function revealOnChart(claimIds: ReadonlySet<string>) {
  const marks = [...document.querySelectorAll<SVGElement>('svg a[data-claim-id]')].filter((m) => claimIds.has(m.dataset.claimId ?? ''));
  const inView = marks.some((m) => {
    const r = m.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  if (!inView && marks[0]) marks[0].closest('figure, .chart')?.scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
}

/**
 * One flag, its kind and its sentence: pointing at it or focusing anything in it highlights the
 * values it names on the page's charts; its button keeps them highlighted (Escape lets go); a page
 * opened at this flag (#flag-<id>, ?flag=<id>) starts with it highlighted.
 */
export function FlagItem({ flag, badge }: { flag: Flag; badge: React.ReactNode }) {
  const { preview, pin, pinned } = useFlagFocus();
  const ref = useRef<HTMLLIElement>(null);
  const focus: FocusedFlag = useMemo(() => ({ id: flag.id, claimIds: new Set(flag.claimIds) }), [flag.id, flag.claimIds]);
  const isPinned = pinned === flag.id;
  useEffect(() => {
    const fromUrl = () => {
      if (flagInUrl() !== flag.id) return;
      pin(focus);
      if (!window.location.hash) ref.current?.scrollIntoView({ block: 'center' });
    };
    fromUrl();
    window.addEventListener('hashchange', fromUrl);
    return () => window.removeEventListener('hashchange', fromUrl);
  }, [flag.id, focus, pin]);
  const leave = (e: FocusEvent) => {
    if (!ref.current?.contains(e.relatedTarget as Node | null)) preview(null);
  };
  return (
    <li
      ref={ref}
      id={flagAnchor(flag.id)}
      className={`flag${isPinned ? ' flag--pinned' : ''}`}
      data-flag-kind={flag.kind}
      data-flag-id={flag.id}
      onMouseEnter={() => preview(focus)}
      onMouseLeave={() => preview(null)}
      onFocus={() => preview(focus)}
      onBlur={leave}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && isPinned) pin(null);
      }}
    >
      {badge}
      <span className="flag__reason">{flag.reason}</span>
      {flag.claimIds.length > 0 && (
        <button
          type="button"
          className="flag__show no-print"
          aria-pressed={isPinned}
          onClick={() => {
            pin(isPinned ? null : focus);
            if (!isPinned) revealOnChart(focus.claimIds);
          }}
        >
          {isPinned ? 'Shown on the chart' : 'Show on the chart'}
        </button>
      )}
    </li>
  );
}
