import { describe, expect, it } from 'vitest';
import { routeHarness } from './route-harness';

/* POST /api/v1/sources and /sources/batch through the real handlers: a text equal once normalised is a duplicate, a near-copy a reprint. */

const h = routeHarness('text-key-http');
const post = (p: string, body: unknown) =>
  h.rest(new Request(h.url(p), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` }, body: JSON.stringify(body) }));

const TEXT = [
  'A wildfire on the slopes of Tarrow Ridge had burned about 1,800 hectares by Sunday night, the Halvern Wildfire Service said.',
  '“We had a very bad combination — low humidity, cured grass and a wind that would not quit,” said Marta Desrosiers, the chief fire officer.',
  'Evacuees were directed to a reception centre at the Brackwater Community Arena, where volunteers handed out cots and meals.',
  'The fire was first reported shortly after 3 p.m. on Saturday by a lookout crew on Tamsin Peak, and winds pushed the flames down overnight.',
].join('\n\n');
const ARTICLE = { outlet: 'Halvern Courier', title: 'Tarrow Ridge fire', published: '2024-07-29', text: TEXT };

describe('duplicates by meaning over HTTP', () => {
  it('answers a variant of a stored text as that source, and a near-copy as its reprint', async () => {
    const first = await post('/api/v1/sources', ARTICLE);
    expect(first.status).toBe(200);
    const stored = (await first.json()) as { sourceId: string; stored: boolean };
    expect(stored.stored).toBe(true);
    const variant = await post('/api/v1/sources', { ...ARTICLE, text: `${TEXT.replace(/\n/g, '\r\n').replace(/[“”]/g, '"')}\r\n` });
    expect(await variant.json()).toMatchObject({ stored: false, duplicate: true, sourceId: stored.sourceId });
    const batch = await post('/api/v1/sources/batch', {
      articles: [
        { ...ARTICLE, text: TEXT.replace(/—/g, '-') },
        { outlet: 'Pacific Newswire', title: 'Wildfire in Halvern', published: '2024-07-30', text: `By Jane Doe, Associated Press\n\nBRACKWATER, Halvern (AP) - ${TEXT}\n\n— AP` },
      ],
    });
    const items = (await batch.json()) as { status: string; result?: { sourceId: string; reprintOf?: string | null } }[];
    expect(items.map((i) => i.status)).toEqual(['duplicate', 'stored']);
    expect(items[0].result?.sourceId).toBe(stored.sourceId);
    expect(items[1].result?.reprintOf).toBe(stored.sourceId);
  });
});
