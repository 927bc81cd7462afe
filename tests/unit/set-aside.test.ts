import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Measure, Topic } from '@/server/domain/schemas';
import { planIngest } from '@/server/ingest/plan';
import { originsOf } from '@/server/domain/origins';
import type { Claim } from '@/server/domain/schemas';

/*
 * Incidental figures (server/extract/quantity/incidental.ts): what ingest is unsure of and reads as
 * no claim about the story is set aside — stored, counted nowhere, waiting for nobody. A figure of
 * the story's own quantities is never set aside, however small.
 */
const plan = (text: string) =>
  planIngest({ text, outlet: 'Halvern Courier', title: 'Kessel Ridge fire grows', published: '2024-08-02' }, [], []).figures.map((f) => ({
    text: f.claim.value.text,
    decision: f.decision,
    review: f.claim.review,
    note: f.claim.note,
    reason: f.reason,
  }));
const of = (text: string, figure: string) => {
  const f = plan(text).find((x) => x.text === figure);
  if (!f) throw new Error(`no figure “${figure}” in: ${text}`);
  return f;
};

const FIRE = 'The Kessel Ridge fire has burned about 12,000 hectares and forced 6,500 people from their homes, the fire service said on Friday. ';

describe('figures set aside as incidental', () => {
  it.each([
    ['Dairy farmer Gus Harrow, who left with his wife and two dogs on Sunday, said the glow was frightening.', 'two', 'small count'],
    ['“My mother is 86. She cannot sleep in this heat,” said a resident of Linden Falls.', '86', 'age'],
    ['Most of the victims were over 75 and lived alone, the minister said.', 'over 75', 'age'],
    ['Valdria sent a 60-member search-and-rescue team to the region.', '60', 'describes a thing'],
    ['Navia normally runs about 180 sailings a day across the archipelago.', 'about 180', 'usual'],
    ['“That was my whole life, and I had 20 minutes.”', '20 minutes', 'span of time in the telling'],
    ['“It is slow, but the boat came,” said a nurse who commutes three days a week.', 'three days', 'span of time in the telling'],
  ])('%s → “%s” is set aside (%s)', (sentence, figure, why) => {
    const f = of(FIRE + sentence, figure);
    expect(f).toMatchObject({ decision: 'set-aside', review: 'set-aside' });
    expect(f.reason).toContain(why);
    expect(f.note).toMatch(/^Set aside by ingest as incidental: /);
  });

  it('keeps the story’s own figures, small ones included, as claims', () => {
    const figures = plan(FIRE + 'At least four people were killed when the fire jumped the highway, police said.');
    for (const t of ['about 12,000', '6,500', 'At least four']) expect(figures.find((f) => f.text === t)?.decision, t).not.toBe('set-aside');
  });

  it('keeps a small count with a span of its own (a rate a reader weighs) and a large count nothing explains waiting', () => {
    expect(of(FIRE + '“Two visits in five years, for a plant like this,” the union said.', 'Two').decision).not.toBe('set-aside');
    expect(of(FIRE + 'The camp shelters about 38,000 people.', 'about 38,000').decision).not.toBe('set-aside');
  });

  it('never sets aside a figure it accepted confidently, nor a denial', () => {
    const figures = plan(FIRE + 'No homes were destroyed in Linden Falls, the mayor said.');
    for (const f of figures) if (f.decision === 'accepted-automatically' || f.text.startsWith('No')) expect(f.review).not.toBe('set-aside');
  });
});

describe('durations of a part of the story, or since something in it', () => {
  const SPILL = { outlet: 'Kettle Bay Observer', title: 'Solveig Aurora spill: clean-up goes on', published: '2024-04-04' };
  const planned = (text: string) => planIngest({ text, ...SPILL }, [], []).figures;
  it('names each after what it is of, so it is neither the event’s duration nor set aside', () => {
    const fs = planned(
      'Oil from the Solveig Aurora spill reached 15 km of coastline, officials said. ' +
        'The clean-up, which began on March 6, the day after the tanker ran aground, is now in its 30th day. ' +
        'Two weeks after the tanker ran aground on March 5, analysts estimate the cost at €80 million.',
    );
    const title = (t: string) => fs.find((f) => f.claim.value.text === t)!;
    expect(title('30th day')).toMatchObject({ measureTitle: 'Duration of the clean-up (days)' });
    expect(title('Two weeks').measureTitle).toMatch(/^Time since the tanker ran aground \(.*weeks\)$/);
    for (const t of ['30th day', 'Two weeks']) expect(title(t).decision).not.toBe('set-aside');
  });
  it('reads “N into the …” as how long that part has gone on: the same quantity as its length said otherwise', () => {
    const fs = planned(
      'Oil from the Solveig Aurora spill reached 15 km of coastline, officials said. ' +
        'Three weeks into the clean-up, crews have cleared 40 tonnes of oil. ' +
        'The clean-up, which began on March 6, is now in its 30th day.',
    );
    const weeks = fs.find((f) => f.claim.value.text === 'Three weeks')!;
    expect(weeks.measureTitle).toMatch(/^Duration of the clean-up/);
    expect(weeks.decision).not.toBe('set-aside');
    // Not a movement or money put into something: only a duration is read so.
    const moved = planned('Troops crossed into the town as 300 families fled the Solveig Aurora spill.').find((f) => f.claim.value.text === '300 families');
    expect(moved?.measureTitle ?? '').not.toMatch(/Duration/);
  });
  it('reads the event’s noun in another form as the event: “16 days on the picket line, striking ferry workers say”', () => {
    const fs = planIngest(
      { text: 'The Navia Lines ferry strike began on March 6. After 16 days on the picket line, striking ferry workers say the service is collapsing.', outlet: 'Harbour Voice', title: 'Ferry strike drags on', published: '2023-03-22' },
      [],
      [],
    ).figures;
    const days = fs.find((f) => f.claim.value.text === '16 days')!;
    expect(days.measureTitle).toMatch(/^Duration of the .*strike/);
    expect(days.decision).not.toBe('set-aside');
  });
  it('leaves a span that names nothing ("after Monday", "since then") to the telling', () => {
    const fs = planned('Oil from the Solveig Aurora spill reached 15 km of coastline. “We worked for three days after Monday without sleep,” a volunteer said.');
    expect(fs.find((f) => f.claim.value.text === 'three days')?.decision).toBe('set-aside');
  });
});

describe('another story’s measure is no fallback', () => {
  // The curated catalogue Tally ships with (drones for Russia): a ferry strike's money only half matches its "payment".
  const data = JSON.parse(readFileSync(path.resolve(__dirname, '../../data/topics.json'), 'utf8'));
  const measures = z.array(Measure).parse(data.measures);
  const topics = z.array(Topic).parse(data.topics);
  it('gives a figure that half matches a curated measure of another topic a measure of its own, waiting', () => {
    const text =
      'PORT ALCASTA — Navia Lines on Wednesday raised its pay offer to striking ferry crews to 6.5 per cent over two years, a move the company said would add about €180 a month to a deckhand’s pay. ' +
      'The Meravia ferry strike began on March 6.';
    const { figures } = planIngest({ text, outlet: 'Meravia Today', title: 'Navia raises pay offer in ferry strike', published: '2023-04-12' }, measures, topics);
    const euros = figures.find((f) => f.claim.value.text.includes('€180'))!;
    expect(measures.some((m) => m.id === euros.claim.measureId)).toBe(false);
    expect(euros.decision).toBe('needs-review');
    expect(euros.newMeasure).not.toBeNull();
  });
});

describe('a share of the figure before it', () => {
  const titles = (text: string, title: string) =>
    new Map(planIngest({ text, outlet: 'Tribuna', title, published: '2023-07-18' }, [], []).figures.map((f) => [f.claim.value.text, f] as const));
  it('counts what its whole counts, in the place it names: “136 …, 58 of them in Portavera”', () => {
    const fs = titles('The number of people who have died because of the Ilmarez heatwave has risen to 136, the health ministry said on Tuesday, 58 of them in Portavera.', 'Ilmarez heatwave deaths rise');
    expect(fs.get('136')!.measureTitle).toMatch(/^People killed in the Ilmarez heatwave/);
    expect(fs.get('58')!.measureTitle).toBe('People killed in Portavera in the Ilmarez heatwave');
    expect(fs.get('58')!.newMeasure?.signature).toMatchObject({ scope: 'Portavera' });
  });
  it('or in the status it names: “5,100 suspected cases, of which 1,150 have been confirmed”', () => {
    const fs = titles('The country has recorded 5,100 suspected cases of cholera nationwide, according to the latest situation report, of which 1,150 have been confirmed.', 'Cholera outbreak in Ombara grows');
    expect(fs.get('5,100')!.newMeasure?.signature?.thing).toBe('suspected cases');
    expect(fs.get('1,150')!.newMeasure?.signature?.thing).toBe('confirmed cases');
  });
  it('is left to a person when its words tell it apart from its whole by neither', () => {
    const fs = titles('The Kalvmoor explosion injured 48 people; 19 remain in hospital, four of them in intensive care.', 'Kalvmoor explosion');
    expect(fs.get('four')!.measureTitle).not.toMatch(/injured/);
  });
});

describe('a relative clause between a counted noun and its verb', () => {
  const fig = (text: string, title: string, t: string) => planIngest({ text, outlet: 'Daily Chronicle', title, published: '2023-08-17' }, [], []).figures.find((f) => f.claim.value.text === t)!;
  it('takes the main verb after it as the figure’s deed, past the clause’s own figures', () => {
    const f = fig('Around 2,000 residents who live within a 3.1-mile radius of the Drevon Chemicals plant remained out of their homes on Thursday after the Kalvmoor explosion.', 'Kalvmoor explosion', 'Around 2,000');
    expect(f.measureTitle).toBe('People evacuated in the Kalvmoor explosion');
  });
  it('but not a verb of another clause past a comma: “Of the 860 buildings that collapsed, KEMA says roughly a third were built …”', () => {
    const f = fig('Of the 860 buildings that collapsed in the Tobrek earthquake, KEMA says roughly a third were built before Kastovia adopted its first building code.', 'Tobrek earthquake', '860');
    expect(f.measureTitle).not.toMatch(/opened|built|adopted/i);
  });
});

describe('a magnitude the numbers stage spans with its scale', () => {
  it('is the quake’s magnitude, however worded: “6.9-magnitude”, “magnitude 7.2”', () => {
    const fs = planIngest(
      { text: 'The death toll from Tuesday’s 6.9-magnitude earthquake in Tobrek rose to 63. The Meridian survey measured the Tobrek earthquake at magnitude 7.2.', outlet: 'Orvane Herald', title: 'Tobrek earthquake toll rises', published: '2023-10-11' },
      [],
      [],
    ).figures;
    for (const t of ['6.9-magnitude', 'magnitude 7.2']) expect(fs.find((f) => f.claim.value.text === t)?.measureTitle, t).toBe('Magnitude of the Tobrek earthquake');
  });
});

describe('a bare count joined by “and” to a figure with a noun', () => {
  it('counts that noun, with its own deed: “860 buildings had collapsed … and about 6,800 had been damaged”', () => {
    const fs = planIngest(
      { text: 'According to KEMA, 860 buildings had collapsed across the province and about 6,800 had been damaged in the Tobrek earthquake.', outlet: 'KTV News', title: 'Tobrek earthquake damage', published: '2023-10-12' },
      [],
      [],
    ).figures;
    const title = (t: string) => fs.find((f) => f.claim.value.text === t)!.measureTitle;
    expect(title('about 6,800')).toBe('Homes damaged by the Tobrek earthquake');
    expect(title('860')).toBe('Homes destroyed by the Tobrek earthquake');
  });
});

describe('a figure restated in brackets', () => {
  const SENT = 'The Kessel Valley Timber Co-operative estimated that C$45 million worth of standing timber had already been lost to the Kessel Ridge fire.';
  const REPRINT = SENT.replace('C$45 million', 'C$45 million (US$33 million)');
  const plan = (text: string, outlet: string, published: string) => planIngest({ text, outlet, title: 'Kessel Ridge fire: timber losses', published }, [], []);
  it('is no other figure: the clause runs on past it to its deed and place', () => {
    const heat = planIngest({ text: 'The Ilmarez heatwave set a national record of 46.8°C (116.2°F) at Ilmarez airport on July 10.', outlet: 'Bay City Tribune', title: 'Ilmarez heatwave record', published: '2023-07-24' }, [], []).figures;
    expect(heat.find((f) => f.claim.value.text === '46.8°C')!.newMeasure?.signature).toMatchObject({ scope: 'Ilmarez airport' });
    expect(plan(REPRINT, 'Mountain West Journal', '2024-08-05').figures[0].measureTitle).toBe(plan(SENT, 'Reuters', '2024-08-03').figures[0].measureTitle);
  });
  it('leaves a reprinted sentence one origin', () => {
    const claim = (text: string, outlet: string, published: string, id: string) => {
      const f = plan(text, outlet, published).figures[0].claim;
      return { ...f, id, measureId: 'timber', sourceId: `s-${id}`, outlet, published, wire: null, reprintOf: null, asOf: published, citedBy: f.citedBy } as unknown as Claim;
    };
    const origins = originsOf([claim(SENT, 'Reuters', '2024-08-03', 'a'), claim(REPRINT, 'Mountain West Journal', '2024-08-05', 'b')]);
    expect(origins).toHaveLength(1);
  });
});

describe('two nouns joined by “and” after a figure', () => {
  it('are one phrase, its deed after both: “more than 2,000 workers and volunteers have been deployed”', () => {
    const f = planIngest(
      { text: 'More than 2,000 workers and volunteers have been deployed on the clean-up of the Solveig Aurora spill, the ministry said.', outlet: 'Seaboard Today', title: 'Solveig Aurora spill clean-up', published: '2024-03-20' },
      [],
      [],
    ).figures[0];
    expect(f.measureTitle).toMatch(/^Workers deployed/);
    expect(f.decision).toBe('accepted-automatically');
  });
});

describe('the length of a thing in the story', () => {
  const fig = (text: string, t: string) => planIngest({ text, outlet: 'Continental Wire', title: 'Ilmarez heatwave', published: '2023-07-18' }, [], []).figures.find((f) => f.claim.value.text === t)!;
  it('is that thing’s duration: “the outages lasted between one and three hours”, “waits of up to nine hours”', () => {
    expect(fig('The grid operator said the outages lasted between one and three hours in the Ilmarez heatwave.', 'between one and three hours').measureTitle).toBe('Duration of the outages (hours)');
    expect(fig('Emergency departments reported waits of up to nine hours during the Ilmarez heatwave.', 'up to nine hours').measureTitle).toBe('Duration of the waits (hours)');
  });
  it('but “a total of …” or a name before “of” says nothing of what a span is of', () => {
    expect(fig('“I have not slept for a total of three days,” said a resident.', 'three days').decision).toBe('set-aside');
  });
});

describe('a distance from a place', () => {
  const fig = (text: string, t: string) => planIngest({ text, outlet: 'Borderline Wire', title: 'Tarsk fighting: refugees cross into Dalvenia', published: '2024-05-10' }, [], []).figures.find((f) => f.claim.value.text === t)!;
  it('is named from the place, named or common: “22 km from the border”, “40 kilometres away from Lomira”', () => {
    expect(fig('Kerevo, the provincial capital, lies 22 km from the border.', '22 km').measureTitle).toMatch(/^Distance from the border\b/);
    expect(fig('The reception site is 40 kilometres away from Lomira.', '40 kilometres').measureTitle).toMatch(/^Distance from Lomira\b/);
    // The place ends at the clause: "about 40 km from the border, holds 2,000 people".
    expect(fig('The camp, about 40 km from the border, holds 2,000 people.', 'about 40 km').measureTitle).toMatch(/^Distance from the border of\b/);
  });
  it('but not from someone’s own place, which says nothing of the story: “40 miles from her hospital”', () => {
    expect(fig('She lives in a cabin 40 miles from her hospital.', '40 miles').measureTitle).not.toMatch(/^Distance/);
  });
});

describe('a story told as several events', () => {
  it('reads a figure about another kind of event the article keeps returning to as the story’s own: “12 days after the derailment” in a story named for its fire', () => {
    const text =
      'The Velby fire burned for two days after a freight train derailed near the town. ' +
      'Firefighters said the fire had been put out. The derailment forced 6,200 people from their homes. ' +
      'Investigators reached the crash site 12 days after the derailment, officials said.';
    const fs = planIngest({ text, outlet: 'Velby Courier', title: 'Velby fire: what the derailment left behind', published: '2024-03-26' }, [], []).figures;
    const days = fs.find((f) => f.claim.value.text === '12 days')!;
    expect(days.decision).not.toBe('set-aside');
    expect(days.measureTitle).toMatch(/derailment/);
  });
  it('but an event named once in passing is still another event: “the 2019 floods”', () => {
    const fs = planIngest(
      { text: 'The Velby fire burned for two days and the fire destroyed 40 homes. The town spent €3 million on repairs after the floods of 2019.', outlet: 'Velby Courier', title: 'Velby fire', published: '2024-03-26' },
      [],
      [],
    ).figures;
    const repairs = fs.find((f) => f.claim.value.text === '€3 million')!;
    expect(repairs.decision).not.toBe('accepted-automatically');
    expect(repairs.measureTitle).not.toMatch(/Velby fire/);
  });
});

describe('an amount for each one of something', () => {
  const fig = (text: string, t: string) => planIngest({ text, outlet: 'Farm Wire', title: 'Lisvania bird flu outbreak', published: '2025-02-10' }, [], []).figures.find((f) => f.claim.value.text === t)!;
  it('is a rate per that thing, never a total: “€4.20 per laying hen”, “€4.20 paid for each laying hen”', () => {
    expect(fig('Keepers will receive €4.20 per laying hen from the compensation fund for the Lisvania outbreak.', '€4.20').measureTitle).toMatch(/ per hen \(EUR\)$/);
    expect(fig('Farmers say the €4.20 paid for each laying hen barely covers the cost of the Lisvania outbreak.', '€4.20').measureTitle).toMatch(/ per hen \(EUR\)$/);
    expect(fig('The ministry has paid out €3.1 million in compensation for the Lisvania outbreak.', '€3.1 million').measureTitle).not.toMatch(/ per /);
  });
  it('but a span keeps its reading: “€2m per day” is per day', () => {
    expect(fig('The Lisvania outbreak is costing farmers €2m per day, the union said.', '€2m').measureTitle).toMatch(/ per day \(EUR\)$/);
  });
});

describe('a length named by the nouns around it', () => {
  const fig = (text: string, t: string) => planIngest({ text, outlet: 'Farm Wire', title: 'Lisvania bird flu outbreak', published: '2025-02-10' }, [], []).figures.find((f) => f.claim.value.text === t)!;
  it('written apart after an article keeps the nouns that tell one from another: “a 3 km protection zone”, “a 10 km containment zone”', () => {
    const text = 'The ministry set up a 3 km protection zone around the farm and a 10 km containment zone after the Lisvania outbreak.';
    const [inner, outer] = [fig(text, '3 km').measureTitle, fig(text, '10 km').measureTitle];
    expect(inner).toMatch(/^Protection zone\b/);
    expect(outer).toMatch(/^Containment zone\b/);
    expect(inner).not.toBe(outer);
  });
  it('“the zone to 3 km” is the zone’s radius and “9 miles of a key freight line” names the line', () => {
    expect(fig('The fire service widened the evacuation zone to 3 km after the Lisvania outbreak.', '3 km').measureTitle).toMatch(/^Radius\b/);
    expect(fig('The evacuation zone was widened to 3 km after the Lisvania outbreak.', '3 km').measureTitle).toMatch(/^Radius\b/);
    expect(fig('Nearly 9 miles of a key freight line remain closed after the Lisvania outbreak.', 'Nearly 9 miles').measureTitle).toMatch(/^Line\b/);
  });
  it('people “ordered out” of a zone were evacuated', () => {
    expect(fig('About 6,200 people were ordered out of the zone after the Lisvania outbreak.', 'About 6,200').measureTitle).toMatch(/^People evacuated\b/);
  });
});

describe('a part of a whole with its owner named: “Seventeen of the train’s 38 wagons”', () => {
  it('counts what the whole counts, with the whole’s deed, and the whole is set aside', () => {
    const fs = planIngest({ text: 'Seventeen of the train’s 38 wagons left the rails near Velby after the Lisvania outbreak.', outlet: 'Rail Wire', title: 'Lisvania outbreak', published: '2024-03-15' }, [], []).figures;
    expect(fs.find((f) => f.claim.value.text === 'Seventeen')!.measureTitle).toMatch(/^Wagons derailed\b/);
    expect(fs.find((f) => f.claim.value.text === '38')!.decision).toBe('set-aside');
  });
});

describe('culling, and a count for a span that ends on a date', () => {
  const figs = (text: string) => planIngest({ text, outlet: 'Farm Wire', title: 'Lisvania bird flu outbreak', published: '2025-02-10' }, [], []).figures;
  it('birds culled, gassed or slaughtered are one deed', () => {
    const fs = figs('More than 350,000 birds have been culled in the Lisvania outbreak. By Monday 1.9 million birds had been gassed in the Lisvania outbreak.');
    const titles = fs.map((f) => f.measureTitle);
    expect(titles[0]).toMatch(/^Birds culled\b/);
    expect(titles[1]).toBe(titles[0]);
  });
  it('“culled in the week to 2 February” is a count in a stated period, not the running total', () => {
    const [week] = figs('About 500,000 birds were culled in the week to 2 February in the Lisvania outbreak.');
    expect(week.measureTitle).toMatch(/\(in a stated period\)/);
  });
});

describe('figures of the background: a body’s size, someone’s holdings, an earlier event', () => {
  it('what a body runs or employs, and what someone keeps, is set aside', () => {
    const text = `${FIRE}The operator is the largest in the region, running about 180 trains a day with 2,300 employees. “Last week I had 62,000 chickens,” said a farmer who keeps 12,000 hens.`;
    for (const t of ['about 180', '2,300', '62,000', '12,000']) expect(of(text, t).decision).toBe('set-aside');
    expect(of(text, '2,300').note).toMatch(/size of a body/);
    // The story's own figures in the same article are claims.
    expect(of(text, 'about 12,000 hectares').decision).toBe('accepted-automatically');
  });
  it('a figure its sentence dates a year or more back, of an event it sets beside the story’s, is that event’s', () => {
    const text = `${FIRE}The region’s worst previous fire, at Brask in 2009, killed 14 people. In 1998, 40 homes burned at Oster when a lightning strike set the ridge alight. The last major fire, in 2016, burned 3,000 hectares.`;
    for (const t of ['14', '40', '3,000 hectares']) {
      const f = of(text, t);
      expect(f.decision).toBe('set-aside');
      expect(f.note).toMatch(/earlier event/);
    }
  });
  it('a past date alone, an earlier event of this year, or a “when a …” clause two years back does not set a figure aside', () => {
    const text = `${FIRE}Since 2019 the ridge has lost 9,000 hectares to fires. Last week’s fire near Brask destroyed 12 homes. In 2022, when a fire crossed the ridge, 300 homes burned.`;
    expect(of(text, '9,000 hectares').note ?? '').not.toMatch(/earlier event/);
    expect(of(text, '12').note ?? '').not.toMatch(/earlier event/);
    expect(of(text, '300').note ?? '').not.toMatch(/earlier event/);
  });
});
