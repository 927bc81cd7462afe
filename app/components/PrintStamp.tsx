'use client';
import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import { formatDate } from '@/server/domain/dates';

/**
 * What a printed page says about itself, at its top and at its end: Tally's name, the page's
 * address and the day it was printed, so a printout handed round a newsroom can be traced back
 * and dated. Hidden on screen (app/styles/print.css). The address and date are taken again just
 * before printing, so a page left open overnight, or reached by a client-side link, prints its own.
 */
export function PrintStamp({ origin, where }: { origin: string; where: 'head' | 'foot' }) {
  const path = usePathname();
  const [now, setNow] = useState<{ href: string; day: string } | null>(null);
  useEffect(() => {
    const take = () => setNow({ href: window.location.href, day: new Date().toISOString().slice(0, 10) });
    take();
    window.addEventListener('beforeprint', take);
    return () => window.removeEventListener('beforeprint', take);
  }, [path]);
  // The server and the browser may spell a path differently (/measures/%ff): the span takes the browser's.
  const href = now?.href ?? origin + path;
  const day = formatDate(now?.day ?? new Date().toISOString().slice(0, 10));
  return (
    <div className={`print-stamp print-stamp--${where}`} aria-hidden="true" data-print-stamp={where} suppressHydrationWarning>
      <b>Tally</b> — figures in the news, with their sources · <span className="print-stamp__url" suppressHydrationWarning>
        {href}
      </span> · printed {day}
    </div>
  );
}
