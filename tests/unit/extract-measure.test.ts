import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Measure } from '@/server/domain/schemas';
import { analyseArticle, extractFigures, proposeMeasure, splitSentences } from '@/server/extract';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const nz = readFileSync(path.join(SEEDS, '000_dde206bdf90973aa.txt'), 'utf8');
const pa = readFileSync(path.join(SEEDS, '001_a820b39c6aa29085.txt'), 'utf8');

function measure(m: Partial<Measure> & Pick<Measure, 'id' | 'unit' | 'kind' | 'keywords'>): Measure {
  return { topicId: 'iran-drones', title: m.id, description: '', currency: null, referenceDate: null, tolerance: 0.05, position: 0, ...m };
}

const MEASURES: Measure[] = [
  measure({ id: 'drones-delivered', unit: 'drones', kind: 'cumulative-count', keywords: ['drone', 'UAV', 'Shahed', 'provided', 'delivered', 'supplied', 'since August', 'purchased', 'sold'] }),
  measure({ id: 'drones-agreed', unit: 'drones', kind: 'commitment', keywords: ['drone', 'agreed', 'deal', 'send', 'supply'] }),
  measure({ id: 'payment', unit: 'USD', currency: 'USD', kind: 'amount', keywords: ['pay', 'payment', 'billion', 'Iran'] }),
  measure({ id: 'war-duration', unit: 'months', kind: 'duration', referenceDate: '2022-02-24', keywords: ['war', 'invasion'] }),
  measure({ id: 'missiles', unit: 'missiles', kind: 'commitment', keywords: ['ballistic', 'missile'] }),
];

function propose(text: string, span: string, n = 0) {
  const f = extractFigures(text).filter((x) => x.text === span)[n];
  const s = splitSentences(text).find((x) => x.start <= f.start && x.end >= f.end)!;
  return proposeMeasure(f, s.text, MEASURES);
}

describe('measure matching', () => {
  it('matches the seed figures confidently to their measures', () => {
    expect(propose(pa, 'more than 400')).toMatchObject({ measureId: 'drones-delivered' });
    expect(propose(pa, 'more than 400').confidence).toBeGreaterThanOrEqual(0.75);
    expect(propose(nz, '6,000')).toMatchObject({ measureId: 'drones-agreed' });
    expect(propose(nz, '6,000').confidence).toBeGreaterThanOrEqual(0.75);
    expect(propose(nz, '$1 billion')).toMatchObject({ measureId: 'payment' });
    expect(propose(nz, '$1 billion').confidence).toBeGreaterThanOrEqual(0.75);
    for (const [text, span] of [[nz, 'nearly nine months'], [nz, '9 1/2 month'], [pa, 'nearly 15-month']]) {
      const p = propose(text, span);
      expect(p.measureId).toBe('war-duration');
      expect(p.confidence).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('never matches a figure whose kind or unit does not fit', () => {
    const p = proposeMeasure(extractFigures('Prices rose 40% in the war.')[0], 'Prices rose 40% in the war.', MEASURES);
    expect(p.measureId).toBeNull();
    const money = proposeMeasure(extractFigures('It lasted 9 months.')[0], 'It lasted 9 months.', [MEASURES[2]]);
    expect(money.measureId).toBeNull();
  });

  it('is not confident when subject words do not match', () => {
    const text = 'The club sold 400 tickets.';
    expect(proposeMeasure(extractFigures(text)[0], text, MEASURES).confidence).toBeLessThan(0.75);
  });

  it('is not confident when a different currency is stated', () => {
    const text = 'Russia would pay Iran €1 billion.';
    expect(proposeMeasure(extractFigures(text)[0], text, MEASURES).confidence).toBeLessThan(0.75);
  });

  it('explains itself', () => {
    expect(propose(nz, '6,000').reason).toMatch(/agreed/);
    expect(proposeMeasure(extractFigures('400 drones')[0], '400 drones', []).reason).toBe('no measures');
  });
});

describe('analyseArticle', () => {
  it('gives each figure its quote, speaker, date and measure', () => {
    const out = analyseArticle(pa, '2023-05-15', MEASURES);
    const kirby = out.find((x) => x.figure.text === 'more than 400')!;
    expect(kirby.quote.text).toBe('Since August, Iran has provided Russia with more than 400 UAVs primarily of the Shahed variety,” White House National Security Council spokesman John Kirby said.');
    expect(pa.slice(kirby.quote.start, kirby.quote.end)).toBe(kirby.quote.text);
    expect(kirby.attribution.speaker?.name).toBe('John Kirby');
    expect(kirby.asOf).toMatchObject({ asOf: '2023-05-15', periodStart: '2022-08-01' });
    expect(kirby.measure.measureId).toBe('drones-delivered');
    for (const x of out) expect(pa.slice(x.quote.start, x.quote.end)).toBe(x.quote.text);
  });

  it('works without a publication date', () => {
    const out = analyseArticle(nz, null, MEASURES);
    expect(out.map((x) => x.figure.text)).toContain('6,000');
    expect(out.every((x) => x.asOf.asOf === null)).toBe(true);
  });
});
