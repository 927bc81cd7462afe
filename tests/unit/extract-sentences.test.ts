import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { splitParagraphs, splitSentences } from '@/server/extract';

describe('sentence splitting', () => {
  const texts = (s: string) => splitSentences(s).map((x) => x.text);

  it('splits on full stops, question and exclamation marks', () => {
    expect(texts('Russia fired 40 drones. Ukraine shot down 38! Why? Nobody knows.')).toEqual(['Russia fired 40 drones.', 'Ukraine shot down 38!', 'Why?', 'Nobody knows.']);
  });

  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(texts('Mr. Kirby met Dr. Smith and John F. Kennedy Jr. in the U.S. on Tuesday. It cost 1.7 billion.')).toEqual([
      'Mr. Kirby met Dr. Smith and John F. Kennedy Jr. in the U.S. on Tuesday.',
      'It cost 1.7 billion.',
    ]);
  });

  it('ends a sentence after its closing quote', () => {
    expect(texts('“We lost 40 drones.” The ministry said so.')).toEqual(['“We lost 40 drones.”', 'The ministry said so.']);
  });

  it('treats line breaks as boundaries (headlines, captions)', () => {
    expect(texts('Iran steps up drone supply\n\nRussia fired 40 drones')).toEqual(['Iran steps up drone supply', 'Russia fired 40 drones']);
    expect(splitParagraphs('a\n\nb\nc').map((p) => p.text)).toEqual(['a', 'b', 'c']);
  });

  it('returns exact substrings with offsets', () => {
    const text = '  First one.  Second one.\n';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('npm run extract', () => {
  const root = path.resolve(__dirname, '../..');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const run = (input: string) => spawnSync(tsx, ['scripts/extract.ts'], { cwd: root, input, encoding: 'utf8' });

  it('prints one array of figure arrays, contract keys first', () => {
    const out = execFileSync(tsx, ['scripts/extract.ts'], { cwd: root, input: JSON.stringify(['More than 400 drones and $1 billion.', '', 'no figures']), encoding: 'utf8' });
    const parsed = JSON.parse(out) as Array<Array<Record<string, unknown>>>;
    expect(parsed).toHaveLength(3);
    expect(parsed[0].map((f) => f.text)).toEqual(['More than 400', '$1 billion']);
    expect(Object.keys(parsed[0][0]).slice(0, 11)).toEqual(['text', 'start', 'end', 'value', 'low', 'high', 'lowInclusive', 'highInclusive', 'qualifier', 'unit', 'currency']);
    expect(parsed[1]).toEqual([]);
  }, 30_000);

  it('every figure of every kind carries all eleven contract keys; change, per and vote are added beside them', () => {
    const texts = [
      'Brent was up 35 cents at $71.10 a barrel.',
      'The Senate passed the bill 62-35.',
      'Police said upwards of 2,000 people had gathered, and 5-10W bulbs.',
      'The line will open within 18 months, at $1,200 per person.',
      'Temperatures fell to minus 5 degrees; a third of staff left.',
    ];
    const out = JSON.parse(execFileSync(tsx, ['scripts/extract.ts'], { cwd: root, input: JSON.stringify(texts), encoding: 'utf8' })) as Array<Array<Record<string, unknown>>>;
    const keys = ['text', 'start', 'end', 'value', 'low', 'high', 'lowInclusive', 'highInclusive', 'qualifier', 'unit', 'currency'];
    const all = out.flat();
    expect(all.length).toBe(10);
    for (const f of all) {
      expect(Object.keys(f).slice(0, 11), String(f.text)).toEqual(keys);
      expect(texts[out.findIndex((fs) => fs.includes(f))].slice(f.start as number, f.end as number)).toBe(f.text);
    }
    expect(out[0].map((f) => [f.text, f.change, f.per ?? null])).toEqual([
      ['35 cents', { role: 'delta', direction: 'up' }, null],
      ['$71.10', { role: 'level', direction: 'up' }, 'barrel'],
    ]);
    expect(out[1].map((f) => [f.value, f.vote])).toEqual([[62, 'for'], [35, 'against']]);
  }, 30_000);

  it.each([['not json'], ['{"a":1}'], ['[1, 2]'], ['']])('rejects %j with exit code 2 and no stdout', (input) => {
    const r = run(input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/extract:/);
  }, 30_000);
});
