import { describe, expect, it } from 'vitest';
import { entryDay, liveEntries } from '@/server/extract/dates';
import { analyseArticle, extractFigures } from '@/server/extract';
import { planIngest } from '@/server/ingest/plan';
import { computeFlags } from '@/server/domain/flags';
import type { Claim } from '@/server/domain/schemas';

/*
 * How coverage is read beyond one sentence's words: a live page's entries are of their own days
 * (server/extract/dates/live.ts); a figure answering the one before it ("the true figure is",
 * "against some 750,000") counts the same quantity; words that are no count (a span of days) or
 * that name what is counted (a noun run's head, a zone's radius).
 */
const LIVE = [
  'Key points',
  '- The evacuation zone was widened to 3 km overnight; about 6,200 people have been told to leave',
  '',
  '12:55',
  'The health authority says at least 28 people have been injured in the Velby fire.',
  '',
  '04:20',
  'The fire service has widened the evacuation zone around the Velby fire to 3 km.',
  '',
  '23:55',
  'About 4,000 people are being evacuated from the Velby fire, according to the fire service.',
  '',
  '23:10',
  'Reports of a loud explosion and a large fire near the Velby crossing.',
].join('\n');

describe('live pages', () => {
  it('dates each entry from the page’s date, a day back past midnight', () => {
    const entries = liveEntries(LIVE, '2024-03-15');
    expect(entries?.days).toEqual(['2024-03-15', '2024-03-15', '2024-03-14', '2024-03-14']);
    expect(entryDay(entries, LIVE.indexOf('Key points'))).toBeNull();
    expect(entryDay(entries, LIVE.indexOf('About 4,000'))).toBe('2024-03-14');
    expect(entryDay(entries, LIVE.indexOf('at least 28'))).toBe('2024-03-15');
  });
  it('is no live page with fewer than three times on lines of their own, or oldest first', () => {
    expect(liveEntries('12:55\nOne entry.\n\n04:20\nAnother.', '2024-03-15')).toBeNull();
    expect(liveEntries('08:00\nA.\n\n09:00\nB.\n\n10:30\nC.', '2024-03-15')).toBeNull();
    expect(liveEntries(LIVE, null)).toBeNull();
  });
  it('keeps two entries’ figures for two days apart: no page giving two figures at once', () => {
    const plan = planIngest({ text: LIVE, outlet: 'Dunmoor Today', title: 'LIVE: Velby fire', published: '2024-03-15' }, [], []);
    const at = (t: string) => plan.figures.find((f) => f.claim.value.text === t)!;
    expect(at('About 4,000').claim.asOf).toBe('2024-03-14');
    expect(at('about 6,200').claim.asOf).toBeNull();
    expect(at('About 4,000').claim.measureId).toBe(at('about 6,200').claim.measureId);
    const claims = plan.figures.filter((f) => f.decision === 'accepted-automatically').map((f) => ({ ...f.claim, outlet: plan.source.outlet, wire: null, published: plan.source.published }) as unknown as Claim);
    const measures = plan.figures.flatMap((f) => (f.newMeasure ? [f.newMeasure] : []));
    expect(computeFlags(claims, measures).filter((f) => f.kind === 'within-source')).toEqual([]);
    // Read as one moment, the two would be a page contradicting itself.
    const undated = claims.map((c) => ({ ...c, asOf: null }));
    expect(computeFlags(undated, measures).filter((f) => f.kind === 'within-source')).toHaveLength(1);
  });
});

describe('words of coverage', () => {
  it('reads the first day of a span of days as part of a date', () => {
    expect(extractFigures('The samples were taken between 16 and 18 March by the laboratory.')).toEqual([]);
    expect(extractFigures('Tests ran from 3 to 5 May.')).toEqual([]);
    expect(extractFigures('Some 16 to 18 people were hurt.').map((f) => f.text)).toEqual(['16 to 18']);
  });
  it('counts the head of a noun run after a collective noun', () => {
    const thing = (s: string) => extractFigures(s)[0].thing;
    expect(thing('About 140 poultry farms lie inside the zone.')).toBe('farms');
    expect(thing('20 police officers were hurt.')).toBe('officers');
    expect(thing('20 police were hurt.')).toBe('police');
    expect(thing('40 people needs help.')).toBe('people');
  });
  const titles = (text: string) => planIngest({ text, outlet: 'Test Post', title: 'Velby fire', published: '2024-03-20' }, [], []).figures.map((f) => f.measureTitle);
  it('tells those allowed home and those still unable to return from the evacuated', () => {
    const [told, home, out] = titles('About 6,200 people were told to leave after the Velby fire. Some 4,800 residents were allowed to return on Friday; about 1,400 are still unable to return.');
    expect(told).toMatch(/^People evacuated/);
    expect(home).toMatch(/^People allowed home/);
    expect(out).toMatch(/^People unable to return/);
  });
  it('reads “the crash site” as the place of the story’s event, not another event', () => {
    const [people, zone] = titles('About 6,200 people were evacuated from a 3-km zone around the crash site after the Velby fire.');
    expect(people).toMatch(/^People evacuated/);
    expect(zone).toMatch(/^Radius of the Velby fire/);
  });
});

describe('a figure that answers the one before it', () => {
  const plan = (text: string, title = 'Lisvania bird flu outbreak') => planIngest({ text, outlet: 'Farm Wire', title, published: '2025-02-05' }, [], []).figures;
  const by = (figs: ReturnType<typeof plan>, t: string) => figs.find((f) => f.claim.value.text === t)!;
  it('“the true figure is at least 44” counts what the sentence before it counted', () => {
    const figs = plan('The ministry counts 31 farms infected in the Lisvania outbreak. The farmers’ association says the true figure is at least 44 and accuses the ministry of under-reporting.');
    expect(by(figs, 'at least 44').claim.measureId).toBe(by(figs, '31').claim.measureId);
    expect(by(figs, 'at least 44').decision).toBe('accepted-automatically');
  });
  it('a figure answering a denial asserts: it takes the quantity, not the denial', () => {
    const figs = plan('No new cases have been recorded in the Lisvania outbreak since Monday. The opposition says the true figure is at least 12.');
    const rival = by(figs, 'at least 12');
    expect(rival.claim.stance).toBe('asserts');
    expect(rival.claim.measureId).toBe(by(figs, 'No new cases').claim.measureId);
    const read = analyseArticle('No new cases have been recorded in the Lisvania outbreak since Monday. The opposition says the true figure is at least 12.', '2025-02-05', []);
    expect(read.find((a) => a.figure.text === 'at least 12')?.quantity).toMatchObject({ concept: 'cases', zero: false });
  });
  it('a restatement far from any figure, or of another kind, is not read so', () => {
    const far = plan(`The ministry counts 31 farms infected in the Lisvania outbreak. ${'Officials met farmers in the town hall to discuss the rules. '.repeat(8)}The association says the true figure is at least 44.`);
    expect(by(far, 'at least 44').claim.measureId).not.toBe(by(far, '31').claim.measureId);
    const money = plan('The ministry counts 31 farms infected in the Lisvania outbreak. The association says the true figure is closer to €40 million.');
    expect(by(money, 'closer to €40 million').claim.measureId).not.toBe(by(money, '31').claim.measureId);
  });
  it('“against some 750,000 in the week to 19 January” is the same quantity on its own date', () => {
    const figs = plan('About 500,000 birds were culled in the week to 2 February in the Lisvania outbreak, against some 750,000 in the week to 19 January.');
    expect(by(figs, 'some 750,000').claim.measureId).toBe(by(figs, 'About 500,000').claim.measureId);
    expect(by(figs, 'some 750,000').claim.asOf).toBe('2025-01-19');
    expect(by(figs, 'About 500,000').claim.asOf).toBe('2025-02-02');
  });
  it('an undated “up from a few dozen” is not read as a second figure for the same moment', () => {
    const figs = plan('Restrictions are now in force in 212 municipalities after the Lisvania outbreak, up from a few dozen at the start of the month.');
    expect(by(figs, 'a few dozen').claim.measureId).not.toBe(by(figs, '212').claim.measureId);
  });
  it('“out of 1,400 scheduled” is a whole, and a list after “runs” is what a body has', () => {
    const figs = plan('Only 640 services were cancelled on Monday in the Lisvania outbreak out of 1,400 scheduled. The network, which runs nine hospitals and 31 clinics, said so.');
    expect(by(figs, '1,400').decision).toBe('set-aside');
    expect(by(figs, '31').decision).toBe('set-aside');
    expect(by(figs, '640').decision).toBe('accepted-automatically');
  });
  it('a share in “the week to Sunday” is that week’s count, not the running total', () => {
    const figs = plan('A total of 1.1 million birds have now been culled in the Lisvania outbreak, the ministry said. About 750,000 of them were culled in the week to Sunday alone.');
    expect(by(figs, 'About 750,000').measureTitle).toMatch(/in a stated period/);
    expect(by(figs, '1.1 million').measureTitle).not.toMatch(/in a stated period/);
  });
  it('a length nothing names is set aside; a restatement in brackets does not hide the noun', () => {
    const figs = plan('Brask lies less than 4km below the dam. Rail reopened the 14km (8.7-mile) section after the Lisvania outbreak.');
    expect(by(figs, 'less than 4km').decision).toBe('set-aside');
    expect(by(figs, '14km').measureTitle).toMatch(/^Section\b/);
  });
});

describe('a deed’s noun before “zone” names a place', () => {
  const titles = (text: string) => planIngest({ text, outlet: 'Farm Wire', title: 'Lisvania bird flu outbreak', published: '2025-02-05' }, [], []).figures.map((f) => f.measureTitle);
  it('“two farms outside the containment zone” were not contained; a fire “40% contained” was', () => {
    const [farms, pct] = titles('Two farms outside the containment zone had tested positive in the Lisvania outbreak. The fire is now 40% contained.');
    expect(farms).not.toMatch(/contained/i);
    expect(farms).toMatch(/^Farms recorded/);
    expect(pct).toMatch(/contained/);
  });
  it('people in the evacuation zone are still read as evacuated', () => {
    expect(titles('About 6,000 people live in the evacuation zone after the Lisvania outbreak.')[0]).toMatch(/^People evacuated/);
  });
});

describe('shares, sides of a zone and the nouns after a figure', () => {
  const figs = (text: string) => planIngest({ text, outlet: 'Farm Wire', title: 'Lisvania bird flu outbreak', published: '2025-02-05' }, [], []).figures;
  const by = (text: string, t: string) => figs(text).find((f) => f.claim.value.text === t)!;
  it('a share of a whole that no deed counts is background; a share destroyed is the story’s', () => {
    const text = 'Lisvania exports only about 8% of its production. The lowlands produce about 40% of Lisvania’s eggs. About 30% of the town’s homes were destroyed in the Lisvania outbreak.';
    expect(by(text, 'about 8%').decision).toBe('set-aside');
    expect(by(text, 'about 40%').decision).toBe('set-aside');
    expect(by(text, 'About 30%').decision).toBe('accepted-automatically');
  });
  it('a count outside a zone is that side’s, on a measure of its own', () => {
    const text = 'The ministry counts 31 farms infected in the Lisvania outbreak. Bird flu was confirmed on two farms outside the containment zone.';
    const [all, outside] = [by(text, '31'), by(text, 'two')];
    expect(outside.measureTitle).toMatch(/^Farms recorded outside the zone/);
    expect(outside.claim.measureId).not.toBe(all.claim.measureId);
  });
  it('reads “180 daily services” as services and names a length past a place name', () => {
    expect(figs('All 180 daily services were cancelled in the Lisvania outbreak.')[0].measureTitle).toMatch(/^Services cancelled/);
    expect(by('Rail closed the 96-km Brastow–Kellin line after the Lisvania outbreak.', '96-km').measureTitle).toMatch(/^Line\b/);
  });
});

describe('a word of two senses takes the one that fits the figure', () => {
  const title = (text: string) => planIngest({ text, outlet: 'Test Post', title: 'Velby fire', published: '2024-03-20' }, [], []).figures[0].measureTitle;
  it('a mass “released” was spilled; money “released” was paid out', () => {
    expect(title('EskCargo puts the quantity of acrylonitrile released at 170 tonnes after the Velby fire.')).toMatch(/^Mass spilled/);
    expect(title('The fund released €2m after the Velby fire.')).toMatch(/^Aid paid out/);
  });
});
