import type { Flag } from '../domain/schemas';
import type { IntervalPoint } from '../domain/series';
import type { EmbedModel } from './model';
import { EMBED_CSS, LAYOUTS } from './css';
import { chartSvg } from './svg';
import { flagRefs } from './layout';
import { html, raw, safeHref, type Raw } from './escape';
import { dataPath, embedPath, pagePath } from './links';

/**
 * The embed page: plain HTML with the chart inline as SVG and CSS inline, readable with
 * JavaScript off. The one script (/embed.js, deferred) only reports the page's height to a host
 * that asks; nothing on first paint waits for it.
 */

export const FLAG_LABEL: Record<Flag['kind'], string> = {
  conflict: 'Conflict',
  denial: 'Denial',
  'off-calendar': 'Off the calendar',
  'within-source': 'Within one source',
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

function tableRow(model: EmbedModel, p: IntervalPoint): Raw {
  const refs = flagRefs(model, p).map((i) => `${i}. ${FLAG_LABEL[model.series.flags[i - 1].kind]}`);
  const figure = p.stance === 'denies' ? `Denied: “${p.valueText}”` : p.valueText;
  return html`<tr data-claim-id="${p.claimId}"><th scope="row">${model.kind === 'topic' ? `${p.category}: ` : ''}${figure}</th><td>${p.intervalText}</td><td>${p.speaker ?? ''}</td><td>${p.outlet}</td><td>${p.dateText}</td><td>${refs.join('; ')}</td></tr>`;
}

/** The data as a table for screen readers; sighted readers get the same from the chart's labels. */
function srTable(model: EmbedModel): Raw {
  const { series } = model;
  if (series.points.length === 0) return raw('');
  return html`<div class="sr"><table><caption>${series.description}</caption><thead><tr><th scope="col">Figure as worded</th><th scope="col">Interval (${series.unit})</th><th scope="col">Speaker</th><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col">Flags</th></tr></thead><tbody>${series.points.map((p) => tableRow(model, p))}</tbody></table></div>`;
}

function flagList(flags: Flag[]): Raw {
  if (flags.length === 0) return raw('');
  return html`<ol class="f">${flags.map((f, i) => html`<li><b>[${i + 1}] ${FLAG_LABEL[f.kind]}:</b> ${f.reason}</li>`)}</ol>`;
}

export interface PageOptions {
  /** The version this page shows: its pinned URL's id. */
  version: string;
  /** True on a pinned URL; the footer then says so and links to the latest data. */
  pinned: boolean;
}

export function embedPage(model: EmbedModel, opts: PageOptions): string {
  const page = pagePath(model.kind, model.id);
  const svgs = LAYOUTS.map((l) => chartSvg(model, l.width, `${l.cls}-`, l.cls).svg).join('');
  const self = embedPath(model.kind, model.id, opts.pinned ? opts.version : null);
  const pinNote = opts.pinned
    ? html` · Pinned version ${opts.version}: <a href="${embedPath(model.kind, model.id)}" target="_self">see the latest</a>`
    : raw('');
  const body = html`<figure><h1>${model.title}</h1><p class="s">${model.subtitle}</p><div class="c">${raw(svgs)}</div>${srTable(model)}${flagList(model.series.flags)}<footer>${sourceLine(model)}<p><a href="${dataPath(model.kind, model.id, 'csv')}">Get the data</a> · <a href="${page}">All figures and quotes on Tally</a>${pinNote}</p></footer></figure>`;
  return (
    html`<!doctype html><html lang="en-GB" data-tally-embed="${self}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${model.title} · Tally</title><link rel="canonical" href="${page}"><base target="_blank"><style>${raw(EMBED_CSS)}</style><script src="/embed.js" defer></script></head><body>`
      .__raw + body.__raw + '</body></html>'
  );
}

/** A small page for an unknown id: a 404 the host's frame can still show sensibly. */
export function notFoundPage(what: string): string {
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Not found · Tally</title><style>${raw(EMBED_CSS)}</style></head><body><h1>Chart not found</h1><p class="s">${what}</p><footer><p><a href="/" target="_blank">Tally: figures in the news, with their sources</a></p></footer></body></html>`
    .__raw;
}
