import { InputDate } from '../domain/schemas';

/*
 * What a page says about itself: the outlet, the headline and the publication date, read from
 * the places publishers put them — Open Graph and article:* meta tags, JSON-LD (schema.org,
 * including Yoast-style @graph documents with @id references), Dublin Core and the like. Read
 * before the article extractor runs, which prunes the document it is given.
 */
type Node = Record<string, unknown>;
export interface PageMeta {
  siteName: string | null;
  title: string | null;
  published: string | null;
  publishedFrom: 'json-ld' | 'meta' | 'page' | null;
}

const ARTICLE_TYPE = /Article$|^(Report|BlogPosting|LiveBlogPosting|WebPage)$/;
const DATE_NAMES = ['article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'dcterms.created', 'article.published'];

const clean = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() || null : null);

function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = clean(m.getAttribute('content'));
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

/** Every JSON-LD object on the page, arrays and @graph flattened; a script that is not JSON is skipped. */
function jsonLdNodes(doc: Document): Node[] {
  const nodes: Node[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    nodes.push(v as Node);
    visit((v as Node)['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common; the meta tags still count.
    }
  }
  return nodes;
}

const types = (n: Node) => [n['@type']].flat().filter((t): t is string => typeof t === 'string');
const nameOf = (v: unknown, byId: Map<string, Node>): string | null => {
  const n = Array.isArray(v) ? v[0] : v;
  if (typeof n === 'string') return clean(n);
  if (!n || typeof n !== 'object') return null;
  const node = typeof (n as Node)['@id'] === 'string' && !(n as Node).name ? byId.get((n as Node)['@id'] as string) : (n as Node);
  return clean(node?.name);
};

/** A date as Tally stores it (YYYY-MM-DD): the calendar day as the page wrote it, not shifted to UTC. */
export function pageDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const written = s.trim().match(/^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/)?.[1];
  const ms = written ? NaN : Date.parse(s);
  const day = written ?? (Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null);
  return day && InputDate.safeParse(day).success ? day : null;
}

export function pageMeta(doc: Document): PageMeta {
  const meta = metaTags(doc);
  const nodes = jsonLdNodes(doc);
  const byId = new Map(nodes.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'] as string, n] as const] : [])));
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)) && (n.datePublished || n.headline)) ?? nodes.find((n) => n.datePublished);
  const website = nodes.find((n) => types(n).includes('WebSite'));

  const siteName = meta.get('og:site_name') ?? clean(website?.name) ?? nameOf(article?.publisher, byId) ?? meta.get('application-name') ?? null;
  const title = meta.get('og:title') ?? clean(article?.headline) ?? meta.get('twitter:title') ?? null;

  const fromLd = pageDate(typeof article?.datePublished === 'string' ? article.datePublished : null);
  const fromMeta = DATE_NAMES.map((k) => pageDate(meta.get(k))).find(Boolean) ?? null;
  const time = doc.querySelector('article time[datetime], time[pubdate], [itemprop="datePublished"][datetime]');
  const fromPage = pageDate(time?.getAttribute('datetime'));
  const published = fromLd ?? fromMeta ?? fromPage;
  return { siteName, title, published, publishedFrom: fromLd ? 'json-ld' : fromMeta ? 'meta' : fromPage ? 'page' : null };
}
