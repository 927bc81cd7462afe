import { describe, it, expect } from 'vitest';
import { attribute, extractFigures } from '@/server/extract';

// After "said" comes either who said it ("said John Kirby") or what was said ("said profits
// fell 12%"); only the first is a speaker. A description set off by commas after the subject
// ("The council, led by Mayor Ana Ruiz, said") is an aside, and the subject still speaks.

function speakers(text: string) {
  return extractFigures(text).map((f) => [f.text, attribute(text, f).speaker]);
}

describe('what was said is never the speaker', () => {
  it.each([
    ['The company, which employs 5,000 people, said profits fell 12%.', [['5,000', null], ['12%', { name: null, role: null, organisation: 'company' }]]],
    ['About one in four people, or roughly one million, said they had voted.', [['About one in four', null], ['roughly one million', null]]],
    ['Roughly one in five of those asked said they smoked.', [['Roughly one in five', null]]],
  ])('%s', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });
  it('keeps an inverted agent that is a name or a role', () => {
    expect(speakers('Some 300 homes were hit, said John Kirby.')[0][1]).toMatchObject({ name: 'John Kirby' });
    expect(speakers('Some 300 homes were hit, said officials.')[0][1]).toMatchObject({ role: 'officials' });
  });
});

describe('a participle aside between the subject and its verb', () => {
  it.each([
    ['The council, led by Mayor Ana Ruiz, said 40 homes were flooded.', 'council'],
    ['The charity, backed by the Gates Foundation, said 12,000 children were vaccinated.', 'charity'],
    ['The group, based in London, said 300 people had signed.', 'group'],
  ])('%s', (text, organisation) => {
    expect(speakers(text)[0][1]).toEqual({ name: null, role: null, organisation });
  });
});
