import { makeBody, send } from './http';

/**
 * /embed.js, one small script with two roles, so a host and an embed share one cached file:
 *
 * - Inside a Tally embed (<html data-tally-embed>): show a value's detail on hover, focus or tap,
 *   and report the page's height to the parent, on load, on every resize, and whenever the
 *   parent asks ("tally:ping"). The chart is complete without it: its values are links already.
 * - On a host page: size its Tally iframes. A height message is believed only when it comes from
 *   Tally's origin AND its event.source is the contentWindow of one of this page's Tally iframes,
 *   and the height is clamped to 100–3000 px, so another frame cannot resize or stretch anything.
 *
 * Plain ES5 so it runs in any browser a host's readers use; no build step, written to be read.
 */
export const EMBED_JS = `/* Tally embed: value details inside a Tally embed; sizes Tally iframes on a host page. */
(function () {
  'use strict';
  var w = window, d = document, MIN = 100, MAX = 3000;
  var me = d.currentScript;
  var origin = me && me.src ? new URL(me.src, location.href).origin : location.origin;

  if (d.documentElement.hasAttribute('data-tally-embed')) {
    details();
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

  /*
   * The detail of a value: hover or focus shows it, and a click opens the quote (a new tab). On a
   * touch screen the first tap shows it, with the link on; a second tap on the value follows it.
   * It is read from the value's row in the page's table, so it says nothing the page does not.
   */
  function details() {
    var fig = d.querySelector('figure');
    if (!fig) return;
    var rows = {}, list = d.querySelectorAll('tr[data-claim-id]'), i;
    for (i = 0; i < list.length; i++) rows[list[i].getAttribute('data-claim-id')] = list[i];
    var tip = null, cur = null, touch = false, hideTimer = 0;
    var valueOf = function (el) {
      for (; el && el !== d; el = el.parentNode) if (el.classList && el.classList.contains('v')) return el;
      return null;
    };
    var line = function (cls, text) {
      var p = d.createElement('p');
      if (cls) p.className = cls;
      p.textContent = text;
      tip.appendChild(p);
      return p;
    };
    var hide = function () {
      if (cur) cur.classList.remove('on');
      if (tip) tip.parentNode.removeChild(tip);
      tip = cur = null;
    };
    // at: the part of the value the pointer is on (on a time axis one link holds the mark and,
    // further down, its entry in the list): the detail opens beside that part, not the whole.
    var show = function (v, x, at) {
      clearTimeout(hideTimer);
      if (cur === v) return;
      var g = v.querySelector('[data-claim-id]');
      var row = g && rows[g.getAttribute('data-claim-id')];
      hide();
      if (!row) return;
      var c = row.cells;
      tip = d.createElement('div');
      tip.className = 'tip';
      tip.setAttribute('role', 'tooltip');
      tip.id = 'tally-tip';
      var head = line('', '');
      var b = d.createElement('b');
      b.textContent = c[0].textContent;
      head.appendChild(b);
      line('by', c[1].textContent + ' \u00b7 ' + c[2].textContent);
      if (c[3].textContent) line('q', c[3].textContent);
      if (c[4].textContent) line('by', 'Flags: ' + c[4].textContent);
      var a = d.createElement('a');
      a.href = v.getAttribute('href');
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = 'Open the quote in its source \u2197';
      line('', '').appendChild(a);
      tip.addEventListener('pointerenter', function () { clearTimeout(hideTimer); });
      tip.addEventListener('pointerleave', later);
      var end = d.documentElement.scrollHeight;
      fig.appendChild(tip);
      cur = v;
      v.classList.add('on');
      v.setAttribute('aria-describedby', 'tally-tip');
      // Below the value, or above it when the page (the frame) ends first; never past an edge.
      var f = fig.getBoundingClientRect(), r = (at && at !== v && v.contains(at) ? at : v).getBoundingClientRect();
      var top = r.bottom - f.top + 4;
      if (top + tip.offsetHeight > end - f.top - w.scrollY && r.top - f.top > tip.offsetHeight + 4) top = r.top - f.top - tip.offsetHeight - 4;
      var left = Math.max(0, Math.min(f.width - tip.offsetWidth, (x === undefined ? r.left : x) - f.left - 24));
      tip.style.top = top + 'px';
      tip.style.left = left + 'px';
    };
    function later() {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, 250);
    }
    d.addEventListener('pointerdown', function (e) {
      touch = e.pointerType !== 'mouse';
      if (tip && !tip.contains(e.target) && !valueOf(e.target)) hide();
    });
    d.addEventListener('pointerover', function (e) {
      var v = valueOf(e.target);
      if (v && e.pointerType === 'mouse') show(v, e.clientX, e.target);
    });
    d.addEventListener('pointerout', function (e) {
      var v = valueOf(e.target);
      if (v && e.pointerType === 'mouse' && !(e.relatedTarget && v.contains(e.relatedTarget))) later();
    });
    d.addEventListener('click', function (e) {
      var v = valueOf(e.target);
      if (!v || !touch || cur === v) return;
      e.preventDefault();
      show(v, e.clientX, e.target);
    });
    d.addEventListener('focusin', function (e) {
      var v = valueOf(e.target);
      if (v) show(v);
      else if (!(tip && tip.contains(e.target))) hide();
    });
    d.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { hide(); light(null); }
    });

    // A flag's sentence pointed at (or tapped) lights the values it names and dims the rest.
    var lit = null;
    var flagOf = function (el) {
      for (; el && el !== d; el = el.parentNode) if (el.getAttribute && el.hasAttribute('data-claim-ids')) return el;
      return null;
    };
    var light = function (li) {
      if (li === lit) return;
      lit = li;
      var ids = li ? ' ' + li.getAttribute('data-claim-ids') + ' ' : '';
      var vs = d.querySelectorAll('.v'), j, g;
      for (j = 0; j < vs.length; j++) {
        g = vs[j].querySelector('[data-claim-id]');
        vs[j].classList.toggle('lit', !!(li && g && ids.indexOf(' ' + g.getAttribute('data-claim-id') + ' ') !== -1));
      }
      fig.classList.toggle('lit', !!li);
    };
    d.addEventListener('pointerover', function (e) {
      if (e.pointerType === 'mouse') light(flagOf(e.target));
    });
    d.addEventListener('click', function (e) {
      if (!touch) return;
      var li = flagOf(e.target);
      if (li || !valueOf(e.target)) light(li === lit ? null : li);
    });
  }

  if (w.__tallyEmbedHost) return;
  w.__tallyEmbedHost = true;
  var prefix = origin + '/embed/';
  var frames = function () {
    var all = d.getElementsByTagName('iframe'), out = [];
    for (var i = 0; i < all.length; i++) if (all[i].src.indexOf(prefix) === 0) out.push(all[i]);
    return out;
  };
  // To any origin: a frame not loaded yet (loading="lazy") is about:blank on the host's origin,
  // and a message aimed at Tally's origin would be refused there with a console error. The ping
  // says nothing; the frame answers only its parent.
  var ping = function (f) {
    try { f.contentWindow.postMessage({ type: 'tally:ping' }, '*'); } catch (err) { /* no window yet */ }
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
