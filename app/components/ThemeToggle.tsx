'use client';
import { useSyncExternalStore } from 'react';
import { chooseTheme, currentTheme, subscribeTheme, type ThemeChoice } from './theme';

const CHOICES: { value: ThemeChoice; label: string; more?: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'auto', label: 'Auto', more: ' (as your device is set)' },
];

const noop = () => () => {};

/**
 * Light / dark / auto as a radio group: arrow keys move between the three, and a screen reader
 * hears "Colour theme, Dark, radio button, checked". The server cannot know the stored choice, so
 * it renders "auto" and the client corrects it on hydration; the colours themselves were right
 * from the first paint (app/components/theme.ts).
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => 'auto' as const);
  // Disabled until hydrated: without JavaScript the choice could not be applied.
  const live = useSyncExternalStore(noop, () => true, () => false);
  return (
    <fieldset className="theme-toggle" disabled={!live}>
      <legend className="sr-only">Colour theme</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className="theme-toggle__opt">
          <input type="radio" name="tally-theme" value={c.value} checked={theme === c.value} onChange={() => chooseTheme(c.value)} />
          <span className="theme-toggle__face">
            {c.label}
            {c.more && <span className="sr-only">{c.more}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
