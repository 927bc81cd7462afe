/**
 * Checks every procedure's raw input before its own schema reads it, for what no text column can
 * hold and no schema should have to repeat: NUL (PostgreSQL refuses it in text, so it surfaced as
 * a 500), lone UTF-16 surrogates (not text in any encoding), and inputs nested or wide enough to
 * make a parser work for nothing. Returns the first problem found, or null.
 */
const MAX_DEPTH = 12;
const MAX_NODES = 20_000;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function rawInputProblem(input: unknown): string | null {
  let nodes = 0;
  const visit = (v: unknown, path: string, depth: number): string | null => {
    if (++nodes > MAX_NODES) return `input has more than ${MAX_NODES} values`;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return `${path || 'input'} contains a NUL character (\\u0000), which is not text`;
      if (LONE_SURROGATE.test(v)) return `${path || 'input'} contains a broken character (a lone UTF-16 surrogate)`;
      return null;
    }
    if (v === null || typeof v !== 'object') return null;
    if (depth >= MAX_DEPTH) return `input is nested more than ${MAX_DEPTH} levels deep`;
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
      const keyProblem = visit(k, path ? `${path} (a key)` : 'a key', depth + 1);
      if (keyProblem) return keyProblem;
      const p = visit(child, path ? `${path}.${k}` : k, depth + 1);
      if (p) return p;
    }
    return null;
  };
  return visit(input, '', 0);
}
