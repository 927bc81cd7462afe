import { describe, expect, it } from 'vitest';
import { embedPath, oembedLinkFor, ogImageFor, parseEmbedSegments } from '@/server/embed/links';
import { targetOf } from '@/server/embed/oembed';
import { estimateHeight, markdownText, snippets } from '@/server/embed/snippets';
import { publicOrigin } from '@/server/embed/http';
import { measureModel, snapshotText, versionOf } from '@/server/embed/model';
import { cardSvg } from '@/server/embed/card';
import { svgToPng, pngSize } from '@/server/embed/png';
import { EMBED_JS } from '@/server/embed/script';
import { gzipSync } from 'node:zlib';
import { seedCatalog } from './embed-catalog';

describe('embed URLs', () => {
  it('read back what they write, and nothing else', () => {
    expect(parseEmbedSegments(['drones-delivered'])).toEqual({ kind: 'measure', id: 'drones-delivered', version: null, asset: null });
    expect(parseEmbedSegments(['drones-delivered', 'v', 'abcdef012345', 'chart.png'])).toEqual({ kind: 'measure', id: 'drones-delivered', version: 'abcdef012345', asset: 'chart.png' });
    expect(parseEmbedSegments(['topic', 'iran-drones', 'og.png'])).toEqual({ kind: 'topic', id: 'iran-drones', version: null, asset: 'og.png' });
    for (const bad of [[], ['Drones'], ['x', 'v', 'nothex'], ['x', 'chart.gif'], ['x', 'chart.svg', 'more'], ['../etc'], ['x', 'v']]) {
      expect(parseEmbedSegments(bad), bad.join('/')).toBeNull();
    }
    expect(embedPath('topic', 'iran-drones', 'abcdef012345')).toBe('/embed/topic/iran-drones/v/abcdef012345');
  });

  it('give figure pages their oEmbed discovery href and Open Graph image', () => {
    expect(oembedLinkFor('drones-delivered')).toBe('/api/oembed?url=%2Fmeasures%2Fdrones-delivered&format=json');
    expect(oembedLinkFor('drones-delivered', 'https://tally.example')).toBe(
      'https://tally.example/api/oembed?url=https%3A%2F%2Ftally.example%2Fmeasures%2Fdrones-delivered&format=json',
    );
    expect(ogImageFor('drones-delivered', 'https://tally.example')).toBe('https://tally.example/embed/drones-delivered/og.png');
  });

  it('let oEmbed accept pages and embeds on this host only', () => {
    const o = ['http://localhost:3000'];
    expect(targetOf('http://localhost:3000/measures/drones-delivered', o)).toMatchObject({ kind: 'measure', id: 'drones-delivered' });
    expect(targetOf('/measures/drones-delivered', o)).toMatchObject({ kind: 'measure', id: 'drones-delivered' });
    expect(targetOf('http://localhost:3000/embed/x/v/abcdef012345', o)).toMatchObject({ id: 'x', version: 'abcdef012345' });
    expect(targetOf('http://localhost:3000/#topic-iran-drones', o)).toMatchObject({ kind: 'topic', id: 'iran-drones' });
    expect(targetOf('http://evil.example/measures/drones-delivered', o)).toBeNull();
    expect(targetOf('http://localhost:3000/embed/x/chart.png', o)).toBeNull();
    expect(targetOf('::nope', o)).toBe('bad');
    expect(targetOf('javascript:alert(1)', o)).toBe('bad');
    expect(targetOf('//evil.example/measures/x', o)).toBe('bad');
  });
});

describe('embed snippets', () => {
  const cat = seedCatalog();
  const model = measureModel(cat, cat.measureById.get('drones-delivered')!);
  const version = versionOf(snapshotText(model));

  it('pin the URL, the image and the citation to a version when asked', () => {
    const s = snippets(model, 'https://t.example', version, version, 600);
    expect(s.iframe).toContain(`src="https://t.example/embed/drones-delivered/v/${version}"`);
    expect(s.iframe).toContain('height="600"');
    expect(s.iframeScript).toContain('<script async src="https://t.example/embed.js"></script>');
    expect(s.image).toContain(`/embed/drones-delivered/v/${version}/chart.png" width="1200" height="675"`);
    expect(s.citation).toContain('Press Association (15 May 2023)');
    expect(s.markdown).toBe(`[Iranian drones delivered to Russia (Tally)](https://t.example/embed/drones-delivered/v/${version})`);
  });

  it('write a title as Markdown text: no HTML, no links or emphasis it did not mean', () => {
    expect(markdownText('<img src=x onerror=alert(1)> & [x](javascript:1) *b*')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; \\[x\\](javascript:1) \\*b\\*');
    expect(markdownText('two\nlines')).toBe('two lines');
  });

  it('take public URLs from configuration, never from the Host a request names', () => {
    const req = new Request('http://127.0.0.1:3000/embed/x', { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } });
    expect(publicOrigin(req)).not.toContain('evil');
  });

  it('estimate a frame height that grows as the frame narrows', () => {
    const wide = estimateHeight(model, 680);
    const narrow = estimateHeight(model, 340);
    expect(wide).toBeGreaterThan(300);
    expect(narrow).toBeGreaterThan(wide);
    expect(narrow).toBeLessThan(3000);
  });

  it('keep the embed script under 5 KB gzipped', () => {
    expect(gzipSync(EMBED_JS).length).toBeLessThan(5 * 1024);
  });
});

describe('the PNG', () => {
  it('is a PNG of the size asked for, drawn with the fonts the app ships', async () => {
    const cat = seedCatalog();
    const model = measureModel(cat, cat.measureById.get('war-duration')!);
    const png = await svgToPng(cardSvg(model, { width: 600, height: 315, credit: 'tally' }).svg, 600);
    expect(pngSize(png)).toEqual({ width: 600, height: 315 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeNull();
  }, 20_000);
});

describe('label wrapping', () => {
  it('breaks at spaces, keeps runs styled, and cuts a word too long for any line', async () => {
    const { wrapRuns, textWidth } = await import('@/server/embed/text');
    const lines = wrapRuns([{ text: 'more than 400', style: 'strong' }, { text: ` · ${'x'.repeat(200)} · Press Association`, style: 'muted' }], 300, 13);
    expect(lines[0][0]).toEqual({ text: 'more than 400', style: 'strong' });
    for (const l of lines) expect(textWidth(l.map((r) => r.text).join(''), 13)).toBeLessThanOrEqual(300 * 1.08);
    expect(lines.flat().map((r) => r.text).join('').replace(/\s/g, '')).toBe(`morethan400·${'x'.repeat(200)}·PressAssociation`);
  });
});
