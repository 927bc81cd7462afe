import { describe, expect, it } from 'vitest';
import { analyseArticle } from '@/server/extract';
import { measureTitle } from '@/server/extract/quantity';

// Sentences written for these tests (not from the evaluation corpus): verbs no concept lists.
const EVENT = { words: new Set(['brenmoor', 'landslide', 'landslides']), noun: 'landslide' };
const read = (s: string, figure: string) => {
  const a = analyseArticle(s, '2024-03-11', [], EVENT).find((x) => x.figure.text === figure);
  if (!a) throw new Error(`no figure “${figure}” in: ${s}`);
  return a.quantity;
};
const event = { key: 'brenmoor|landslide', name: 'Brenmoor landslide', title: 'The Brenmoor landslide', noun: 'landslide', words: EVENT.words };

describe('a verb no concept lists, right by a counted noun, is its deed', () => {
  it('reads the verb before the figure or after its noun, past auxiliaries', () => {
    expect(read('Field kitchens have fed 1,200 children a day.', '1,200')).toMatchObject({ concept: 'deed:fed', thing: 'children', near: true, per: 'day' });
    expect(read('Since Monday, 312 flights were diverted to Oskar airport.', '312')).toMatchObject({ concept: 'deed:divert', thing: 'flights', near: true });
    expect(read('About 4,000 households have now been rehoused, the council said.', 'About 4,000')).toMatchObject({ concept: 'deed:rehous', thing: 'households' });
  });

  it('gives the same quantity the same reading in other words of the same verb', () => {
    const a = read('Volunteers rehoused 900 families in the first week.', '900');
    const b = read('So far 1,400 families have been rehoused.', '1,400');
    expect(a?.concept).toBe('deed:rehous');
    expect(b?.concept).toBe(a?.concept);
  });

  it('names what the counted things did when the verb has an object', () => {
    const r = read('Nineteen councils have imposed curfews near the slope.', 'Nineteen');
    expect(r).toMatchObject({ concept: 'deed:impos:curfew', thing: 'councils' });
    expect(measureTitle(r!, 'councils', event)).toBe('Councils that imposed curfews in the Brenmoor landslide');
  });

  it('takes no reporting verb, no adjective and no listed deed for an open one', () => {
    expect(read('Officials counted 300 households.', '300')?.concept ?? '').not.toMatch(/^deed:/);
    // “affected” is a listed deed; an unlisted past participle after an article is an adjective, not the figure's deed.
    expect(read('The rehoused 300 families were told to wait.', '300')?.concept ?? '').not.toBe('deed:rehous');
    expect(read('Rescuers said 14 people were killed in the landslide.', '14')).toMatchObject({ concept: 'killed' });
  });
});
