/**
 * The reader's colour theme: "light" or "dark" when chosen, "auto" (the device's
 * `prefers-color-scheme`) otherwise. The choice lives in localStorage and shows as `data-theme` on
 * <html>; app/styles/theme.css gives the dark values. This module has no 'use client' so the root
 * layout (a server component) can inline THEME_SCRIPT.
 */
export type ThemeChoice = 'light' | 'dark' | 'auto';

export const THEME_KEY = 'tally-theme';

/**
 * Runs in <head> before the body is parsed, so the first paint already has the chosen theme (no
 * flash of light before React hydrates). Storage may be refused (privacy modes): then "auto".
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}`;

/** The theme the page shows: read from <html>, which the head script and `chooseTheme` keep. */
export function currentTheme(): ThemeChoice {
  const t = document.documentElement.getAttribute('data-theme');
  return t === 'light' || t === 'dark' ? t : 'auto';
}

function apply(t: ThemeChoice): void {
  if (t === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', t);
}

const listeners = new Set<() => void>();

export function chooseTheme(t: ThemeChoice): void {
  try {
    if (t === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, t);
  } catch {
    // Not remembered, but still shown for this page.
  }
  apply(t);
  for (const l of listeners) l();
}

/** For useSyncExternalStore; a choice made in another tab applies here too. */
export function subscribeTheme(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== THEME_KEY && e.key !== null) return;
    const v = e.newValue;
    apply(v === 'light' || v === 'dark' ? v : 'auto');
    onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}
