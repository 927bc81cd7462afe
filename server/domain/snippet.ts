/**
 * Search snippets as safe HTML. ts_headline marks matches with whatever strings it is given and
 * escapes nothing, so it is given two private-use characters (stripped from the text first, so
 * none can be forged by an article); here everything is escaped and only those become <mark>.
 */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Marked text (HIT_START…HIT_END around matches) to HTML; an unclosed mark closes at the end. */
export function markedToHtml(marked: string): string {
  let out = '';
  let open = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === HIT_START) {
      if (!open) out += '<mark>';
      open = true;
    } else if (part === HIT_END) {
      if (open) out += '</mark>';
      open = false;
    } else out += escapeHtml(part);
  }
  return open ? `${out}</mark>` : out;
}

/** A plain passage cut to about `max` characters at a word boundary, for results without words to mark. */
export function clip(text: string, max = 240): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A passage ts_headline cut out of `full`, with an ellipsis on each side where text was left out. */
export function framed(marked: string, full: string): string {
  const plain = marked.replace(/[\uE000\uE001]/g, '');
  const whole = full.replace(/[\uE000\uE001]/g, '');
  if (!plain.trim()) return marked;
  return `${whole.startsWith(plain) ? '' : '… '}${marked}${whole.endsWith(plain) ? '' : ' …'}`;
}
