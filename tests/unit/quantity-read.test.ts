import { describe, expect, it } from 'vitest';
import { analyseArticle } from '@/server/extract';
import { articleEvent } from '@/server/extract/quantity';

// Sentences written for these tests (not from the evaluation corpus).
const EVENT = { words: new Set(['harlow', 'flood', 'floods', 'flooding']), noun: 'flood' };
const read = (s: string, figure: string, published = '2024-05-10') => {
  const a = analyseArticle(s, published, [], EVENT).find((x) => x.figure.text === figure);
  if (!a) throw new Error(`no figure “${figure}” in: ${s}`);
  return a.quantity;
};

describe('what a figure counts', () => {
  it('reads one deed in many wordings, and keeps different deeds apart', () => {
    for (const [s, f] of [
      ['At least 12 people were killed by the Harlow floods.', 'At least 12'],
      ['The death toll from the Harlow floods rose to 15 on Friday.', '15'],
      ['Officials said 14 people had died.', '14'],
      ['The floods have claimed 16 deaths so far.', '16'],
    ]) expect(read(s, f)).toMatchObject({ concept: 'killed', thing: 'people', kind: 'cumulative-count' });
    expect(read('Nine people are missing and 40 were injured.', 'Nine')).toMatchObject({ concept: 'missing' });
    expect(read('Nine people are missing and 40 were injured.', '40')).toMatchObject({ concept: 'injured' });
  });

  it('tells a running total, a count for a span, a rate and a commitment apart', () => {
    expect(read('Rescuers have pulled 230 people from the water since Monday.', '230')?.kind).toBe('cumulative-count');
    expect(read('Another 35 homes were destroyed overnight.', '35')?.kind).toBe('count');
    expect(read('The floods cost farmers £3 million a day.', '£3 million')).toMatchObject({ kind: 'rate', per: 'day' });
    expect(read('The government pledged €50 million for the Harlow floods.', '€50 million')).toMatchObject({ concept: 'pledged', kind: 'commitment' });
  });

  it('keeps one place’s share and who pledges as part of what is counted', () => {
    expect(read('In Brent alone, 61 homes were destroyed.', '61')?.scope).toBe('Brent');
    expect(read('The floods destroyed 300 homes across the county.', '300')?.scope).toBeNull();
    expect(read('Norway pledged $12 million on Tuesday.', '$12 million')?.scope).toBe('Norway');
  });

  it('reads an area without its deed as waiting, and an area burned or flooded as the story’s', () => {
    expect(read('The water flooded 4,000 hectares of farmland.', '4,000 hectares')).toMatchObject({ thing: 'area', near: true });
    // A distance from no named place says too little to be the story's: it waits.
    expect(read('The town lies 35 km north of the river.', '35 km')).toMatchObject({ thing: 'distance', near: false });
  });

  it('reads a figure about another event as none of this story’s', () => {
    expect(read('Last year the council spent £2 million on wildfire defences.', '£2 million')).toBeNull();
  });

  it('finds a statement that none happened, as a denial of that quantity', () => {
    const a = analyseArticle('No homes have been lost since Tuesday, the council said.', '2024-05-10', [], EVENT);
    expect(a.map((x) => [x.figure.text, x.attribution.stance, x.quantity?.concept])).toEqual([['No homes', 'denies', 'destroyed']]);
    expect(analyseArticle('There is no doubt the water is rising.', '2024-05-10', [], EVENT)).toEqual([]);
  });
});

describe('the event an article is about', () => {
  it('is the event it names most, in the case its body writes it', () => {
    expect(articleEvent('Harlow floods: thousands leave homes', 'The Harlow floods forced 3,000 people out. Officials said the floods would recede.')).toMatchObject({ name: 'Harlow flood', noun: 'flood' });
    expect(articleEvent('Crews walk out', 'The ferry strike began on Monday. Union leaders said the strike would go on.')).toMatchObject({ name: 'ferry strike' });
  });

  it('is named after where it happened when its copy never names it', () => {
    expect(articleEvent('Strong quake hits', 'A strong quake struck early on Monday. Houses collapsed in Velmor. The quake was felt in Velmor and beyond.')).toMatchObject({ name: 'Velmor earthquake' });
  });

  it('is none for an article about no event', () => {
    expect(articleEvent('Budget passes', 'Parliament approved the budget by 200 votes to 150.')).toBeNull();
  });
});
