import { describe, it, expect } from 'vitest';
import { attribute, extractFigures } from '@/server/extract';

// Speakers set off by commas, initialisms, documents and relative clauses: the places where a
// simple "subject before the verb" reading of agency copy goes wrong. Phrasings written here.

function of(text: string, span: string, n = 0) {
  const f = extractFigures(text).filter((x) => x.text === span)[n];
  expect(f, `figure ${span} in ${text}`).toBeDefined();
  return attribute(text, f);
}

describe('a name set off by commas', () => {
  it.each([
    ['Ukraine’s foreign minister, Dmytro Kuleba, said on Tuesday that Russia had ordered 2,400 drones.', '2,400', { name: 'Dmytro Kuleba', role: 'foreign minister', organisation: 'Ukraine' }],
    ['But a Ukrainian air force spokesman, Yuriy Ihnat, warned that swarms of 40 drones could get through.', '40', { name: 'Yuriy Ihnat', role: 'spokesman', organisation: 'Ukrainian air force' }],
    ['Its spokesman, Andriy Yusov, told reporters that Moscow had ordered 2,400 more.', '2,400', { name: 'Andriy Yusov', role: 'spokesman', organisation: null }],
    ['Some 80 drones were launched, the regional governor, Oleh Syniehubov, said.', 'Some 80', { name: 'Oleh Syniehubov', role: 'regional governor' }],
    ['Russia fired 40 drones, said John Kirby, the White House spokesman.', '40', { name: 'John Kirby', role: 'spokesman', organisation: 'White House' }],
    ['The Institute for the Study of War, a Washington-based think tank, said Russia had expended 400 drones.', '400', { name: null, role: null, organisation: 'Institute for the Study of War' }],
    ['Zelenskiy’s chief of staff, Andriy Yermak, said 20 drones were downed.', '20', { name: 'Andriy Yermak', role: 'chief of staff', organisation: 'Zelenskiy' }],
    ['The Pentagon’s press secretary, Brig. Gen. Pat Ryder, said 30 drones had been sent.', '30', { name: 'Pat Ryder', organisation: 'Pentagon' }],
  ])('%s', (text, span, want) => {
    expect(of(text, span).speaker).toMatchObject(want);
  });

  it('a later "Mr Kuleba" keeps the role given with the full name', () => {
    const text = 'Ukraine’s foreign minister, Dmytro Kuleba, spoke on Tuesday. “We have evidence of at least 1,700,” Mr Kuleba told reporters.';
    expect(of(text, 'at least 1,700').speaker).toEqual({ name: 'Dmytro Kuleba', role: 'foreign minister', organisation: 'Ukraine' });
  });
});

describe('initialisms, documents and outlets', () => {
  it.each([
    ['Russia fired 40 drones, U.S. officials said.', '40', { role: 'officials', organisation: 'US' }],
    ['The U.K. Ministry of Defence said 30 drones were used.', '30', { organisation: 'UK Ministry of Defence' }],
    ['Iran supplied 1,700 drones, according to a report by the Institute for Science and International Security.', '1,700', { organisation: 'Institute for Science and International Security' }],
    ['Data from the UN shows 500 civilians were killed.', '500', { name: null, role: null, organisation: 'UN' }],
    ['Iran has sent Russia hundreds of drones since last summer, the BBC has learned.', 'hundreds', { organisation: 'BBC' }],
  ])('%s', (text, span, want) => {
    expect(of(text, span).speaker).toMatchObject(want);
  });
});

describe('quotes', () => {
  it('a quoted sentence that names nobody continues the quote before it in the paragraph', () => {
    const text = '“Thirty drones were destroyed,” said the air force. “Another 5 hit targets.”';
    expect(of(text, '5').speaker).toEqual({ name: null, role: null, organisation: 'air force' });
  });

  it('a quote broken by its attribution keeps one speaker', () => {
    const text = '“We shot down 30,” Ihnat said, “and five got through.”';
    expect(of(text, 'five').speaker).toMatchObject({ name: 'Ihnat' });
  });
});

describe('what is not the speaker’s', () => {
  it('a relative clause after a denial is the writer’s', () => {
    const a = of('Iran has repeatedly denied sending drones for use in the war, which is now in its 16th month.', '16th month');
    expect(a).toEqual({ speaker: null, citedBy: [], citation: '', stance: 'asserts' });
  });

  it('a figure after the relative clause closes still finds its speaker', () => {
    expect(of('The war, which began in 2022, has killed 9,000 civilians, the UN said.', '9,000').speaker).toMatchObject({ organisation: 'UN' });
  });

  it('"citing intelligence" cites evidence, not a speaker', () => {
    const a = of('“Russia has received at least 400,” the spokesman added, citing intelligence.', 'at least 400');
    expect(a).toMatchObject({ speaker: { role: 'spokesman' }, citedBy: [] });
  });

  it('a passive ("is believed", "was reported") names no speaker before it', () => {
    expect(of('Iran is also believed to be preparing to ship 1,000 more weapons.', '1,000').speaker).toBeNull();
    expect(of('It was reported that 400 drones had arrived.', '400').speaker).toBeNull();
  });

  it('"an estimated" is a qualifier, not a verb; "experts say" speaks', () => {
    expect(of('Each Shahed-136 costs an estimated $20,000 to $50,000 to produce, experts say.', '$20,000 to $50,000').speaker).toEqual({ name: null, role: 'experts', organisation: null });
  });

  it('"It is understood" names no one', () => {
    expect(of('It is understood that 400 drones were delivered.', '400').speaker).toBeNull();
  });

  it('"the army" is a body of its own, not the last person quoted', () => {
    const text = 'John Kirby said 400 drones had been delivered. The army said 20 were shot down.';
    expect(of(text, '20').speaker).toEqual({ name: null, role: null, organisation: 'army' });
  });

  it('"the source" is still the last person quoted', () => {
    const text = 'An official told the Financial Times that 400 drones had been delivered. The source said Russia paid $1 billion.';
    expect(of(text, '$1 billion')).toMatchObject({ speaker: { role: 'official' }, citedBy: ['Financial Times'] });
  });
});
