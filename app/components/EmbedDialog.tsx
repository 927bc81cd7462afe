'use client';
import { useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import type { EmbedTarget } from './EmbedPanel';
import styles from './EmbedDialog.module.css';

// The dialog's code loads when a reader first presses Embed, not with every page that shows a chart.
const EmbedPanel = dynamic(() => import('./EmbedPanel'), { ssr: false, loading: () => null });

/** The "Embed" button; its dialog (./EmbedPanel.tsx) is fetched on the first press and opens on each. */
export function EmbedDialog(props: EmbedTarget) {
  const opener = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useState(0);
  return (
    <>
      <button ref={opener} type="button" className={styles.trigger} onClick={() => setOpened((n) => n + 1)} aria-haspopup="dialog">
        Embed
      </button>
      {opened > 0 && <EmbedPanel {...props} opener={opener} opened={opened} />}
    </>
  );
}
