'use client';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/*
 * Which flag the reader is looking at, so the charts of the page can show the claims it names
 * (highlighted, the others dimmed). Pointing at or focusing a flag previews it; its "Show on the
 * chart" button, or a link to it (#flag-<id>, ?flag=<id>), keeps it shown until dismissed.
 */

export interface FocusedFlag {
  id: string;
  claimIds: ReadonlySet<string>;
}

interface State {
  shown: FocusedFlag | null;
  pinned: string | null;
  preview(f: FocusedFlag | null): void;
  pin(f: FocusedFlag | null): void;
}

const FlagFocusContext = createContext<State>({ shown: null, pinned: null, preview: () => {}, pin: () => {} });

export function FlagFocusProvider({ children }: { children: ReactNode }) {
  const [previewed, setPreviewed] = useState<FocusedFlag | null>(null);
  const [pinned, setPinned] = useState<FocusedFlag | null>(null);
  const preview = useCallback((f: FocusedFlag | null) => setPreviewed(f), []);
  const pin = useCallback((f: FocusedFlag | null) => setPinned(f), []);
  const value = useMemo(() => ({ shown: previewed ?? pinned, pinned: pinned?.id ?? null, preview, pin }), [previewed, pinned, preview, pin]);
  return <FlagFocusContext.Provider value={value}>{children}</FlagFocusContext.Provider>;
}

export const useFlagFocus = () => useContext(FlagFocusContext);

/** The flag a page's address names: `#flag-<id>`, or `?flag=<id>`. */
export function flagInUrl(): string | null {
  if (typeof window === 'undefined') return null;
  const hash = window.location.hash.startsWith('#flag-') ? safeDecode(window.location.hash.slice('#flag-'.length)) : null;
  return hash ?? new URLSearchParams(window.location.search).get('flag');
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
