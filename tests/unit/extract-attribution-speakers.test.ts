import { describe, it, expect } from 'vitest';
import { attribute, extractFigures } from '@/server/extract';

// A speaker is a person, a role or an organisation; never a fragment of the figure's own words.

function speakerOf(text: string, n = 0) {
  const f = extractFigures(text)[n];
  expect(f, text).toBeDefined();
  return attribute(text, f).speaker;
}

describe('a name followed by a relative clause', () => {
  it.each([
    ['Tom Reilly, who chairs the council, said the number was closer to 2,000.', 'Tom Reilly'],
    ['Maria Lopez, who runs the food bank, said demand rose 40%.', 'Maria Lopez'],
    ['Ahmed Khan, whose firm built the bridge, said it cost $4 million.', 'Ahmed Khan'],
    ['Jane Doe, which is not her real name, said she paid $300.', 'Jane Doe'],
  ])('%s', (text, name) => {
    expect(speakerOf(text)).toMatchObject({ name });
  });
});

describe('a body named by its generic word refers back to its full name', () => {
  it.each([
    ['The Automobile Association ran the survey. About 300 cars failed, the Association said.', 'Automobile Association'],
    ['Kessel District Council met on Monday. Repairs will cost $2 million, the Council said.', 'Kessel District Council'],
  ])('%s', (text, organisation) => {
    expect(speakerOf(text)).toMatchObject({ organisation });
  });
});

describe('never a fragment', () => {
  const FRAGMENT = /^(?:roughly|about|around|some|one|two|three|nearly|the|a|an|of|and|association|council|said|says)$/i;
  it.each([
    'Roughly one in five cars failed, the Automobile Association said.',
    'Roughly one million people voted, officials said.',
    'Around two thirds agreed, according to the survey.',
  ])('%s', (text) => {
    const s = speakerOf(text);
    for (const part of [s?.name, s?.role, s?.organisation]) if (part) expect(part).not.toMatch(FRAGMENT);
  });
});
