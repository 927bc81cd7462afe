import { describe, expect, it } from 'vitest';
import { normalText, textKey } from '@/server/domain/text-key';
import { isCreditLine, isReprint, passagesOf } from '@/server/ingest/passages';
import { originsOf } from '@/server/domain/origins';
import { intervalFor } from '@/server/domain/value';
import { claim } from './fixtures';

/* Duplicates by what a text says (issue 12, item 4): the pure half, without a database. */

const TEXT = 'The fire has burned “about 1,800 hectares” – the service’s chief said… It is not over.\nCrews held the line.';

describe('the text key', () => {
  it.each([
    ['a trailing newline', `${TEXT}\n`],
    ['Windows line endings', TEXT.replace(/\n/g, '\r\n')],
    ['old Mac line endings', TEXT.replace(/\n/g, '\r')],
    ['a doubled space and a tab', TEXT.replace('has burned', 'has  burned').replace('Crews', '\tCrews')],
    ['straightened quotes', TEXT.replace(/[“”]/g, '"').replace(/’/g, "'")],
    ['a hyphen for the en dash', TEXT.replace('–', '-')],
    ['an em dash', TEXT.replace('–', '—')],
    ['two hyphens', TEXT.replace('–', '--')],
    ['three dots for the ellipsis', TEXT.replace('…', '...')],
    ['no-break and zero-width spaces, a soft hyphen', TEXT.replace('about 1', 'about\u00A01').replace('fire', 'fi\u00ADre\u200B').replace('The', '\uFEFFThe')],
    ['a blank line between paragraphs', TEXT.replace('\n', '\n\n')],
  ])('is the same with %s', (_, variant) => {
    expect(textKey(variant)).toBe(textKey(TEXT));
  });

  it('is the same for an accent composed or decomposed (NFC)', () => {
    expect(textKey(`${TEXT} Café.`.normalize('NFD'))).toBe(textKey(`${TEXT} Café.`));
  });

  it('differs when the words or figures do', () => {
    expect(textKey(TEXT.replace('1,800', '1,900'))).not.toBe(textKey(TEXT));
    expect(textKey(TEXT.replace('burned', 'burnt'))).not.toBe(textKey(TEXT));
    expect(textKey(TEXT.replace('1,800', '-1,800'))).not.toBe(textKey(TEXT));
  });

  it('keeps the words as they were, only plainer', () => {
    expect(normalText(' A “b” – c’s…\r\n\r\nd ')).toBe('A "b" - c\'s... d');
  });
});

const BODY = [
  'The Kessel Ridge fire had spread to about 1,800 hectares by Sunday night, the Halvern Wildfire Service said.',
  'About 150 firefighters, supported by helicopters and air tankers, were working the fire on Monday morning.',
  'Evacuees were directed to a reception centre at the Brackwater Community Arena, where volunteers handed out cots.',
];

describe('passages', () => {
  it('leave out credit lines and mark the first paragraph as no part of the body', () => {
    expect(['By Jane Doe, Associated Press', 'Reporting by Jane Doe; Editing by Tom Lee', '(Reporting by Jane Doe)', '— AP', '(Reuters)', 'Associated Press', 'Copyright 2024 The Associated Press. All rights reserved.'].filter((l) => !isCreditLine(l))).toEqual([]);
    expect(isCreditLine('About 150 firefighters were working the fire.')).toBe(false);
    const ps = passagesOf(['By Jane Doe, Associated Press', ...BODY, 'Reporting by Jane Doe'].join('\n\n'));
    expect(ps.map((p) => p.body)).toEqual([false, true, true]);
  });

  it('match whatever dateline, quotes or dashes a reprint gives a sentence', () => {
    const plain = passagesOf(`Headline\n\n${BODY.join('\n\n')}`).map((p) => p.hash);
    const wire = passagesOf(`Another headline\n\nBRACKWATER, Halvern, July 29 (Reuters) — ${BODY[0]}\n\n${BODY.slice(1).join('\n\n').replace(/,/g, ' ,')}`).map((p) => p.hash);
    expect(wire).toEqual(plain);
  });

  it('call a body mostly found in one source a reprint, and one shared paragraph not', () => {
    const ps = passagesOf(`A new first paragraph, written by the outlet that reprints the story.\n\n${BODY.join('\n\n')}`);
    const all = new Set(ps.map((p) => p.hash));
    expect(isReprint(ps, all)).toBe(true);
    expect(isReprint(ps, new Set([ps[1].hash, ps[2].hash]))).toBe(false);
    // Too little body to tell.
    const short = passagesOf(`Headline\n\n${BODY[0]}`);
    expect(isReprint(short, new Set(short.map((p) => p.hash)))).toBe(false);
  });
});

describe('origins of a reprint', () => {
  it('are its original’s: the same value on the same measure, in another sentence and voice', () => {
    const v = intervalFor({ qualifier: 'about', n: 1800 }, 'about 1,800');
    const original = claim({ measureId: 'area', sourceId: 'courier', value: v, quote: 'The fire had spread to about 1,800 hectares, the service said.', speaker: { name: null, role: null, organisation: 'Halvern Wildfire Service' } });
    const lede = claim({ measureId: 'area', sourceId: 'tribune', value: v, quote: 'Firefighters battled a blaze officials said had burned about 1,800 hectares.', speaker: { name: null, role: 'officials', organisation: null } });
    expect(originsOf([original, lede])).toHaveLength(2);
    expect(originsOf([original, { ...lede, reprintOf: 'courier' }])).toHaveLength(1);
    // Another value, or another measure, is not the original's.
    expect(originsOf([original, { ...lede, reprintOf: 'courier', measureId: 'other' }])).toHaveLength(2);
  });

  it('never join two origins the original keeps apart', () => {
    const v = intervalFor({ qualifier: 'exact', n: 40 }, '40');
    const a = claim({ measureId: 'm', sourceId: 'o', value: v, quote: 'Police said 40 people were hurt.', speaker: { name: null, role: null, organisation: 'Police' } });
    const b = claim({ measureId: 'm', sourceId: 'o', value: v, quote: 'A hospital counted 40 patients on Sunday.', speaker: { name: null, role: null, organisation: 'Hospital' } });
    const b2 = { ...claim({ measureId: 'm', sourceId: 'r', value: v, quote: 'A hospital counted 40 patients on Sunday.', speaker: { name: null, role: null, organisation: 'Hospital' } }), reprintOf: 'o' };
    expect(originsOf([a, b, b2]).map((o) => o.claims.length).sort()).toEqual([1, 2]);
  });
});
