import type { Flag } from '../domain/schemas';
import type { IntervalPoint } from '../domain/series';
import type { EmbedModel } from './model';
import { EMBED_CSS, LAYOUTS } from './css';
import { chartSvg } from './svg';
import { flagRefs, NOT_REVIEWED, orderedFlags } from './layout';
import { isNote } from '../domain/meaning';
import { html, raw, safeHref, type Raw } from './escape';
import { dataPath, embedPath, embedQuery, pagePath, quotePath } from './links';
import { CSS_PALETTE, type Theme } from './palette';

/**
 * The embed page: plain HTML with the chart inline as SVG and CSS inline, readable and usable
 * with JavaScript off: every value is a link to its highlighted quote (a new tab), the data
 * table opens from a native "Table" disclosure, the colours follow the theme by CSS alone. The
 * one script (/embed.js, deferred) adds the hover/tap detail and reports the page's height to a
 * host that asks; nothing on first paint waits for it.
 */

/** Each kind's name, as the site's flag badges print it (app/components/FlagList.tsx; a test keeps them equal). */
export const FLAG_LABEL: Record<Flag['kind'], string> = {
  conflict: 'Conflict',
  denial: 'Denial',
  'off-calendar': 'Off calendar',
  'within-source': 'Within source',
  'different-measures': 'Different measures',
  'single-source': 'Single source',
};

function sourceLine(model: EmbedModel): Raw {
  const items = model.sources.map((s) => {
    const href = safeHref(s.url);
    return href ? html`<a href="${href}" title="${s.title}">${s.outlet}</a>, ${s.dateText}` : html`${s.outlet}, ${s.dateText}`;
  });
  if (items.length === 0) return raw('');
  const joined = items.map((it, i) => html`${i ? '; ' : ''}${it}`);
  return html`<p><span class="k">Source${items.length > 1 ? 's' : ''}:</span> ${joined}</p>`;
}

/**
 * One row per plotted value, in the chart's order, with what the label says and what it has no
 * room for (the quote, the whole citation chain): the hover/tap detail is read from these rows.
 */
function tableRow(model: EmbedModel, p: IntervalPoint): Raw {
  const flags = orderedFlags(model);
  const refs = flagRefs(model, p).map((i) => `[${i}] ${FLAG_LABEL[flags[i - 1].kind]}`);
  const figure = p.stance === 'denies' ? `Denied: “${p.valueText}”` : p.valueText;
  const interval = p.stance === 'denies' || p.intervalText === p.valueText ? '' : p.intervalText;
  const d = model.details?.[p.claimId];
  const unreviewed = p.review === 'auto' ? html` <em class="u">${NOT_REVIEWED}</em>` : '';
  return html`<tr data-claim-id="${p.claimId}"><th scope="row">${model.kind === 'topic' ? `${p.category}: ` : ''}<a href="${quotePath(p)}">${figure}</a>${unreviewed}${interval ? html`<small> ${interval}</small>` : ''}</th><td>${d?.citation || [p.speaker, p.outlet].filter(Boolean).join(', ')}</td><td>${p.dateText}</td><td>${d ? `“${d.quote.replace(/^[“"]|[”"]$/g, '')}”` : ''}</td><td>${refs.join(' ')}</td></tr>`;
}

/** The data as a table behind a native "Table" disclosure: keyboard and screen readers get it with no script. */
function dataTable(model: EmbedModel): Raw {
  const { series } = model;
  if (series.points.length === 0) return raw('');
  return html`<details class="t"><summary>Table</summary><div class="tw"><table><caption class="sr">${series.description}</caption><thead><tr><th scope="col">Figure (${series.unit})</th><th scope="col">Said by</th><th scope="col">Date</th><th scope="col">Quote</th><th scope="col">Flags</th></tr></thead><tbody>${series.points.map((p) => tableRow(model, p))}</tbody></table></div></details>`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "1 disagreement · 1 note": what the flag line counts, disagreements (conflicts, denials)
 * apart from notes (single source, different measures), as the site counts them.
 */
export function flagCount(flags: Flag[]): string {
  const notes = flags.filter((f) => isNote(f.kind)).length;
  const disagreements = flags.length - notes;
  return [disagreements ? plural(disagreements, 'disagreement', 'disagreements') : '', notes ? plural(notes, 'note', 'notes') : ''].filter(Boolean).join(' · ');
}

/** Each kind the flags are of, with the numbers its flags carry on the chart: "[2] [3]" and "Different measures". */
export function flagKinds(flags: Flag[]): { kind: Flag['kind']; refs: string; label: string }[] {
  const out: { kind: Flag['kind']; refs: string; label: string }[] = [];
  flags.forEach((f, i) => {
    const last = out[out.length - 1];
    if (last?.kind === f.kind) last.refs += `\u00a0[${i + 1}]`;
    else out.push({ kind: f.kind, refs: `[${i + 1}]`, label: FLAG_LABEL[f.kind] });
  });
  return out;
}

/**
 * The flag line's words, as its closed disclosure shows them, for estimating a frame's height:
 * each kind one unbreakable word, as its span (white-space: nowrap) is, with room for its margin.
 */
export function flagLineText(flags: Flag[]): string {
  if (flags.length === 0) return '';
  return `▸ ⚑ ${flagCount(flags)} ${flagKinds(flags).map((k) => `${k.refs}\u00a0${k.label.replace(/ /g, '\u00a0')}\u00a0`).join(' ')}`;
}

/**
 * The flags, compact: one line that counts them and names each kind with the numbers its flags
 * carry beside the values they name ("[1] Denial", in the kind's colour, as on the site), a
 * native disclosure that opens on a tap, a click or Enter onto each flag's sentence. So at phone
 * width the chart, its values and the Sources line keep the room, and no script is needed. Each
 * sentence lists the claims it names (data-claim-ids): /embed.js lights them on the chart while
 * the sentence is pointed at or tapped. `flags` in the embed's numbering (orderedFlags).
 */
function flagList(flags: Flag[]): Raw {
  if (flags.length === 0) return raw('');
  const kinds = flagKinds(flags).map((k) => html` <span class="fk" data-flag-kind="${k.kind}">${k.refs}\u00a0${k.label}</span>`);
  const summary = html`<summary><span class="fn"><span aria-hidden="true">⚑</span> ${flagCount(flags)}</span>${kinds}</summary>`;
  const items = flags.map((f, i) => html`<li data-flag-kind="${f.kind}" data-claim-ids="${f.claimIds.join(' ')}"><b>[${i + 1}] ${FLAG_LABEL[f.kind]}:</b> ${f.reason}</li>`);
  return html`<details class="f">${summary}<ol>${items}</ol></details>`;
}

export interface PageOptions {
  /** The version this page shows: its pinned URL's id. */
  version: string;
  /** True on a pinned URL; the footer then says so and links to the latest data. */
  pinned: boolean;
  /** light or dark sets the page's color-scheme; auto (the default) leaves it to prefers-color-scheme. */
  theme?: Theme;
}

export function embedPage(model: EmbedModel, opts: PageOptions): string {
  const theme = opts.theme ?? 'auto';
  const page = pagePath(model.kind, model.id);
  const svgs = LAYOUTS.map((l) => chartSvg(model, l.width, `${l.cls}-`, CSS_PALETTE, l.cls).svg).join('');
  const self = embedPath(model.kind, model.id, opts.pinned ? opts.version : null);
  const latest = embedPath(model.kind, model.id) + embedQuery({ theme, unreviewed: model.unreviewed });
  const pinNote = opts.pinned ? html` · Pinned version ${opts.version}: <a href="${latest}" target="_self">see the latest</a>` : raw('');
  const note = model.unreviewed ? html`<p class="s">Includes figures Tally has not reviewed yet, marked “${NOT_REVIEWED}”.</p>` : raw('');
  const themeAttr = theme === 'auto' ? raw('') : html` data-theme="${theme}"`;
  const body = html`<figure><h1>${model.title}</h1><p class="s">${model.subtitle}</p>${note}<div class="c">${raw(svgs)}</div>${flagList(orderedFlags(model))}${dataTable(model)}<footer>${sourceLine(model)}<p><a href="${dataPath(model.kind, model.id, 'csv')}">Get the data</a> · <a href="${page}">All figures and quotes on Tally</a>${pinNote}</p></footer></figure>`;
  return (
    html`<!doctype html><html lang="en-GB" data-tally-embed="${self}"${themeAttr}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${model.title} · Tally</title><link rel="canonical" href="${page}"><base target="_blank"><style>${raw(EMBED_CSS)}</style><script src="/embed.js" defer></script></head><body>`
      .__raw + body.__raw + '</body></html>'
  );
}

/** A small page for an unknown id (a 404) or a query it cannot read (a 400): a host's frame can still show it sensibly. */
export function notFoundPage(what: string, heading = 'Chart not found'): string {
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${heading} · Tally</title><style>${raw(EMBED_CSS)}</style></head><body><h1>${heading}</h1><p class="s">${what}</p><footer><p><a href="/" target="_blank">Tally: figures in the news, with their sources</a></p></footer></body></html>`
    .__raw;
}
