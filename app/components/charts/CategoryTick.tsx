'use client';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  width: number;
}

/** Wrap a label into lines that fit `width` at about 6.6px a character (12px system sans). */
export function wrapLabel(text: string, width: number, maxLines = 3): string[] {
  const perLine = Math.max(8, Math.floor(width / 6.6));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = lines[maxLines - 1].replace(/.{0,1}$/, '…');
  }
  return lines;
}

/** Row labels: "Outlet · speaker · date" reads as a bold outlet over a muted byline. */
export function CategoryTick({ x, y, payload, width }: TickProps) {
  const text = String(payload?.value ?? '');
  const [head, ...rest] = text.split(' · ');
  const lines = [...wrapLabel(head, width, 2).map((t) => ({ t, strong: true })), ...wrapLabel(rest.join(' · '), width, 2).map((t) => ({ t, strong: false }))];
  const top = Number(y) - ((lines.length - 1) * 14) / 2;
  return (
    <text x={Number(x) - 6} y={top} textAnchor="end" fontSize={12} dominantBaseline="middle">
      {lines.map((l, i) => (
        <tspan key={i} x={Number(x) - 6} dy={i === 0 ? 0 : 14} fill={l.strong ? 'var(--ink)' : 'var(--muted)'} fontWeight={l.strong ? 600 : 400}>
          {l.t}
        </tspan>
      ))}
    </text>
  );
}
