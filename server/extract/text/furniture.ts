/*
 * Page furniture: text a scraper keeps that no reporter wrote. Its numbers ("An icon of 3
 * horizontal dots") must never become figures. Detection is by shape, not by site, so it works
 * on pages Tally has not seen.
 */
const LINE = /[^\n\r]+/g;
const ICON = /\bicons?\b/gi;
/** Reading-time badges ("5 min read") sit inline in scraped headers. */
const READ_TIME = /\b\d+\s*min(?:ute)?s?\s+read\b/gi;
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const SCRAPER_LINE = /^\s*(?:(?:image|photo|picture|slide|page)\s+\d+\s+(?:of|\/)\s+\d+|(?:share|copy link|advertisement|skip to (?:main )?content|sign up|subscribe|read more|related articles?)\b.{0,40}|(?:comments?|replies|shares?|likes?)\s*\(?[\d.,]+[km]?\)?|[\d.,]+[km]?\s+(?:comments?|replies|shares?|likes?))\s*$/i;
/** Links to other stories: "Read more: Iran to supply 1,000 more drones - report", "Related: …". */
const LINK_LINE = /^\s*(?:read more|read next|related(?: coverage| content| articles?| stories| reading)?|see also|also read|more on this(?: story)?|more from|recommended|watch|listen)\s*[:|–—]/i;
/** The heading of a block of links to other stories, alone on its line: "MOST READ", "More on this story:", "Related coverage:". */
const LINKS_HEADING = /^\s*(?:most (?:read|popular|viewed|shared)(?: today| now)?|trending(?: now)?|top stories|more (?:on this(?: story)?|stories)|related(?: coverage| content| articles?| stories| reading| links)?|read more|read next|see also|also read|recommended(?: for you)?|you may also like|editor['’]?s picks)\s*[:|–—]?\s*$/i;
/** Lines of such a block: a short headline, maybe numbered or bulleted, that ends no sentence ("3. Ferry timetable: 40 sailings cut from May"). */
const HEADLINE_WORDS = 16;
const isHeadline = (line: string) => line.trim().length <= 120 && line.trim().split(/\s+/).length <= HEADLINE_WORDS && !/[.!]["”’)]?\s*$/.test(line);
/** A blank line between two lines ends a block of links. */
const BLANK = /\n[^\S\n]*\n/;
/** A comment or share counter ending a line: "… newsletter. 24 comments". */
const COUNTER_TAIL = /(?<![\d.,])\d[\d.,]*[km]?\s+(?:comments?|replies|shares)\s*$/gi;
/** Audio players ("Listen to this article, 4 minutes") and gallery counters ("1 of 3 | caption"). */
const LISTEN = /\blisten(?:\s+to\s+this\s+(?:article|story))?\b[^\n\d]{0,12}\d+\s*(?:min(?:ute)?s?|mins)\b/gi;
const GALLERY = /^\s*\d+\s+(?:of|\/)\s+\d+(?=\s*[|•:–—-])/g;
/** Breadcrumbs: "Home › News › Health", "FRN 24 » Fennmark » Health". */
const BREADCRUMB = /^\s*[^\n›»]{1,40}(?:\s[›»]\s[^\n›»]{1,40}){1,6}\s*$/;
/** A page's appeal to its readers: "HOW YOU CAN HELP: Text AID to 70707 to give £5", "To donate, call …". */
const APPEAL_LINE = /^\s*(?:(?:HOW|How) (?:YOU |you )?(?:CAN|can) (?:YOU |you )?(?:HELP|help)\b|(?:WAYS|Ways) (?:TO|to) (?:HELP|help)\b|(?:To|TO) (?:donate|DONATE)\b|(?:Donate|DONATE) (?:now|NOW)\b|(?:Text|TEXT)\s+\p{Lu}{2,}\s+to\s+\d)/u;
/** Telephone numbers and text short codes: "call (555) 014-2290", "Helpline: 0800 460 2200", "text ARDOVIA to 70707". */
const PHONE = /(?<=\b(?:[Cc]all|[Pp]hone|[Tt]el|[Ff]ax|[Tt]elephone|[Hh]elpline|[Hh]otline|(?:Text|TEXT)\s+\p{Lu}{2,}\s+to|SMS)\b[^\d\n]{0,24})\+?\(?\d[\d ()-]{3,}\d|\(\d{3}\)\s?\d{3}-\d{4}/gu;
/** A telephone number has at least five digits ("999" is an emergency number, and "Call 999. 3 people …" keeps its 3). */
const PHONE_DIGITS = 5;

function countMatches(re: RegExp, s: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(s) !== null) n++;
  return n;
}

/** Icon sprites are listed as "Name An icon of ..." many times over in one scraped line. */
function isFurnitureLine(line: string): boolean {
  return countMatches(ICON, line, 3) >= 3 || SCRAPER_LINE.test(line) || LINK_LINE.test(line) || BREADCRUMB.test(line) || APPEAL_LINE.test(line);
}

/**
 * Each line of the text, and whether it is furniture: by its own shape, or as a headline in a block
 * of links under a heading ("MOST READ" then "1. …", "2. …"), which runs to the first blank line or
 * the first line that is no headline.
 */
function* linesOf(text: string): Generator<{ start: number; line: string; furniture: boolean }> {
  let links = false;
  let heading = false;
  let end = 0;
  for (const m of text.matchAll(LINE)) {
    const line = m[0];
    // A heading may stand a blank line above its first link; a blank line after any link ends the block.
    if (!heading && BLANK.test(text.slice(end, m.index).replace(/\r/g, ''))) links = false;
    heading = LINKS_HEADING.test(line);
    const link: boolean = links && isHeadline(line);
    links = heading || link;
    end = m.index + line.length;
    yield { start: m.index, line, furniture: heading || link || isFurnitureLine(line) };
  }
}

/** Whole lines no reporter wrote (icon lists, share bars, links to other stories), for the source page to fold away. */
export function furnitureLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const { start, line, furniture } of linesOf(text)) if (furniture) out.push([start, start + line.length]);
  return out;
}

/** Character ranges [start, end) whose numbers are not figures, sorted and non-overlapping. */
export function furnitureRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const { start, line, furniture } of linesOf(text)) {
    if (furniture) {
      out.push([start, start + line.length]);
      continue;
    }
    for (const re of [URL_OR_EMAIL, READ_TIME, LISTEN, GALLERY, COUNTER_TAIL, PHONE]) {
      re.lastIndex = 0;
      for (let u = re.exec(line); u !== null; u = re.exec(line)) {
        if (re === PHONE && (u[0].replace(/\D/g, '').length < PHONE_DIGITS || /,\d{3}\b/.test(u[0]))) continue;
        out.push([start + u.index, start + u.index + u[0].length]);
      }
    }
  }
  // Merged and sorted, so the binary search in inRanges holds.
  out.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Is offset `pos` inside one of the sorted ranges? Binary search keeps long pages fast. */
export function inRanges(ranges: Array<[number, number]>, pos: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid];
    if (pos < s) hi = mid - 1;
    else if (pos >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
