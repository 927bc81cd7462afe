import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';
import { planIngest } from '@/server/ingest/plan';
import { wireCredit } from '@/server/extract';
import { originsOf } from '@/server/domain/origins';
import { intervalFor } from '@/server/domain/value';
import type { Topic } from '@/server/domain/schemas';
import { claim } from './fixtures';

/*
 * Mechanisms that real coverage needs, each in words written for this test: what is no figure,
 * which event a duration belongs to, which topic an article joins, and who a figure's origin is.
 */

const texts = (t: string) => extractFigures(t).map((f) => f.text);
const plan = (title: string, text: string, published = '2024-08-22', topics: Topic[] = []) =>
  planIngest({ title, text, outlet: 'The Test Courier', url: null, published }, [], topics);

describe('ages and clock times are not figures of the story', () => {
  it.each([
    ['A 79-year-old man was found in his flat.', []],
    ['The six-month-old girl was unhurt, and 12 others were injured.', ['12']],
    ['Most of the victims were aged 80 or more.', []],
    ['We sat on the balcony until two in the morning.', []],
    ['Stay out of the sun between noon and six.', []],
    ['The shelters close at nine o’clock.', []],
  ])('%s', (text, want) => expect(texts(text)).toEqual(want));

  it('keeps spans that only look like ages or times', () => {
    expect(texts('A 10-year contract and a 40-day strike.')).toEqual(['10-year', '40-day']);
    expect(texts('Two in the group died.')).toEqual(['Two']);
  });
});

describe('durations of the event', () => {
  it('reads “now in its Nth week” as the age of the sentence’s subject, and a start date as a start', () => {
    const text =
      'The Drava mine collapse trapped 40 miners on July 27. Rescuers said the Drava mine collapse was the worst in years.\n\n' +
      'The collapse, which began on July 27 and is now in its fourth week, has shut the valley.';
    const f = plan('Drava mine collapse: four weeks on', text).figures.find((x) => x.claim.value.text === 'fourth week');
    expect(f?.measureTitle).toMatch(/^Duration of the .*collapse/);
    // The sentence's date is when it began, not when the figure held.
    expect(f?.claim.asOf).toBeNull();
  });

  it('does not end a clause at an abbreviation’s point (“the Oct. 10 quake”)', () => {
    const text = 'One week after the Oct. 10 earthquake in Saska, rescuers were still digging. The Saska earthquake killed 200 people in Saska.';
    const p = plan('A week after the Saska earthquake', text, '2024-10-17');
    const f = p.figures.find((x) => x.claim.value.text === 'One week');
    expect(f?.measureTitle).toMatch(/^Duration of the Saska earthquake/);
    // The topic is named for the place, not for the month's abbreviation.
    expect(p.newTopic?.title).toBe('Saska earthquake');
    expect(f?.claim.periodStart).toBe('2024-10-10');
  });
});

describe('money of the story', () => {
  it('reads generic event words (“disaster assistance”) as this story’s, and a fine as a fine', () => {
    const text =
      'The Halden Ridge fire has burned 12,000 hectares. The Halden Ridge fire is the largest this year.\n\n' +
      'The federal government pledged $183 million in disaster assistance to the province.\n\n' +
      'The regulator fined the operator €4.5 million over the Halden Ridge fire.';
    const titles = plan('Halden Ridge fire grows', text).figures.map((f) => f.measureTitle);
    expect(titles).toContain('Aid pledged for the Halden Ridge fire (USD)');
    expect(titles.some((t) => /^Fine imposed/.test(t))).toBe(true);
  });
});

describe('topics', () => {
  it('an article that names its event by a word the topic knows joins it', () => {
    const first = plan('Heat alert in Marvessa', 'PORTAVERA — The Ilmarez heatwave sent temperatures soaring. The Ilmarez heatwave killed 12 people in Marvessa, officials said.', '2023-07-05');
    expect(first.newTopic).not.toBeNull();
    const second = plan('Portavera counts the dead', 'The Portavera heatwave has killed 30 people, the ministry said. The heatwave is the worst in decades.', '2023-07-12', [first.newTopic!]);
    expect(second.newTopic).toBeNull();
    expect(second.figures.some((f) => f.newMeasure?.topicId === first.newTopic!.id)).toBe(true);
    expect(second.figures.every((f) => !f.newMeasure || f.newMeasure.topicId === first.newTopic!.id)).toBe(true);
  });
});

describe('origins', () => {
  it('reads a dateline’s wire credit, unless the page is the wire’s own', () => {
    expect(wireCredit('KALVMOOR, Esterlund, Aug 14 (Reuters) - The death toll rose.', 'Harbour Gazette')).toBe('Reuters');
    expect(wireCredit('TOBREK, Kastovia (AP) — One week after', 'Daily Post')).toBe('AP');
    expect(wireCredit('TOBREK (AP) — text', 'Associated Press')).toBeNull();
    expect(wireCredit('Officials (who spoke) - said', 'X')).toBeNull();
  });

  it('two pages of one wire story with no speaker are one origin; two outlets’ own figures are two', () => {
    const v = intervalFor({ qualifier: 'exact', n: 41 }, '41');
    const a = claim({ measureId: 'm', sourceId: 'gazette', value: v, quote: '41 were hurt in the blast on the edge of town', figureStart: 0, figureEnd: 2 }, { outlet: 'Gazette', wire: 'Reuters' });
    const b = claim({ measureId: 'm', sourceId: 'ledger', value: v, quote: 'Forty-one, it said: 41 injured as the plant burned', figureStart: 22, figureEnd: 24 }, { outlet: 'Ledger', wire: 'Reuters' });
    const c = claim({ measureId: 'm', sourceId: 'post', value: v, quote: 'our count: 41 injured, by our reporters', figureStart: 11, figureEnd: 13 }, { outlet: 'Post', wire: null });
    const d = claim({ measureId: 'm', sourceId: 'times', value: v, quote: 'a tally of 41 by the Times itself', figureStart: 11, figureEnd: 13 }, { outlet: 'Times', wire: null });
    const groups = originsOf([a, b, c, d]).map((o) => o.claims.map((x) => x.sourceId).sort().join('+')).sort();
    expect(groups).toEqual(['gazette+ledger', 'post', 'times']);
  });

  it('a figure credited to an outlet joins that outlet’s own figure', () => {
    const v = intervalFor({ qualifier: 'about', n: 140 }, 'about 140 tonnes');
    const own = claim({ measureId: 'm', sourceId: 'courier', value: v, quote: 'documents show about 140 tonnes were stored', speaker: { name: null, role: 'inventory documents', organisation: null } }, { outlet: 'Kalvmoor Courier' });
    const cite = claim({ measureId: 'm', sourceId: 'ledger', value: v, quote: 'the plant held about 140 tonnes, the Courier said', speaker: { name: 'Kalvmoor Courier', role: null, organisation: null } }, { outlet: 'Green Ledger' });
    const origins = originsOf([own, cite]);
    expect(origins).toHaveLength(1);
    expect(origins[0].outlets.sort()).toEqual(['Green Ledger', 'Kalvmoor Courier']);
  });
});

describe('one agency story carried by several desks', () => {
  const v = intervalFor({ qualifier: 'exact', n: 41 }, '41');
  const police = { name: null, role: null, organisation: 'police' };
  const eskPolice = { name: null, role: null, organisation: 'Eskeland police' };
  it('is one origin however each desk words it and credits its speaker, within a few days', () => {
    const a = claim({ measureId: 'm', sourceId: 'herald', value: v, quote: 'Five people were killed and 41 injured, police said', speaker: police }, { outlet: 'Herald', wire: 'Reuters', published: '2024-03-16' });
    const b = claim({ measureId: 'm', sourceId: 'mercury', value: v, quote: 'Five people died and 41 were injured, Eskeland police said', speaker: eskPolice }, { outlet: 'Mercury', wire: 'Reuters', published: '2024-03-17' });
    const later = claim({ measureId: 'm', sourceId: 'later', value: v, quote: 'the toll of injured stood at 41, police said', speaker: eskPolice }, { outlet: 'Later', wire: 'Reuters', published: '2024-04-20' });
    const own = claim({ measureId: 'm', sourceId: 'post', value: v, quote: 'Medics say 41 people were hurt', speaker: { name: null, role: 'medics', organisation: null } }, { outlet: 'Post', wire: null, published: '2024-03-16' });
    const groups = originsOf([a, b, later, own]).map((o) => o.claims.map((x) => x.sourceId).sort().join('+')).sort();
    expect(groups).toEqual(['herald+mercury', 'later', 'post']);
  });
  it('reads the agency from a dateline under a line of page furniture', () => {
    expect(wireCredit('WORLD | EUROPE\n\nVELBY, Eskeland (Reuters) — Five people died.', 'The Northern Mercury')).toBe('Reuters');
    expect(wireCredit('WORLD | EUROPE\n\nFive people died, police said.', 'The Northern Mercury')).toBeNull();
  });
});
