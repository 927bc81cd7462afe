import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Measure } from '@/server/domain/schemas';
import { extractFigures, proposeMeasure } from '@/server/extract';

// The real measures Tally ships with, against sentences written for this suite: a confident
// match needs the unit to fit AND words that say which of several look-alike measures it is.
const MEASURES = z.array(Measure).parse(JSON.parse(readFileSync(path.resolve(__dirname, '../../data/topics.json'), 'utf8')).measures);
const SURE = 0.75;

function propose(text: string, span: string) {
  const f = extractFigures(text).find((x) => x.text === span);
  expect(f, `figure ${span} in ${text}`).toBeDefined();
  return proposeMeasure(f!, text, MEASURES);
}

describe('confident matches against data/topics.json', () => {
  it.each([
    ['Iran has agreed to supply up to 6,000 drones, an official told Reuters.', 'up to 6,000', 'drones-agreed'],
    ['Tehran signed a deal to send 2,400 drones to Moscow.', '2,400', 'drones-agreed'],
    ['Russia launched more than 1,200 Iranian-made Shahed drones against Ukraine in May.', 'more than 1,200', 'drones-expended'],
    ['Russia has fired about 600 Shahed drones at Ukrainian cities since September.', 'about 600', 'drones-expended'],
    ['Russia has used more than 1,000 Iranian drones.', 'more than 1,000', 'drones-expended'],
    ['Iran has delivered about 400 drones to Russia since August.', 'about 400', 'drones-delivered'],
    ['Russia has bought 2,400 Shaheds from Iran.', '2,400', 'drones-delivered'],
    ['Iran has provided Russia with more than 400 UAVs.', 'more than 400', 'drones-delivered'],
    ['The nearly 16-month war has killed thousands.', 'nearly 16-month', 'war-duration'],
    ['after nine months of fighting in Ukraine', 'nine months', 'war-duration'],
    ['Russia’s invasion, now 15 months old, shows no sign of ending.', '15 months', 'war-duration'],
    ['Russia would pay $1.7 billion for the drones.', '$1.7 billion', 'drone-payment'],
    ['Moscow paid Tehran $1 billion in cash for the drone deal.', '$1 billion', 'drone-payment'],
    ['Russia agreed to pay $1.75 billion for the drones.', '$1.75 billion', 'drone-payment'],
    ['Iran is considering selling hundreds of ballistic missiles to Russia.', 'hundreds', 'ballistic-missiles'],
    ['Russia wants hundreds of ballistic missiles.', 'hundreds', 'ballistic-missiles'],
    ['Putin claimed to annex four Ukrainian regions.', 'four', 'provinces-annexed'],
  ])('%s -> %s', (text, span, id) => {
    const p = propose(text, span);
    expect(p.measureId).toBe(id);
    expect(p.confidence).toBeGreaterThanOrEqual(SURE);
  });
});

describe('preferences between look-alike measures', () => {
  it('prefers drones-expended over drones-delivered when drones were launched', () => {
    const p = propose('Russia launched more than 1,200 Shahed drones against Ukraine in May, Ukraine\'s air force said on Monday.', 'more than 1,200');
    expect(p.measureId).toBe('drones-expended');
    expect(p.confidence).toBeGreaterThanOrEqual(SURE);
  });

  it('reads the verb before "X of the Y" as the part’s, not the whole’s', () => {
    const text = 'Russia has likely expended about 400 of the estimated 1,700 Shaheds it received from Iran.';
    expect(propose(text, 'about 400')).toMatchObject({ measureId: 'drones-expended' });
    expect(propose(text, 'about 400').confidence).toBeGreaterThanOrEqual(SURE);
    expect(propose(text, 'estimated 1,700').measureId).not.toBe('drones-expended');
  });

  it('prefers drones-agreed over drones-delivered for a promise to supply', () => {
    expect(propose('Iran promised to supply 1,000 more drones under the deal.', '1,000').measureId).toBe('drones-agreed');
  });
});

describe('unsure when nothing says which measure', () => {
  it.each([
    ['The army said it shot down 27 drones overnight.', '27'],
    ['Ukraine’s air defences destroyed 27 of 30 drones launched overnight.', '27'],
    ['Ukraine intercepted 40 drones on Sunday.', '40'],
    ['Ukraine has received 300 drones from Britain.', '300'],
    ['Russia plans to build 6,000 drones at a factory in Tatarstan.', '6,000'],
    ['Russia fired 18 missiles and 25 drones overnight.', '18'],
    ['The drones cost about $20,000 each.', 'about $20,000'],
    ['Each Shahed costs Russia about $193,000, experts say.', 'about $193,000'],
    ['Iran wants to buy Russian fighter jets worth $2 billion.', '$2 billion'],
    ['More than 300 people were killed in drone strikes.', 'More than 300'],
    ['The drone has a range of 2,500 km.', '2,500 km'],
    ['Russia pays more than $1 million for a Kalibr cruise missile, far more than for a drone.', 'more than $1 million'],
    ['Russia spent $2 billion for the new tank factory, not the drone deal.', '$2 billion'],
    ['Iran has provided Russia with more than 1,000 additional Shahed drones in recent months.', 'more than 1,000'],
    ['Iran delivered another 300 drones to Russia in May.', '300'],
    ['North Korea has supplied 100 ballistic missiles, South Korea\'s intelligence agency said.', '100'],
    ['The average Shahed costs $193,000, leaked documents showed.', '$193,000'],
  ])('%s', (text, span) => {
    expect(propose(text, span).confidence).toBeLessThan(SURE);
  });

  it('never offers a measure whose unit cannot fit', () => {
    expect(propose('Ukraine said it destroyed 80% of the drones launched.', '80%').measureId).toBeNull();
    expect(propose('The drone has a range of 2,500 km.', '2,500 km').measureId).toBeNull();
    // Nothing converts years to the measure's months: such a figure waits for a person.
    expect(propose('The war has entered its second year.', 'second year').measureId).toBeNull();
  });
});

describe('the parties a sentence speaks of', () => {
  it('reads "us" as the pronoun, not the United States', () => {
    expect(propose('He told us that 400 drones had been delivered.', '400').reason).not.toMatch(/speaks of/);
  });

  it('caps a figure about other parties', () => {
    expect(propose('North Korea has supplied 100 ballistic missiles, Seoul said.', '100').reason).toMatch(/speaks of korea/);
  });
});
