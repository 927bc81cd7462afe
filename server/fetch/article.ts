import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { FetchError } from '../domain/errors';
import { pageMeta } from './metadata';
import type { FetchedArticle } from './schema';

/*
 * The article in a page, as plain text with its outlet, title and date: Mozilla's Readability
 * (Firefox's reader view) picks the article out of the page over a linkedom DOM; this file removes
 * what Readability is known to keep (an ad's label inside the story body, a share bar), and turns
 * the article's blocks into paragraphs separated by blank lines, as pasted text is.
 */

/** Less running text than this is a section front, a login wall or a page its scripts build. */
export const MIN_ARTICLE_CHARS = 200;

// Class or id words of page furniture; matched as whole words so "headline" or "loaded" survive.
const NOISE = /(^|[\s_-])(ad|ads|advert|advertisement|adslot|dfp|mpu|sponsor|sponsored|promo|newsletter|share|sharing|social|related|comments?|disqus|outbrain|taboola|cookie|consent|paywall)($|[\s_-])/i;
const FURNITURE = 'script, style, noscript, template, iframe, form, button, nav, aside, footer, svg, canvas, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="dialog"]';
const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH']);
const CONTAINER = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'FIGURE', 'HEADER', 'SPAN', 'BODY']);

const KEEP = new Set(['HTML', 'BODY', 'ARTICLE', 'MAIN']);

function prune(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(FURNITURE))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    // A wrapper named carelessly ("is-ad-free") may hold the story itself: never removed for its name.
    if (KEEP.has(el.tagName) || el.matches('[itemprop="articleBody"]') || el.querySelector('article, main, [itemprop="articleBody"]')) continue;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (NOISE.test(words)) el.remove();
  }
}

const tidy = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();

/** The article's blocks in reading order, each once: a block inside a block (a <p> in an <li>) is read as part of the innermost one. */
function paragraphs(root: Element): string[] {
  const out: string[] = [];
  let loose = '';
  const flush = () => {
    if (tidy(loose)) out.push(tidy(loose));
    loose = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) loose += child.textContent ?? '';
      else if (child.nodeType !== 1) continue;
      else {
        const el = child as Element;
        const hasBlocks = Array.from(el.querySelectorAll('*')).some((d) => BLOCK.has(d.tagName));
        if (BLOCK.has(el.tagName) && !hasBlocks) {
          flush();
          const t = tidy(el.textContent ?? '');
          if (t) out.push(t);
        } else if (CONTAINER.has(el.tagName) || hasBlocks) {
          flush();
          walk(el);
          flush();
        } else if (el.tagName === 'BR') loose += ' ';
        else loose += el.textContent ?? '';
      }
    }
  };
  walk(root);
  flush();
  return out.filter((p) => !/^(advertisement|sponsored|ad)\b/i.test(p));
}

function hostOutlet(url: URL): string {
  return url.hostname.replace(/^www\d?\./i, '');
}

/** The article of a page fetched from `pageUrl`; a FetchError "no-article" when there is none. */
export function extractArticle(html: string, pageUrl: string): FetchedArticle {
  const url = new URL(pageUrl);
  const { document } = parseHTML(html);
  const meta = pageMeta(document);
  const docTitle = tidy(document.querySelector('title')?.textContent ?? '');
  prune(document);
  const parsed = new Readability(document, { serializer: (el: Node) => el, charThreshold: MIN_ARTICLE_CHARS }).parse();
  const blocks = parsed?.content ? paragraphs(parsed.content as unknown as Element) : [];
  const text = blocks.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new FetchError('no-article', `no article found at ${url.href}: the page has ${text.length ? `only ${text.length} characters of` : 'no'} running text (a section front, a sign-in page, or a page its scripts build?). Paste the article’s text instead.`);
  }
  const title = tidy(meta.title ?? parsed?.title ?? '') || docTitle || tidy(document.querySelector('h1')?.textContent ?? '') || hostOutlet(url);
  const siteName = tidy(meta.siteName ?? parsed?.siteName ?? '');
  return {
    url: url.href,
    outlet: (siteName || hostOutlet(url)).slice(0, 200),
    outletFrom: siteName ? 'page' : 'address',
    title: title.slice(0, 500),
    published: meta.published,
    publishedFrom: meta.publishedFrom,
    byline: tidy(parsed?.byline ?? '') || null,
    text,
  };
}
