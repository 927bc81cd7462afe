/** A quotation: offsets of its marks; `close` is the paragraph end when the quote runs on. */
export interface Quote {
  open: number;
  close: number;
  closed: boolean;
  /** Start of the paragraph it sits in, so runs of quoted paragraphs can be followed. */
  paragraph: number;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const BREAK = /[\n\r\u2028\u2029]/;

/**
 * The quotations in a text. Curly and guillemet quotes pair up; straight double quotes toggle.
 * A quote left open at a line break ends there (news style reopens it on the next paragraph).
 * Single quotes are not read: they double as apostrophes.
 */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let straight = false;
  let paragraph = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (BREAK.test(c)) {
      if (open >= 0) out.push({ open, close: i, closed: false, paragraph });
      open = -1;
      paragraph = i + 1;
    } else if (open < 0 && (OPENING.has(c) || c === '"')) {
      open = i;
      straight = c === '"';
    } else if (open >= 0 && (straight ? c === '"' : CLOSING.has(c))) {
      out.push({ open, close: i, closed: true, paragraph });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: text.length, closed: false, paragraph });
  return out;
}

/** The quotation containing offset `pos`, if any (quotes are sorted and disjoint). */
export function quoteAt(quotes: Quote[], pos: number): Quote | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos <= quotes[mid].open) hi = mid - 1;
    else if (pos >= quotes[mid].close) lo = mid + 1;
    else return quotes[mid];
  }
  return null;
}
