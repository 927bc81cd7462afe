import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { attribute, extractFigures } from '@/server/extract';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const nz = readFileSync(path.join(SEEDS, '000_dde206bdf90973aa.txt'), 'utf8');
const pa = readFileSync(path.join(SEEDS, '001_a820b39c6aa29085.txt'), 'utf8');

/** The attribution of the figure whose text is `span` (the n-th such figure). */
function of(text: string, span: string, n = 0) {
  const f = extractFigures(text).filter((x) => x.text === span)[n];
  expect(f, `figure ${span}`).toBeDefined();
  return attribute(text, f);
}

describe('attribution in the seed articles', () => {
  it('an unnamed official who told The Washington Post', () => {
    expect(of(nz, '6,000')).toEqual({
      speaker: { name: null, role: 'unnamed security official', organisation: null },
      citedBy: ['The Washington Post'],
      citation: 'unnamed security official told The Washington Post',
      stance: 'asserts',
    });
  });

  it('"The source said" is the same official', () => {
    expect(of(nz, '$1 billion')).toMatchObject({ speaker: { role: 'unnamed security official' }, citedBy: ['The Washington Post'] });
  });

  it('“…,” it said: the quote belongs to the speaker of the sentence before', () => {
    expect(of(nz, 'hundreds').speaker).toEqual({ name: null, role: null, organisation: 'British Ministry of Defence' });
  });

  it('the outlet’s own voice has no speaker', () => {
    expect(of(nz, 'nearly nine months')).toEqual({ speaker: null, citedBy: [], citation: '', stance: 'asserts' });
    expect(of(nz, 'four').speaker).toBeNull();
  });

  it('"according to the White House"', () => {
    expect(of(pa, 'most of the 400').speaker).toEqual({ name: null, role: null, organisation: 'White House' });
  });

  it('a quote spanning two sentences, attributed after it closes', () => {
    expect(of(pa, 'more than 400').speaker).toEqual({ name: 'John Kirby', role: 'spokesman', organisation: 'White House National Security Council' });
  });

  it('"Mr Kirby said" resolves to the full name given earlier', () => {
    expect(of(pa, 'billions of dollars').speaker).toMatchObject({ name: 'John Kirby', role: 'spokesman' });
  });

  it('"that it said" inside a sentence refers to the sentence’s subject; "officials have said" to officials', () => {
    expect(of(pa, 'hundreds', 0).speaker).toEqual({ name: null, role: null, organisation: 'Biden administration' });
    expect(of(pa, 'hundreds', 1).speaker).toEqual({ name: null, role: 'officials', organisation: null });
  });
});

describe('attribution phrasings', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['Russia has fired 400 drones, said John Kirby, White House National Security Council spokesman.', '400', { name: 'John Kirby', role: 'spokesman', organisation: 'White House National Security Council' }],
    ['White House National Security Council spokesman John Kirby said Russia has fired 400 drones.', '400', { name: 'John Kirby', role: 'spokesman', organisation: 'White House National Security Council' }],
    ['“Russia has fired 400 drones,” said John Kirby of the US national security council.', '400', { name: 'John Kirby', organisation: 'US national security council' }],
    ['Russia’s defence minister Sergei Shoigu said 5,000 soldiers had been recruited.', '5,000', { name: 'Sergei Shoigu', role: 'defence minister', organisation: 'Russia' }],
    ['President Volodymyr Zelenskyy said that 300 drones were shot down.', '300', { name: 'Volodymyr Zelenskyy', role: 'President' }],
    ['US officials estimate that 100,000 troops have been killed.', '100,000', { name: null, role: 'officials', organisation: 'US' }],
    ['In a statement, the Ministry of Health said 34 people were killed.', '34', { name: null, organisation: 'Ministry of Health' }],
    ['More than 10,000 civilians have died, the UN said on Tuesday.', 'More than 10,000', { organisation: 'UN' }],
    ['“We need 400 more,” said Col. Ivan Petrenko.', '400', { name: 'Ivan Petrenko', role: 'Col' }],
  ];
  it.each(cases)('%s', (text, span, speaker) => {
    expect(of(text, span).speaker).toMatchObject(speaker);
  });

  it('"X told the BBC" puts the BBC in the chain', () => {
    const a = of('Defence Secretary Ben Wallace told the BBC that 1,000 troops would be sent.', '1,000');
    expect(a.citedBy).toEqual(['BBC']);
    expect(a.speaker).toMatchObject({ name: 'Ben Wallace', role: 'Defence Secretary' });
    expect(a.citation).toBe('Ben Wallace (Defence Secretary) told BBC');
  });

  it('"Reuters reported, citing two sources" makes the sources the speaker', () => {
    const a = of('Reuters reported, citing two sources, that 500 missiles were delivered.', '500');
    expect(a).toMatchObject({ speaker: { role: 'two sources' }, citedBy: ['Reuters'] });
  });

  it('reads denials as stance "denies"', () => {
    expect(of('Iran has denied supplying 400 drones to Russia.', '400')).toMatchObject({ stance: 'denies', speaker: { organisation: 'Iran' } });
    expect(of('Iran denies that it sent 400 drones.', '400').stance).toBe('denies');
    expect(of('Iran said it sent 400 drones.', '400').stance).toBe('asserts');
  });

  it('resolves pronouns and short names to earlier speakers', () => {
    const text = 'John Smith, the mayor, said 20 people were hurt. "Another 5 are missing," he added. Later, Smith said 3 had died.';
    for (const span of ['20', '5', '3']) expect(of(text, span).speaker).toMatchObject({ name: 'John Smith', role: 'mayor' });
  });

  it('an unattributed continuation paragraph keeps the previous quote’s speaker', () => {
    const text = '“We lost 40 drones,” the ministry said.\n\n“And we need 400 more.”';
    expect(of(text, '400').speaker).toMatchObject({ organisation: 'ministry' });
  });

  it('a claim inside a relative clause is not the subject’s', () => {
    expect(of('The battles centred on four provinces that Putin claimed to have annexed.', 'four').speaker).toBeNull();
  });
});
