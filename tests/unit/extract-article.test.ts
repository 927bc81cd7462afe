import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Measure } from '@/server/domain/schemas';
import { analyseArticle, type AnalysedFigure } from '@/server/extract';

// A wire story written for this suite in the style of the held-out material (agency copy on the
// drone war): every figure's speaker, date and measure checked together, as ingest uses them.
const MEASURES = z.array(Measure).parse(JSON.parse(readFileSync(path.resolve(__dirname, '../../data/topics.json'), 'utf8')).measures);

const STORY = `KYIV, June 5 (Reuters) - Russia launched 35 Iranian-made Shahed drones and two cruise missiles at Ukraine overnight, Ukraine's air force said on Monday, adding that air defences had destroyed 30 of the drones.

The attack was the 10th on the capital this month, Kyiv Mayor Vitali Klitschko said on Telegram. Debris injured four people in the Darnytskyi district, he said.

Russia has used more than 1,200 Shaheds since September, according to Ukrainian military intelligence. Its spokesman, Andriy Yusov, told the Ukrainska Pravda website that Moscow had ordered about 2,400 more from Tehran under a deal worth roughly $1.7 billion.

"They are running out, but Iran keeps supplying them," Yusov said. He estimated that Russia had fewer than 100 Shaheds left in its stockpile.

Iran has repeatedly denied sending drones for use in the war, which is now in its 16th month.

A senior U.S. official, speaking on condition of anonymity, said Washington believed Russia had received "hundreds" of drones since August and was seeking hundreds of ballistic missiles as well.

The plant, in the Alabuga special economic zone, could produce 6,000 drones a year, the official said.`;

const out = analyseArticle(STORY, '2023-06-05', MEASURES);
function at(text: string, n = 0): AnalysedFigure {
  const a = out.filter((x) => x.figure.text === text)[n];
  expect(a, `figure ${text}`).toBeDefined();
  return a;
}

describe('a wire story, figure by figure', () => {
  it('finds the figures and nothing from ordinals', () => {
    expect(out.map((x) => x.figure.text)).toEqual([
      '35', 'two', '30', 'four', 'more than 1,200', 'about 2,400', 'roughly $1.7 billion', 'fewer than 100', '16th month', 'hundreds', 'hundreds', '6,000',
    ]);
  });

  it('attributes each figure', () => {
    expect(at('35').attribution.speaker).toEqual({ name: null, role: null, organisation: "Ukraine's air force" });
    expect(at('four').attribution.speaker).toMatchObject({ name: 'Vitali Klitschko', role: 'Mayor', organisation: 'Kyiv' });
    expect(at('more than 1,200').attribution.speaker).toMatchObject({ organisation: 'Ukrainian military intelligence' });
    expect(at('about 2,400').attribution).toMatchObject({ speaker: { name: 'Andriy Yusov', role: 'spokesman' }, citedBy: ['Ukrainska Pravda website'] });
    expect(at('fewer than 100').attribution.speaker).toMatchObject({ name: 'Andriy Yusov' });
    expect(at('hundreds', 1).attribution.speaker).toMatchObject({ role: 'senior official', organisation: 'US' });
    expect(at('6,000').attribution.speaker).toMatchObject({ role: 'senior official' });
  });

  it('keeps a relative clause in the writer’s voice, not the denier’s', () => {
    expect(at('16th month').attribution).toMatchObject({ speaker: null, stance: 'asserts' });
  });

  it('dates each figure', () => {
    expect(at('35').asOf.asOf).toBe('2023-06-05');
    expect(at('more than 1,200').asOf).toMatchObject({ asOf: '2023-06-05', periodStart: '2022-09-01' });
    expect(at('hundreds').asOf.periodStart).toBe('2022-08-01');
  });

  it('places figures on measures only when the words say which', () => {
    const sure = (a: AnalysedFigure) => (a.measure.confidence >= 0.75 ? a.measure.measureId : null);
    expect(sure(at('35'))).toBe('drones-expended');
    expect(sure(at('30'))).toBeNull();
    expect(sure(at('more than 1,200'))).toBe('drones-expended');
    expect(sure(at('about 2,400'))).toBe('drones-agreed');
    expect(sure(at('roughly $1.7 billion'))).toBe('drone-payment');
    expect(sure(at('16th month'))).toBe('war-duration');
    expect(sure(at('hundreds'))).toBeNull();
    expect(at('hundreds').figure.thing).toBe('drones');
    expect(sure(at('hundreds', 1))).toBe('ballistic-missiles');
    expect(sure(at('6,000'))).toBeNull();
    expect(at('four').measure.measureId).toBeNull();
  });
});

describe('plans are not deeds', () => {
  it('a contract "to provide" drones is a commitment, not a delivery', () => {
    const [a] = analyseArticle('Tehran signed a contract in late 2022 to provide Moscow with 1,700 drones.', '2023-05-28', MEASURES);
    expect(a.measure).toMatchObject({ measureId: 'drones-agreed' });
    expect(a.measure.confidence).toBeGreaterThanOrEqual(0.75);
    expect(a.asOf.asOf).toBe('2022-12-31');
  });

  it('a count with nothing to say what it counts is proposed for no measure', () => {
    const [a] = analyseArticle('One person was killed and three injured, the mayor said.', '2023-05-28', MEASURES).filter((x) => x.figure.text === 'three');
    expect(a.measure.measureId).toBeNull();
  });
});
