import { describe, expect, it } from 'vitest';
import { csvCell, esc, safeHref, safeJson } from '@/server/embed/escape';
import { CSV_COLUMNS, claimsFor, dataCsv, dataJson } from '@/server/embed/data';
import { intervalFor } from '@/server/domain/value';
import { claim, measure } from './fixtures';
import { catalogOf, seedCatalog, summary, topics } from './embed-catalog';

/** RFC 4180 reader, enough to read our own output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('CSV cells', () => {
  it('neutralises a cell that a spreadsheet would read as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csvCell('+1 555')).toBe(`"'+1 555"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
  });

  it('quotes a semicolon, which European spreadsheets split cells on, formula or not', () => {
    expect(csvCell('=1+2;=cmd|x')).toBe(`"'=1+2;=cmd|x"`);
    expect(csvCell('Reuters; AP')).toBe('"Reuters; AP"');
  });

  it('quotes what needs quoting and leaves numbers and plain text alone', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('“more than 400”')).toBe('“more than 400”');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1e9)).toBe('1000000000');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('the data download', () => {
  it('has one row per claim of the measure, every claim including unreviewed ones', () => {
    const cat = seedCatalog();
    const claims = claimsFor(cat, 'measure', 'drones-delivered')!;
    const rows = parseCsv(dataCsv(claims));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(cat.claims.filter((c) => c.measureId === 'drones-delivered').map((c) => c.id).sort());
    const kirby = rows.find((r) => r[2] === 'more than 400')!;
    const col = (name: (typeof CSV_COLUMNS)[number]) => kirby[CSV_COLUMNS.indexOf(name)];
    expect([col('low'), col('high'), col('unit'), col('outlet'), col('published')]).toEqual(['400', '', 'drones', 'Press Association', '2023-05-15']);
    expect(col('quote')).toContain('more than 400');
  });

  it('neutralises formulas in quotes, outlets and speakers, and survives markup', () => {
    const m = measure({ id: 'x', topicId: 'iran-drones' });
    const c = claim(
      { id: 'f1', measureId: 'x', sourceId: 's', quote: '=cmd|" /C calc"!A0', value: intervalFor({ qualifier: 'exact', n: 5 }, '-5 drones'), speaker: { name: '@admin', role: null, organisation: null } },
      { outlet: '+Outlet <b>' },
    );
    const cat = catalogOf({ topics: topics(), measures: [m], claims: [c], sources: [summary({ id: 's', outlet: '+Outlet <b>', wire: null, title: 't', url: null, published: '2023-05-15', publishedEstimate: null })] });
    const rows = parseCsv(dataCsv(claimsFor(cat, 'measure', 'x')!));
    expect(rows).toHaveLength(2);
    const r = rows[1];
    expect(r[CSV_COLUMNS.indexOf('quote')]).toBe(`'=cmd|" /C calc"!A0`);
    expect(r[CSV_COLUMNS.indexOf('value_as_worded')]).toBe(`'-5 drones`);
    expect(r[CSV_COLUMNS.indexOf('outlet')]).toBe(`'+Outlet <b>`);
    expect(r[CSV_COLUMNS.indexOf('speaker')]).toBe(`'@admin`);
    const json = dataJson(cat, 'measure', 'x', claimsFor(cat, 'measure', 'x')!);
    expect(json).not.toContain('<b>');
    expect(JSON.parse(json).claims[0].outlet).toBe('+Outlet <b>');
  });

  it('exports a denial with empty numbers and stance = denies, never as 0', () => {
    const deny = claim({ measureId: 'm', sourceId: 's1', stance: 'denies', value: intervalFor({ qualifier: 'none', n: 0 }, 'before the war but not since') });
    const said = claim({ measureId: 'm', sourceId: 's2' });
    const [head, ...rows] = parseCsv(dataCsv([deny, said]));
    const cell = (r: string[], col: string) => r[head.indexOf(col)];
    for (const col of ['low', 'high', 'best', 'low_inclusive', 'high_inclusive']) expect(cell(rows[0], col)).toBe('');
    expect(cell(rows[0], 'stance')).toBe('denies');
    expect(cell(rows[0], 'value_as_worded')).toBe('before the war but not since');
    expect([cell(rows[1], 'low'), cell(rows[1], 'high'), cell(rows[1], 'stance')]).toEqual(['100', '100', 'asserts']);
  });

  it('for a topic, gives the claims of every measure its comparison draws', () => {
    const cat = seedCatalog();
    const claims = claimsFor(cat, 'topic', 'iran-drones')!;
    expect(new Set(claims.map((c) => c.measureId))).toEqual(new Set(['drones-delivered', 'drones-agreed', 'drones-expended']));
    expect(claimsFor(cat, 'topic', 'war-in-ukraine')).toBeNull();
    expect(claimsFor(cat, 'measure', 'nope')).toBeNull();
  });
});

describe('escapes', () => {
  it('escape HTML and SVG text and attributes, and drop characters XML forbids', () => {
    expect(esc(`<a href="x" title='y'>&</a>\u0001`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('only link http(s) URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('https://example.org/x')).toBe('https://example.org/x');
  });
  it('keep JSON inert inside HTML', () => {
    const s = safeJson({ q: '</script><script>alert(1)</script>\u2028' });
    expect(s).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(s).q).toBe('</script><script>alert(1)</script>\u2028');
  });
});
