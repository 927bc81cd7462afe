import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { planIngest } from '@/server/ingest/plan';
import { seed } from './fixtures';

const MEASURES = seed().measures;

// A quotation that opens in one sentence and is attributed at the end of a later one ("…,” she
// said) once made attribution look up a sentence it had not read yet: ingest answered 500.
const REPRODUCER =
  'Kyiv has counted 300 drones, the mayor said Monday.\n\n"A shield. When the city gets enough radars, the raids – air strikes – will stop," she said';

const input = (text: string, published: string | null = '2024-03-04') => ({ text, outlet: 'Test Gazette', title: 'A test', url: null, published });

describe('ingest never throws on any text', () => {
  it.each(["a'5", "N'5", "x'12 drones", "Tally'5%"])('plans %j, a figure glued into a word', (text) => {
    expect(() => planIngest({ text, outlet: 'O', title: 'T', url: null, published: null }, [], [])).not.toThrow();
  });

  it('plans the reproducer: its one figure is found, with its sentence as the quote', () => {
    const plan = planIngest(input(REPRODUCER), MEASURES);
    expect(plan.figures.map((f) => f.claim.value.text)).toEqual(['300']);
    expect(plan.figures[0].claim.quote).toBe('Kyiv has counted 300 drones, the mayor said Monday.');
  });

  // Sentences of news copy joined by the punctuation real pages have: quotes that span
  // sentences and paragraphs, dashes, brackets, stray line breaks, non-Latin text.
  const PIECES = [
    'Kyiv has counted 300 drones, the mayor said Monday.', '"A shield.', 'When the city gets enough radars,', 'the raids', '–', '—',
    'air strikes', 'will stop,"', 'she said', '“It is over.”', '‘More than 400,’', 'he told Reuters.', '(', ')', '[', ']', '\n', '\n\n',
    'According to the ministry,', 'about 2,000 people', 'were evacuated', 'since August.', 'Iran denied sending any drones.', '$1 billion', '€140m',
    'nearly 9 1/2 months', 'Officials said', 'Мэр сказал 12', '市长说 300', '🙂', '\u00a0', '\u200b', '…', '"', '”', '“', "'", ',', '.', ';', ':',
    // Bare letters and digits, so that joined they glue figures into words ("a'5", "N'5", "x3").
    'a', 'N', '5', '12', 'x', '-', '%', '$',
  ];
  const soup = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 });
  // Quotations that run over several sentences and end with who said them, as real copy has.
  const SENTENCES = ['A shield.', 'When the city gets enough radars, the raids – air strikes – will stop.', 'More than 400 arrived (by sea).', 'It cost $2m.', 'Nobody knows'];
  const OPEN = ['"', '“', '‘', "'", ''];
  const CLOSE = ['"', '”', '’', "'", ''];
  const TAILS = [' she said', ' he told Reuters.', ', officials said.', '', ' said the mayor, John Smith.'];
  const quoted = fc
    .tuple(fc.constantFrom(...OPEN), fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }), fc.constantFrom(...CLOSE), fc.constantFrom(...TAILS))
    .map(([o, ss, c, t]) => `${o}${ss.join(' ').replace(/\.$/, ',')}${c}${t}`);
  const paragraph = fc.oneof(quoted, soup.map((ps) => ps.join(' ')));
  const article = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n\n'));
  const joined = soup.map((ps) => ps.join(''));

  it('plans every generated article, and every quote is the text it points at', () => {
    fc.assert(
      fc.property(fc.oneof(article, joined), fc.constantFrom('2023-05-15', null), (text, published) => {
        const plan = planIngest(input(text, published), MEASURES);
        for (const f of plan.figures) {
          expect(f.claim.quote).toBe(text.slice(f.claim.start, f.claim.end));
          expect(f.claim.start).toBeLessThanOrEqual(f.claim.figureStart);
          expect(f.claim.figureEnd).toBeLessThanOrEqual(f.claim.end);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
