import { describe, expect, it } from 'vitest';
import { analyseArticle } from '@/server/extract';
import { planIngest } from '@/server/ingest/plan';
import { articleEvent } from '@/server/extract/quantity';
import { resolveAsOf } from '@/server/extract/dates';

/*
 * Mechanisms found on the seventh tuning set (an outbreak, a plant closure, a bridge collapse).
 * The sentences here are written for these tests, on other stories.
 */
const EVENT = { words: new Set(['marden', 'flood', 'floods']), noun: 'flood' };
const figures = (s: string) => analyseArticle(s, '2024-03-11', [], EVENT).map((a) => a.figure.text);
const read = (s: string, figure: string) => {
  const a = analyseArticle(s, '2024-03-11', [], EVENT).find((x) => x.figure.text === figure);
  if (!a) throw new Error(`no figure “${figure}” in: ${s}`);
  return a.quantity;
};
const titles = (text: string, title = 'Marden flood: the waters rise') =>
  planIngest({ text, outlet: 'Ostmark Daily', title, published: '2024-03-11' }, [], []).figures.map((f) => [f.claim.value.text, f.measureTitle]);

describe('an age bound on who is counted is no figure of the story', () => {
  it.each([
    ['Most of the dead were children under 10, the ministry said.', '10'],
    ['Nearly all of them were children under the age of five.', 'five'],
    ['The campaign will reach every child aged six weeks to 14 years.', '14'],
    ['People over 65 were told to stay indoors.', '65'],
  ])('%s', (s, n) => {
    expect(figures(s)).not.toContain(n);
  });

  it('an age after a name closes the sentence as well as a comma', () => {
    expect(figures('"I have filled in 22 pages and I am still waiting," said Ingrid Moe, 68.')).toEqual(['22']);
    expect(figures('The flood destroyed 40 homes, the mayor said, 68.')).toContain('68');
    expect(figures('"I have filled in 22 pages," said Ingrid Moe, 68. Residents say the forms are too long.')).toEqual(['22']);
  });

  it('both ends of an age range are ages, but a count after an age is a count', () => {
    expect(figures('The campaign covers children aged between 5 and 14.')).toEqual([]);
    expect(figures('A man aged 40 and 12 children were hurt in the flood.')).toEqual(['12']);
  });

  it('but a count after "under" or "over" still counts', () => {
    expect(figures('The flood left over 200 people homeless.')).toContain('over 200');
    expect(figures('Children under 10 numbered 340 among the evacuees.')).toContain('340');
  });
});

describe('a clock read aloud is a time of day', () => {
  it.each(['She rang me at twenty past five to say she was on the bridge.', 'He left at half past nine.', 'The pumps failed at ten to six.'])('%s', (s) => {
    expect(figures(s)).toEqual([]);
  });
  it('a range of counts is no clock', () => {
    expect(figures('Seats rose from 20 to 25 seats.')).toEqual(['20', '25']);
    expect(figures('The toll rose from ten to twelve people.')).toContain('twelve');
  });
});

describe('"two more" adds to a count; it is no running total', () => {
  it('is read as a count for a stated period, beside the total', () => {
    expect(read('Divers recovered two more bodies from the river on Monday, police said.', 'two')).toMatchObject({ concept: 'killed', kind: 'count' });
    expect(read('The death toll has risen to nine, police said on Monday.', 'nine')).toMatchObject({ concept: 'killed', kind: 'cumulative-count' });
  });

  it('"more than" is a hedge, not an addition', () => {
    expect(read('More than 40 people were killed in the flood.', 'More than 40')).toMatchObject({ kind: 'cumulative-count' });
  });
});

describe('jobs cut are a quantity of their own', () => {
  it('reads cuts, losses and lay-offs of jobs and workers as jobs cut', () => {
    expect(read('The company said it would cut 1,200 jobs after the flood.', '1,200')).toMatchObject({ concept: 'job-cuts', thing: 'jobs' });
    expect(read('The mill will shed 300 posts, the union said.', '300')).toMatchObject({ concept: 'job-cuts', thing: 'jobs' });
    expect(read('About 280 workers would be laid off at the depot.', 'About 280')).toMatchObject({ concept: 'job-cuts', thing: 'jobs' });
    expect(read('About 2,400 workers will lose their jobs, the company said.', 'About 2,400')).toMatchObject({ concept: 'job-cuts', thing: 'jobs' });
    expect(read('Some 500 staff at the mill were left out of work.', 'Some 500')).toMatchObject({ concept: 'job-cuts', thing: 'jobs' });
  });

  it('finds the verb past a phrase of place that the auxiliary ends', () => {
    expect(read('All 600 workers at the mill in the northern town of Arnhaven will lose their jobs, the company said.', '600')).toMatchObject({ concept: 'job-cuts' });
    expect(read('Some 90 homes in the lower part of the old town were destroyed by the flood.', 'Some 90')).toMatchObject({ concept: 'destroyed' });
  });

  it('redundancies and layoffs are job cuts by their noun, in any story', () => {
    expect(read('The closure will mean 1,200 redundancies, the union said.', '1,200')).toMatchObject({ concept: 'job-cuts', thing: 'jobs' });
    expect(read('The mill announced 300 layoffs on Friday.', '300')).toMatchObject({ concept: 'job-cuts', thing: 'jobs' });
  });

  it('leaves the same verbs alone when they are said of other things', () => {
    expect(read('About 400 flights were cut after the flood.', 'About 400')?.concept).not.toBe('job-cuts');
    expect(read('The flood destroyed 40 homes and the owners lost 12 cars.', '12')?.concept).not.toBe('job-cuts');
  });
});

describe('a named site closed is the event', () => {
  it('names the closure from its verb, in the headline or the copy', () => {
    expect(articleEvent('Velmar to shut Arnhaven steel works, cutting 800 jobs', 'Velmar will close its Arnhaven steel works next year.')?.title).toBe('Arnhaven works closure');
    expect(articleEvent('Workers react', 'Staff said the closure of the Tolvik plant would hurt the town. Velmar will close the Tolvik plant in June.')?.title).toBe('Tolvik plant closure');
  });

  it('names an event told with its verb after a name', () => {
    expect(articleEvent('LIVE: Varn Viaduct collapses in Kessel — two dead', 'Part of the Varn Viaduct collapsed at about 5pm. Police say two people died.')?.title).toBe('Varn Viaduct collapse');
    expect(articleEvent('Mount Orrin erupts, flights grounded', 'Mount Orrin erupted on Tuesday, sending ash 12 km into the sky.')?.title).toBe('Mount Orrin eruption');
    expect(articleEvent('Shares collapsed on Monday', 'Shares collapsed on Monday as the carmaker announced losses.')).toBeNull();
  });

  it('is not read into "close to" or into closed roads', () => {
    expect(articleEvent('Close to 3,000 flee', 'Close to 3,000 people fled the Marden mill area. Close to the Marden mill, roads flooded.')).toBeNull();
    expect(articleEvent('Floods close roads', 'Police said the Marden flood had closed 14 roads. The Marden flood is the worst in years.')?.title).toBe('Marden flood');
  });

  it('files the jobs it cuts under it', () => {
    const t = titles('Velmar will close its Arnhaven steel works, cutting 800 jobs, the company said on Monday. The closure will cost the town dearly.', 'Velmar to close Arnhaven steel works');
    expect(t).toContainEqual(['800', 'Jobs cut in the Arnhaven works closure']);
  });

  it('road closures in another story are that story’s, not another event’s', () => {
    expect(titles('The Marden flood forced 14 road closures on Monday, police said. The flood is the worst in years.').map(([x]) => x)).toContain('14');
    // A figure whose clause names closures and not the story's event is still the story's.
    expect(titles('The Marden flood is the worst in years. More than 200 trains were cancelled because of line closures.')).toContainEqual(['More than 200', 'Trains cancelled by the Marden flood']);
  });
});

describe('a date that tells of something else does not date the figure', () => {
  const asOf = (text: string, figure: string) => {
    const at = text.indexOf(figure);
    return resolveAsOf(text, { start: at, end: at + figure.length }, '2022-07-01').asOf;
  };
  it('the event named with its date, its name between them', () => {
    expect(asOf('The collapse of the Varn Viaduct on June 18 killed 11 people, police said.', '11')).toBe('2022-07-01');
    expect(asOf('On June 18 the viaduct fell, killing 11 people.', '11')).toBe('2022-06-18');
  });
  it('a relative clause that closes before the figure', () => {
    expect(asOf('Kessel district, where the first cases were found in May, accounts for 410 of the suspected cases.', '410')).toBe('2022-07-01');
    expect(asOf('In May, 410 cases were recorded.', '410')).toBe('2022-05-31');
  });
});

describe('a participle after a comma says what the sentence’s subject said', () => {
  const speakerOf = (text: string, figure: string) =>
    planIngest({ text, outlet: 'Ostmark Daily', title: 'Marden flood', published: '2024-03-11' }, [], []).figures.find((f) => f.claim.value.text === figure)?.claim.speaker ?? null;
  it.each([
    ['The union wrote to ministers, saying 300 jobs would go.', '300', { organisation: 'union' }],
    ['The mayor hit back, insisting that 40 homes had been destroyed by the flood.', '40', { role: 'mayor' }],
    ['An MP accused the government of a cover-up, claiming more than 80 people had died in the flood.', 'more than 80', { organisation: 'MP' }],
  ])('%s', (text, figure, who) => {
    expect(speakerOf(text, figure)).toMatchObject(who);
  });
  it('but not after an opening phrase, which is no speaker', () => {
    expect(speakerOf('In March, the flood destroyed 40 homes, leaving 300 people homeless.', '300')).toBeNull();
  });
});
