import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

// The layout of server/extract is part of its design (issue 11 item 3): folders that name its
// stages, one entry per stage that the pipeline calls, no import circles, lexicons beside the
// code that reads them, and a README whose pipeline and layering are the code's. These tests
// read the import lines of the source, so a change that breaks any of that fails here.

const ROOT = path.join(process.cwd(), 'server', 'extract');
const REPO = process.cwd();

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The module specifiers a file imports or re-exports from (static and dynamic). */
function specifiers(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm)) out.push(m[1]);
  for (const m of src.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1]);
  for (const m of src.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
  return out;
}

function resolveFrom(file: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('.')) base = path.resolve(path.dirname(file), spec);
  else if (spec.startsWith('@/')) base = path.join(REPO, spec.slice(2));
  else return null;
  for (const c of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (fs.existsSync(c)) return c;
  return `${base} (missing)`;
}

const files = sources(ROOT);
const graph = new Map(files.map((f) => [f, specifiers(f).map((s) => resolveFrom(f, s)).filter((r): r is string => r !== null && r.startsWith(ROOT))]));
const rel = (f: string) => path.relative(ROOT, f);
/** The stage folder a file belongs to, or null for the root files (index.ts, types.ts). */
const stageOf = (f: string) => (rel(f).includes(path.sep) ? rel(f).split(path.sep)[0] : null);
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The layering as the README states it: "Layers: text → numbers → ...". */
const layers = (/^Layers:\s*(.+)$/m.exec(readme)?.[1] ?? '').split('→').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean);
const stages = fs.readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('server/extract layout', () => {
  it('has no import circles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) walk(d, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of files) walk(f, []);
    expect(cycles).toEqual([]);
    expect(files.length).toBeGreaterThan(40);
  });

  it('every stage folder is in the README’s layers, each with an index.ts entry', () => {
    expect([...layers].sort()).toEqual(stages);
    for (const s of stages) expect(fs.existsSync(path.join(ROOT, s, 'index.ts')), `${s}/index.ts`).toBe(true);
  });

  it('a stage imports only itself, types.ts and the stages layered before it', () => {
    const wrong: string[] = [];
    for (const [f, deps] of graph) {
      const s = stageOf(f);
      if (s === null) continue;
      for (const d of deps) {
        const t = stageOf(d);
        if (t === null ? rel(d) !== 'types.ts' : layers.indexOf(t) > layers.indexOf(s)) wrong.push(`${rel(f)} → ${rel(d)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the pipeline (index.ts) calls each stage through its entry', () => {
    const deep = (graph.get(path.join(ROOT, 'index.ts')) ?? []).filter((d) => stageOf(d) !== null && (path.basename(d) !== 'index.ts' || rel(d).split(path.sep).length > 2));
    expect(deep.map(rel)).toEqual([]);
  });

  // A module that imports nothing may be taken alone (a page's furniture detector in the browser,
  // without the tokenizer and sentence splitter the text stage's entry brings): it reaches no further.
  it('code outside server/extract imports it at the root, a stage’s entry or a module that imports nothing', () => {
    const outside = ['app', 'server', 'scripts', 'tests', 'lib'].map((d) => path.join(REPO, d)).filter((d) => fs.existsSync(d)).flatMap(sources).filter((f) => !f.startsWith(ROOT + path.sep));
    const deep: string[] = [];
    for (const f of outside) {
      for (const s of specifiers(f)) {
        const r = resolveFrom(f, s);
        if (r === null || !r.startsWith(ROOT)) continue;
        const inner = path.relative(ROOT, r).split(path.sep);
        const ok = (inner.length === 1 && (inner[0] === 'index.ts' || inner[0] === 'types.ts')) || (inner.length === 2 && inner[1] === 'index.ts') || specifiers(r).length === 0;
        if (!ok) deep.push(`${path.relative(REPO, f)} → ${s}`);
      }
    }
    expect(deep).toEqual([]);
  });

  it('each lexicon is read by code of its own stage', () => {
    const lexicons = files.filter((f) => /(^|\/)lexicon(\/|\.ts$)/.test(rel(f)));
    expect(lexicons.length).toBeGreaterThan(3);
    for (const lex of lexicons) {
      const readers = [...graph].filter(([f, deps]) => f !== lex && deps.includes(lex) && stageOf(f) === stageOf(lex));
      expect(readers.length, rel(lex)).toBeGreaterThan(0);
    }
  });

  it('the README’s pipeline names functions each stage’s entry exports', () => {
    // Lines such as "  numbers/  extractFigures(text)  figures: ..." inside the README's code block.
    const steps = [...readme.matchAll(/^\s+([a-z]+)\/\s+([A-Za-z]+)\(/gm)].map((m) => [m[1], m[2]] as const);
    expect(new Set(steps.map(([s]) => s))).toEqual(new Set(stages));
    const index = fs.readFileSync(path.join(ROOT, 'index.ts'), 'utf8');
    for (const [stage, fn] of steps) {
      const entry = fs.readFileSync(path.join(ROOT, stage, 'index.ts'), 'utf8');
      expect(new RegExp(`export (?:function ${fn}\\b|\\{[^}]*\\b${fn}\\b[^}]*\\})`).test(entry), `${stage}/index.ts exports ${fn}`).toBe(true);
      expect(new RegExp(`\\b${fn}\\(`).test(index), `index.ts calls ${fn}`).toBe(true);
    }
  });
});
