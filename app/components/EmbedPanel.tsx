'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type { EmbedInfo, Snippets } from '@/server/embed/snippets';
import { assetPath, embedQuery } from '@/server/embed/links';
import styles from './EmbedDialog.module.css';

export interface EmbedTarget {
  measureId: string;
  title: string;
  /** 'comparison' embeds the topic's comparison chart (needs topicId) instead of one measure. */
  kind?: 'measure' | 'comparison';
  topicId?: string;
}

interface Props extends EmbedTarget {
  /** The button that opened the dialog: focus goes back there when it closes. */
  opener: React.RefObject<HTMLButtonElement | null>;
  /** Bumped by every press of the button: the dialog opens again. */
  opened: number;
}

const SNIPPETS: { key: keyof Omit<Snippets, 'url'>; label: string; hint: string }[] = [
  { key: 'iframeScript', label: 'Interactive, fits its height', hint: 'The iframe plus a 1 KB script that sizes it to the chart.' },
  { key: 'iframe', label: 'Interactive (iframe only)', hint: 'For sites that do not allow scripts; in a narrow column the frame scrolls and keeps its Sources line in view.' },
  { key: 'image', label: 'Static image (PNG)', hint: 'For newsletters and print; the image carries its sources.' },
  { key: 'citation', label: 'Citation', hint: 'Plain text for a footnote or a bibliography.' },
  { key: 'markdown', label: 'Markdown link', hint: '' },
];

/**
 * The Embed dialog: copyable code for an iframe, an iframe with its resize script, a static
 * image, a citation and a Markdown link, for the latest data or pinned to the version on screen
 * now, and the pictures to download (PNG at 1× and 2×, a print PNG, SVG) in the colours chosen. A
 * native modal <dialog> keeps focus inside and closes on Escape; focus goes back to the button
 * that opened it. Everything copied is built on the server (info.json), so it always matches what
 * the embed URL serves. Loaded only when a reader first presses Embed (./EmbedDialog.tsx).
 */
export default function EmbedPanel({ measureId, title, kind = 'measure', topicId, opener, opened }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [info, setInfo] = useState<EmbedInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pinned, setPinned] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [theme, setTheme] = useState<EmbedInfo['theme']>('auto');
  const [unreviewed, setUnreviewed] = useState(false);
  const [shown, setShown] = useState(false);
  const id = useId();
  const target = kind === 'comparison' && topicId ? { k: 'topic' as const, id: topicId } : { k: 'measure' as const, id: measureId };
  // The codes for these options, built on the server like the rest.
  const infoUrl = assetPath(target.k, target.id, null, 'info.json') + embedQuery({ theme, unreviewed });

  useEffect(() => {
    if (!shown) return;
    let live = true;
    // Old codes for other options must not be copied while the new ones load.
    setInfo(null);
    setError(null);
    setCopied(null);
    fetch(infoUrl, { headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? (r.json() as Promise<EmbedInfo>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((i) => live && setInfo(i))
      .catch((e: Error) => live && setError(`The embed codes could not be loaded (${e.message}).`));
    return () => {
      live = false;
    };
  }, [infoUrl, shown]);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    setShown(true);
  }, [opened]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // Escape and the close button both end here: give focus back to where the reader was.
    const onClose = () => {
      setShown(false);
      opener.current?.focus();
    };
    d.addEventListener('close', onClose);
    return () => d.removeEventListener('close', onClose);
  }, []);

  const copy = async (key: string, text: string, el: HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard permission (an insecure origin, an old browser): select it for Ctrl+C.
      el?.focus();
      el?.select();
    }
    setCopied(key);
  };

  const set = info ? (pinned ? info.pinned : info.latest) : null;
  return (
    <>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-h`} onClick={(e) => e.target === dialog.current && dialog.current?.close()}>
        <div className={styles.inner}>
          <header className={styles.head}>
            <h2 id={`${id}-h`}>Embed “{title}”</h2>
            <button type="button" className={styles.close} onClick={() => dialog.current?.close()} aria-label="Close">
              ×
            </button>
          </header>
          <fieldset className={styles.choice}>
            <legend>Which data</legend>
            <label>
              <input type="radio" name={`${id}-v`} checked={!pinned} onChange={() => setPinned(false)} /> Latest: updates when Tally learns more
            </label>
            <label>
              <input type="radio" name={`${id}-v`} checked={pinned} onChange={() => setPinned(true)} /> This version{info ? ` (${info.version})` : ''}: never changes
            </label>
          </fieldset>
          <fieldset className={styles.choice}>
            <legend>Colours</legend>
            {(['auto', 'light', 'dark'] as const).map((t) => (
              <label key={t}>
                <input type="radio" name={`${id}-t`} checked={theme === t} onChange={() => setTheme(t)} />{' '}
                {t === 'auto' ? 'Follow the reader’s light or dark setting' : t === 'light' ? 'Light' : 'Dark'}
              </label>
            ))}
          </fieldset>
          <fieldset className={styles.choice}>
            <legend>Which figures</legend>
            <label>
              <input type="checkbox" checked={unreviewed} onChange={(e) => setUnreviewed(e.currentTarget.checked)} /> Also figures Tally has not reviewed yet
              {info ? ` (${info.unreviewed.count === 0 ? 'none now' : info.unreviewed.count})` : ''}, marked “not reviewed”
            </label>
            {!unreviewed && <span className={styles.hint}>By default an embed shows reviewed and curated figures only.</span>}
          </fieldset>
          {error && <p role="alert">{error}</p>}
          {!set && !error && <p aria-live="polite">Loading…</p>}
          {set &&
            SNIPPETS.map((s) => (
              <Snippet key={s.key} id={`${id}-${s.key}`} label={s.label} hint={s.hint} text={set[s.key]} copied={copied === s.key} onCopy={(el) => copy(s.key, set[s.key], el)} />
            ))}
          {info && (
            <p className={styles.files}>
              Download{theme === 'dark' ? ' (dark)' : ''}: <a href={info.files.png.url} download>PNG ({info.files.png.width} × {info.files.png.height})</a> ·{' '}
              <a href={info.files.png2x.url} download>PNG 2× ({info.files.png2x.width} × {info.files.png2x.height})</a> ·{' '}
              <a href={info.files.print.url} download>PNG for print ({info.files.print.width} px, {info.files.print.dpi} dpi)</a> · <a href={info.files.svg} download>SVG</a> ·{' '}
              <a href={info.files.csv}>Data (CSV)</a> · <a href={info.files.json}>Data (JSON)</a> ·{' '}
              <a href={set?.url} target="_blank" rel="noopener">Open the embed</a>
            </p>
          )}
          <p className={styles.status} aria-live="polite">
            {copied ? 'Copied to the clipboard.' : ''}
          </p>
        </div>
      </dialog>
    </>
  );
}

interface SnippetProps {
  id: string;
  label: string;
  hint: string;
  text: string;
  copied: boolean;
  onCopy(el: HTMLTextAreaElement | null): void;
}

function Snippet({ id, label, hint, text, copied, onCopy }: SnippetProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <div className={styles.snippet}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {hint && <span className={styles.hint}> {hint}</span>}
      </label>
      <div className={styles.row}>
        <textarea id={id} ref={area} readOnly value={text} rows={text.length > 160 ? 3 : 2} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => onCopy(area.current)} aria-describedby={id}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}
