import { describe, expect, it } from 'vitest';
import { Progress } from '@/scripts/lib/progress';

const counts = (stored: number, duplicate = 0, refused = 0) => ({ stored, duplicate, refused });

describe('the ingest progress on stderr', () => {
  it('on a terminal: a bar redrawn in place, taken off the line before other output', () => {
    const out: string[] = [];
    const p = new Progress(5000, true, (s) => out.push(s));
    p.update(1234, counts(1200, 30, 4));
    expect(out[0]).toMatch(/^\r\[#####-{15}\] 1,234\/5,000 stored 1,200 · duplicate 30 · refused 4 · [\d,]+\/s\x1b\[K$/);
    p.update(1235, counts(1201, 30, 4)); // within the redraw interval: not drawn
    expect(out).toHaveLength(1);
    p.clear();
    expect(out[1]).toBe('\r\x1b[K');
    p.update(5000, counts(4960, 30, 10)); // the last file is always drawn
    expect(out[2]).toMatch(/\[#{20}\] 5,000\/5,000 stored 4,960/);
  });

  it('off a terminal: a whole line now and then, never a carriage return', () => {
    const out: string[] = [];
    const p = new Progress(1000, false, (s) => out.push(s));
    for (let i = 1; i <= 1000; i++) p.update(i, counts(i));
    expect(out.length).toBe(4); // every 250 files (or 10 s, whichever comes first)
    expect(out.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
    expect(out[0]).toMatch(/^\[#####-{15}\] 250\/1,000 stored 250 /);
    p.clear();
    expect(out.length).toBe(4);
  });
});
