import { describe, expect, it } from 'vitest';
import { analyseArticle } from '@/server/extract';
import { measureTitle } from '@/server/extract/quantity';
import { planIngest } from '@/server/ingest/plan';
import type { Measure, Topic } from '@/server/domain/schemas';

// Sentences written for these tests (not from the evaluation corpus).
const EVENT = { words: new Set(['brenmoor', 'landslide', 'landslides']), noun: 'landslide' };
const read = (s: string, figure: string) => {
  const a = analyseArticle(s, '2024-03-11', [], EVENT).find((x) => x.figure.text === figure);
  if (!a) throw new Error(`no figure “${figure}” in: ${s}`);
  return a.quantity;
};

describe('a level a tally reached is that tally', () => {
  it('reads the subject or object of “rose to”, “stands at”, “put … at”, however far it stands', () => {
    expect(read('The death toll from Sunday’s landslide near the old quarry on the road outside Brenmoor climbed to 23 on Monday.', '23')).toMatchObject({ concept: 'killed', thing: 'people', near: true });
    expect(read('Officials put the number of people evacuated at 4,500.', '4,500')).toMatchObject({ concept: 'evacuated', near: true });
    expect(read('The number of homes destroyed now stands at 310.', '310')).toMatchObject({ concept: 'destroyed', thing: 'homes' });
  });

  it('leaves a change a change, and a spelled figure’s words its own', () => {
    expect(read('Rents rose by 4% last year.', '4%')).toMatchObject({ concept: 'rose' });
    expect(read('The toll rose to 40, with twelve people still missing.', '40')).toMatchObject({ concept: 'killed' });
    expect(read('The toll rose to 40, with twelve people still missing.', 'twelve')).toMatchObject({ concept: 'missing' });
  });
});

describe('a part of a stated whole', () => {
  it('takes the deed after the whole; the whole is not what the deed counts', () => {
    const s = 'Only 310 of the 1,900 nurses walked out on Tuesday, the hospital said.';
    expect(read(s, '310')).toMatchObject({ concept: 'striking' });
    expect(read(s, '1,900')).toBeNull();
  });
});

describe('how near a deed is', () => {
  it('counts from the end of the figure’s noun phrase, and a comma after it puts a deed further away', () => {
    expect(read('Six climbers have been confirmed dead.', 'Six')).toMatchObject({ concept: 'killed', near: true });
    expect(read('The slide buried the valley road, killing at least 9 people, flattening farms on its way.', 'at least 9')).toMatchObject({ concept: 'killed' });
  });
});

describe('lengths are named by what they measure, temperatures by where they were read', () => {
  it('keeps a depth, a radius, a shoreline, a beach and a distance from a town apart', () => {
    expect(read('The slip started at a depth of 8 km.', '8 km')).toMatchObject({ concept: 'length', thing: 'depth', near: true });
    expect(read('Police set up a 3-kilometre exclusion zone.', '3-kilometre')).toMatchObject({ thing: 'exclusion zone' });
    // A zone named by nothing but "zone" is measured by its radius: "a 3-km zone" is "within 3 km".
    expect(read('About 6,200 people were evacuated from a 3-km zone around the plant.', '3-km')).toMatchObject({ thing: 'radius' });
    expect(read('The evacuation zone was widened to 5 km on Friday.', '5 km')).toMatchObject({ thing: 'radius' });
    expect(read('People living within 2 km of the quarry were told to leave.', 'within 2 km')).toMatchObject({ thing: 'radius' });
    expect(read('Mud now covers 30 km of shoreline.', '30 km')).toMatchObject({ thing: 'shoreline' });
    expect(read('Mud spilled over 4 km of beach on Friday.', 'over 4 km')).toMatchObject({ thing: 'beach' });
  });

  it('reads a distance from a named place, in any unit, as one quantity, and from no place as doubtful', () => {
    const km = read('The slide began 12 km east of Dornach.', '12 km');
    const miles = read('It began about 7.5 miles east of the market town, Dornach.', 'about 7.5 miles');
    expect(km).toMatchObject({ thing: 'distance', scope: 'Dornach', near: true });
    expect(miles).toMatchObject({ thing: 'distance', scope: 'Dornach', near: true });
    expect(read('The farm lies 3 km south of the river.', '3 km')).toMatchObject({ thing: 'distance', scope: null, near: false });
    expect(measureTitle(km!, 'km', { key: 'brenmoor|landslide', title: 'Brenmoor landslide', name: 'Brenmoor landslide', noun: 'landslide', words: EVENT.words })).toBe('Distance from Dornach of the Brenmoor landslide (km)');
  });

  it('reads a temperature at a site as a reading there; one with no place waits', () => {
    expect(read('The thermometer at Vask airport reached 41.2°C on Sunday.', '41.2°C')).toMatchObject({ concept: 'temperature', scope: 'Vask airport', kind: 'count', near: true });
    expect(read('Temperatures could climb to 39°C by the weekend.', '39°C')).toMatchObject({ concept: 'temperature', scope: null, near: false });
  });
});

describe('a figure of its own story is not put on another story’s curated measure', () => {
  const curated: Measure = {
    id: 'ransom-paid', topicId: 'kidnap', title: 'Ransom paid to the kidnappers', description: 'Money paid for the hostages.', unit: 'USD', currency: 'USD',
    kind: 'amount', referenceDate: null, tolerance: 0.05, keywords: ['ransom', 'paid', 'payment'], position: 1,
  };
  const topics: Topic[] = [
    { id: 'kidnap', title: 'Hostages in Orla', description: '', position: 1, eventKey: 'orla|kidnapping' },
    { id: 'brenmoor-landslide', title: 'Brenmoor landslide', description: '', position: 2, eventKey: 'brenmoor|landslide' },
  ];
  it('gives the figure its own story’s measure, not a doubtful guess across topics', () => {
    const text = 'The Brenmoor landslide buried the valley road. Insurers have paid out $12 million for the Brenmoor landslide so far, the council said.';
    const plan = planIngest({ title: 'Brenmoor landslide: insurers pay', text, outlet: 'The Test Courier', url: null, published: '2024-03-11' }, [curated], topics);
    const f = plan.figures.find((x) => x.claim.value.text === '$12 million')!;
    expect(f.claim.measureId).not.toBe('ransom-paid');
    expect(f.measureTitle).toMatch(/Brenmoor landslide/);
  });
});

describe('one story called by two kinds of event', () => {
  const topics: Topic[] = [{ id: 'brask-storm', title: 'Brask storm', description: '', position: 1, eventKey: 'brask|storm|merrin kettle' }];
  it('keeps a figure whose clause names the article’s own kind of event as this story’s, not another event’s', () => {
    const text =
      'The Brask storm drove the tanker Merrin onto rocks off Kettle last week. ' +
      'The insurers of the Merrin have set aside £40 million to cover claims from the oil spill, the club said. The spill has fouled the Kettle coast, and the spill is spreading.';
    const plan = planIngest({ title: 'Merrin oil spill: insurers set money aside', text, outlet: 'The Test Courier', url: null, published: '2024-03-11' }, [], topics);
    const f = plan.figures.find((x) => x.claim.value.text === '£40 million')!;
    expect(f.newMeasure?.topicId).toBe('brask-storm');
    expect(f.measureTitle).toMatch(/Brask storm/);
  });
});

describe('a relative clause on the counted noun', () => {
  it('only describes what is counted when the deed stands before the figure, whatever event it names', () => {
    expect(read('The school, which shelters about 900 people who fled last year’s floods, closed on Monday.', 'about 900')).toMatchObject({ concept: 'sheltered', thing: 'people' });
  });
});
