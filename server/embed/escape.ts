/**
 * Escaping for everything an embed writes. Labels, outlets, speakers and quotes come from
 * articles anyone can submit, so none of them may ever be read as markup, a formula or script.
 */

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML or SVG, in element content or in a quoted attribute. Quotes are escaped too so
 * one function is safe in both places; control characters XML forbids are dropped, because a
 * single one makes a standalone SVG unreadable.
 */
export function esc(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML[c]);
}

/** A tagged template that escapes every interpolated string; `raw()` marks already-built markup. */
export interface Raw {
  readonly __raw: string;
}
export const raw = (s: string): Raw => ({ __raw: s });

type Part = string | number | Raw | null | undefined | false | Part[];

function part(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (Array.isArray(p)) return p.map(part).join('');
  if (typeof p === 'number') return String(p);
  if (typeof p === 'string') return esc(p);
  return p.__raw;
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Raw {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1];
  return raw(out);
}

/**
 * One CSV cell (RFC 4180). A text cell starting with = + - @ (or a tab or carriage return, which
 * some spreadsheets strip first) is read as a formula by Excel, LibreOffice and Sheets, so it gets
 * a leading apostrophe (OWASP's advice) and is quoted. Numbers we format ourselves are written as they are.
 */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const formula = /^[=+\-@\t\r]/.test(v);
  const s = formula ? `'${v}` : v;
  // Quoted when it holds a separator of any locale (a comma, or the semicolon many European
  // spreadsheets split on), a quote, a line break, edge spaces, or was a formula.
  return formula || /[",;\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * JSON that stays inert even if someone pastes it into a <script> block or an HTML attribute:
 * <, >, & and the two line separators JavaScript treats as newlines are written as \u escapes.
 */
export function safeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A link target from stored data: only http(s) URLs become links (never javascript: or data:). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
