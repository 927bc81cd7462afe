import { makeBody, send } from './http';

/**
 * /embed.js, one small script with two roles, so a host and an embed share one cached file:
 *
 * - Inside a Tally embed (<html data-tally-embed>): report the page's height to the parent, on
 *   load, on every resize, and whenever the parent asks ("tally:ping"). Nothing else; the chart
 *   is complete without it.
 * - On a host page: size its Tally iframes. A height message is believed only when it comes from
 *   Tally's origin AND its event.source is the contentWindow of one of this page's Tally iframes,
 *   and the height is clamped to 100–3000 px, so another frame cannot resize or stretch anything.
 *
 * Plain ES5 so it runs in any browser a host's readers use; no build step, written to be read.
 */
export const EMBED_JS = `/* Tally embed: sizes Tally iframes to their content. */
(function () {
  'use strict';
  var w = window, d = document, MIN = 100, MAX = 3000;
  var me = d.currentScript;
  var origin = me && me.src ? new URL(me.src, location.href).origin : location.origin;

  if (d.documentElement.hasAttribute('data-tally-embed')) {
    if (w.parent === w) return;
    var id = d.documentElement.getAttribute('data-tally-embed');
    var last = 0;
    var post = function () {
      var h = Math.ceil(d.documentElement.getBoundingClientRect().height);
      if (h === last) return;
      last = h;
      w.parent.postMessage({ type: 'tally:height', height: h, id: id }, '*');
    };
    w.addEventListener('message', function (e) {
      if (e.source === w.parent && e.data && e.data.type === 'tally:ping') { last = 0; post(); }
    });
    if (w.ResizeObserver) new ResizeObserver(post).observe(d.documentElement);
    w.addEventListener('resize', post);
    w.addEventListener('load', post);
    post();
    return;
  }

  if (w.__tallyEmbedHost) return;
  w.__tallyEmbedHost = true;
  var prefix = origin + '/embed/';
  var frames = function () {
    var all = d.getElementsByTagName('iframe'), out = [];
    for (var i = 0; i < all.length; i++) if (all[i].src.indexOf(prefix) === 0) out.push(all[i]);
    return out;
  };
  var ping = function (f) {
    try { f.contentWindow.postMessage({ type: 'tally:ping' }, origin); } catch (err) { /* not loaded yet */ }
  };
  w.addEventListener('message', function (e) {
    if (e.origin !== origin || !e.data || e.data.type !== 'tally:height') return;
    var h = Math.round(Number(e.data.height));
    if (!isFinite(h)) return;
    h = Math.max(MIN, Math.min(MAX, h));
    var list = frames();
    for (var i = 0; i < list.length; i++) if (list[i].contentWindow === e.source) list[i].style.height = h + 'px';
  });
  var wire = function () {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (!list[i].__tally) { list[i].__tally = true; list[i].addEventListener('load', ping.bind(null, list[i])); }
      ping(list[i]);
    }
  };
  wire();
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', wire);
})();
`;

const body = makeBody(EMBED_JS, 'text/javascript; charset=utf-8');

export function handleScript(req: Request): Response {
  // Short max-age: hosts load it by a fixed URL, so a fix must reach them; the ETag keeps it cheap.
  return send(req, body, { 'Cache-Control': 'public, max-age=3600', 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' });
}
