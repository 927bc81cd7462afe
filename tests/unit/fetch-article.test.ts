import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/server/fetch/article';
import { pageDate } from '@/server/fetch/metadata';
import { addressRefusal, isPublicAddress } from '@/server/fetch/address';
import { FetchError } from '@/server/domain/errors';
import { IngestInput } from '@/server/ingest/input';

// Pages written for these tests, each with the furniture real news pages carry around the story.
const PAGES = path.join(__dirname, '..', 'fixtures', 'pages');
const page = (name: string) => fs.readFileSync(path.join(PAGES, name), 'utf8');
const read = (name: string, url = `https://www.example.com/news/${name}`) => extractArticle(page(name), url);

describe('extractArticle: the article out of a page', () => {
  it('JSON-LD NewsArticle: outlet from its publisher, date from datePublished as the page wrote it (not shifted to UTC)', () => {
    const a = read('harbour-fire.html');
    expect(a).toMatchObject({ outlet: 'Harbour Gazette', outletFrom: 'page', title: 'Firefighters hold the line as blaze passes 12,000 hectares', published: '2024-02-18', publishedFrom: 'json-ld' });
    expect(a.text).toMatch(/^Crews fighting the fire in the hills above Port Waikawa/);
    expect(a.text).toContain('would cost at least $18 million');
    expect(a.text.split('\n\n')).toHaveLength(7);
    // Around the story: cookie banner, menu, ads, related stories, comments, footer.
    for (const furniture of ['Accept all', 'Subscribe from $1', 'solar panels', 'Holiday homes', 'Related stories', 'Evacuation centres take in', 'KiwiDave', '20 helicopters', 'All rights reserved']) {
      expect(a.text, furniture).not.toContain(furniture);
    }
  });

  it('Open Graph: og:site_name, og:title (not the <title> with its suffix), article:published_time', () => {
    const a = read('ferry-strike.html');
    expect(a).toMatchObject({ outlet: 'The Channel Courier', title: 'Ferry strike: 40 crossings cancelled as talks collapse', published: '2023-11-07', publishedFrom: 'meta' });
    expect(a.text).toContain('leaving about 9,000 passengers');
    expect(a.text).toContain('around £400,000 a day');
    // Readability alone keeps the ad's label inside the story body; the share bar, "more on this story", the sidebar and comments go too.
    for (const furniture of ['Advertisement', 'Fly to Jersey', '1,204 shares', 'More on this story', 'Ferry fares to rise 8%', 'Most read', '120,000 readers', 'islandgirl', 'Registered in England']) {
      expect(a.text, furniture).not.toContain(furniture);
    }
  });

  it('Yoast-style JSON-LD @graph: the WebSite name over the company behind it; the figure caption is kept, the promo is not', () => {
    const a = read('heatwave-graph.html');
    expect(a).toMatchObject({ outlet: 'Southern Star', title: 'Heatwave sends 300 people to hospital in three days', published: '2024-01-22', publishedFrom: 'json-ld' });
    expect(a.text).toContain('The mercury reached 46.1 degrees');
    expect(a.text).toContain('Councils have opened 23 cooling centres');
    for (const furniture of ['BREAKING', 'Read more:', 'You may also like', '40,000 flock', 'Bazza', '3 double shifts', 'Advertise with us']) {
      expect(a.text, furniture).not.toContain(furniture);
    }
  });

  it('a page without metadata: outlet from the host (said so), title from <title>, no date (Tally estimates one later)', () => {
    const a = read('no-metadata.html', 'https://www.townnews.example/water.html');
    expect(a).toMatchObject({ outlet: 'townnews.example', outletFrom: 'address', title: 'Water restrictions tightened', published: null, publishedFrom: null });
    expect(a.text).toMatch(/^The town's reservoir has fallen to 38% of capacity/);
    for (const furniture of ['Links', 'Council', 'Rainwater tanks', 'Pool covers', '2,341 visitors']) expect(a.text, furniture).not.toContain(furniture);
  });

  it('what it reads is text Tally takes as pasted: plain, paragraphs separated by blank lines', () => {
    for (const name of ['harbour-fire.html', 'ferry-strike.html', 'heatwave-graph.html', 'no-metadata.html']) {
      const a = read(name);
      const r = IngestInput.safeParse({ text: a.text, outlet: a.outlet, title: a.title, url: a.url, published: a.published });
      expect(r.success, name).toBe(true);
      expect(a.text).not.toMatch(/[ \t]\n|\n{3,}| {2,}/);
    }
  });

  it('a section front is no article: a FetchError saying so, not an empty source', () => {
    expect(() => read('section-index.html')).toThrow(FetchError);
    expect(() => read('section-index.html')).toThrow(/no article found .* Paste the article’s text instead/);
    expect(() => extractArticle('<html><body></body></html>', 'https://x.example/')).toThrow(/no running text/);
  });

  it('a wrapper whose class merely contains "ad" (is-ad-free) holding the story is kept', () => {
    const html = page('no-metadata.html').replace('<div id="story">', '<div class="is-ad-free"><article id="story">').replace('</div>\n<div id="right">', '</article></div>\n<div id="right">');
    expect(extractArticle(html, 'https://x.example/').text).toContain('400,000 litres a day');
  });
});

describe('pageDate', () => {
  it('keeps the day as written, reads other forms, refuses nonsense', () => {
    expect(pageDate('2024-02-18T06:30:00+13:00')).toBe('2024-02-18');
    expect(pageDate('2023-11-07')).toBe('2023-11-07');
    expect(pageDate('Tue, 07 Nov 2023 17:45:00 GMT')).toBe('2023-11-07');
    expect(pageDate('2023-02-30T00:00:00Z')).toBeNull();
    expect(pageDate('soon')).toBeNull();
    expect(pageDate('0001-01-01')).toBeNull();
  });
});

describe('which addresses a fetch may reach', () => {
  it('public unicast only, whatever the spelling of a private one', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect(isPublicAddress(ip), ip).toBe(true);
    const privates = ['127.0.0.1', '127.5.6.7', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::a00:1', '2002:c0a8:0101::1', 'ff02::1', 'not-an-ip'];
    for (const ip of privates) expect(isPublicAddress(ip), ip).toBe(false);
    expect(isPublicAddress('172.32.0.1')).toBe(true);
  });

  it('TALLY_FETCH_ALLOW names a host or an address', () => {
    expect(addressRefusal('127.0.0.1', '127.0.0.1', [])).toMatch(/private, loopback/);
    expect(addressRefusal('intranet.example', '10.0.0.5', [])).toMatch(/intranet\.example \(which resolves to 10\.0\.0\.5\)/);
    expect(addressRefusal('127.0.0.1', '127.0.0.1', ['127.0.0.1'])).toBeNull();
    expect(addressRefusal('localhost', '127.0.0.1', ['localhost'])).toBeNull();
    expect(addressRefusal('[::1]', '::1', ['::1'])).toBeNull();
    expect(addressRefusal('127.0.0.2', '127.0.0.2', ['127.0.0.1'])).toMatch(/127\.0\.0\.2/);
  });
});
