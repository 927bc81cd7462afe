'use client';
import { useRouter } from 'next/navigation';
import type { IntervalPoint } from '@/server/domain/series';
import { drillHref } from './charts/palette';

/** The chart's values as a table: what a screen reader reads, and a click away from each source. */
export function DataTable({ points, caption }: { points: IntervalPoint[]; caption: string }) {
  const router = useRouter();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure as worded</th>
            <th scope="col">Interval</th>
            <th scope="col">Source</th>
            <th scope="col">Speaker</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.claimId} data-claim-id={p.claimId} onClick={() => router.push(drillHref(p))}>
              <td>
                <a href={drillHref(p)} onClick={(e) => e.stopPropagation()}>
                  {p.stance === 'denies' ? `Denied: “${p.valueText}”` : p.valueText}
                </a>
              </td>
              <td className="num">{p.stance === 'denies' ? '—' : `${p.intervalText} ${p.unit}`}</td>
              <td>{p.outlet}</td>
              <td>{p.speaker ?? '—'}</td>
              <td>{p.dateText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
