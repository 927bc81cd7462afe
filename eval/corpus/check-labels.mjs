#!/usr/bin/env node
// Checks an evaluation corpus set: its articles and its labels.json.
//
//   node eval/corpus/check-labels.mjs eval/corpus/<set>
//
// Layout expected: <set>/labels.json and <set>/<story-id>/<NN>-<outlet-slug>.txt.
// Each article is header lines (Outlet, Title, URL, Published), a blank line, then the body.
// Errors (exit code 1): malformed JSON or labels, a label text that does not occur exactly once
// in its article body, a figure cited by a disagreement or trap that no quantity lists, a figure
// listed by two quantities, bad headers. Warnings: style points from the writing brief
// (word counts, date range, file names), which do not fail the check.
// Uses only Node's standard library.

import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, basename } from "node:path";

const QUANTITY_KINDS = ["cumulative-count", "count", "commitment", "amount", "rate", "duration"];
const FLAG_KINDS = ["conflict", "denial", "within-source", "off-calendar", "different-measures"];
const TRAP_KINDS = ["growth", "currency", "unit", "calendar", "period-vs-total", "shared-noun", "place", "overlap", "reprint"];
const HEADER_KEYS = ["Outlet", "Title", "URL", "Published"];
const DATE_MIN = "2021-01-01";
const DATE_MAX = "2025-12-31";
const WORDS_MIN = 150;
const WORDS_MAX = 450;

const setDir = process.argv[2];
if (!setDir) {
  console.error("usage: node check-labels.mjs <corpus-set-folder>");
  process.exit(2);
}

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---------- articles ----------
function parseArticle(raw, rel) {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const blank = text.indexOf("\n\n");
  if (blank < 0) {
    err(`${rel}: no blank line between the header and the body`);
    return { header: {}, body: "" };
  }
  const header = {};
  for (const line of text.slice(0, blank).split("\n")) {
    const m = /^([A-Za-z]+):[ \t]*(.*)$/.exec(line);
    if (!m) { err(`${rel}: header line is not "Key: value": ${JSON.stringify(line)}`); continue; }
    const [, key, value] = m;
    if (!HEADER_KEYS.includes(key)) err(`${rel}: header key ${key} is not one of ${HEADER_KEYS.join(", ")}`);
    if (key in header) err(`${rel}: header key ${key} given twice`);
    if (!value.trim()) err(`${rel}: header ${key} is empty`);
    header[key] = value.trim();
  }
  for (const key of ["Outlet", "Title"]) if (!header[key]) err(`${rel}: missing ${key} header`);
  if (header.Published !== undefined) {
    const p = header.Published;
    const d = new Date(`${p}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== p) {
      err(`${rel}: Published is not a valid YYYY-MM-DD date: ${p}`);
    } else if (p < DATE_MIN || p > DATE_MAX) {
      warn(`${rel}: Published ${p} is outside ${DATE_MIN}..${DATE_MAX}`);
    }
  }
  if (header.URL !== undefined && !/^https?:\/\/\S+$/.test(header.URL)) err(`${rel}: URL is not an http(s) address: ${header.URL}`);
  const body = text.slice(blank + 2).replace(/^\n+/, "");
  return { header, body };
}

if (!existsSync(setDir) || !statSync(setDir).isDirectory()) {
  console.error(`not a folder: ${setDir}`);
  process.exit(2);
}

const articles = new Map(); // "story/file.txt" -> {header, body, story}
for (const entry of readdirSync(setDir).sort()) {
  const sub = join(setDir, entry);
  if (!statSync(sub).isDirectory()) continue;
  for (const f of readdirSync(sub).sort()) {
    const full = join(sub, f);
    if (!statSync(full).isFile() || !f.endsWith(".txt")) continue;
    const rel = `${entry}/${f}`;
    if (!/^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/.test(f)) warn(`${rel}: file name is not NN-outlet-slug.txt`);
    const a = parseArticle(readFileSync(full, "utf8"), rel);
    const words = a.body.split(/\s+/).filter(Boolean).length;
    if (words < WORDS_MIN || words > WORDS_MAX) warn(`${rel}: body has ${words} words (brief: ${WORDS_MIN}-${WORDS_MAX})`);
    articles.set(rel, { ...a, story: entry, words });
  }
}
if (articles.size === 0) err(`no articles (*.txt in story folders) under ${setDir}`);

// ---------- labels ----------
const labelsPath = join(setDir, "labels.json");
let labels;
try {
  labels = JSON.parse(readFileSync(labelsPath, "utf8"));
} catch (e) {
  console.error(`cannot read ${labelsPath}: ${e.message}`);
  process.exit(1);
}

const isObj = (x) => x && typeof x === "object" && !Array.isArray(x);
const isStr = (x) => typeof x === "string" && x.length > 0;
for (const key of ["stories", "quantities", "disagreements", "traps"]) {
  if (!Array.isArray(labels[key])) err(`labels.json: "${key}" must be an array`);
}
for (const key of Object.keys(labels)) {
  if (!["stories", "quantities", "disagreements", "traps"].includes(key)) warn(`labels.json: unexpected top-level key "${key}"`);
}
const stories = Array.isArray(labels.stories) ? labels.stories : [];
const quantities = Array.isArray(labels.quantities) ? labels.quantities : [];
const disagreements = Array.isArray(labels.disagreements) ? labels.disagreements : [];
const traps = Array.isArray(labels.traps) ? labels.traps : [];

function uniqueIds(list, what) {
  const seen = new Set();
  for (const [i, item] of list.entries()) {
    if (!isObj(item)) { err(`${what}[${i}] is not an object`); continue; }
    if (!isStr(item.id)) { err(`${what}[${i}] has no id`); continue; }
    if (seen.has(item.id)) err(`${what}: duplicate id ${item.id}`);
    seen.add(item.id);
  }
  return seen;
}
const storyIds = uniqueIds(stories, "stories");
uniqueIds(quantities, "quantities");
uniqueIds(disagreements, "disagreements");
uniqueIds(traps, "traps");
// ids must be unique across the whole file too (they are used as keys by scorers)
{
  const all = new Map();
  for (const [what, list] of [["stories", stories], ["quantities", quantities], ["disagreements", disagreements], ["traps", traps]]) {
    for (const item of list) {
      if (!isObj(item) || !isStr(item.id)) continue;
      if (all.has(item.id) && all.get(item.id) !== what) warn(`id ${item.id} is used by both ${all.get(item.id)} and ${what}`);
      all.set(item.id, what);
    }
  }
}
for (const s of stories) {
  if (!isObj(s)) continue;
  if (!isStr(s.title)) err(`story ${s.id}: missing title`);
  if (!existsSync(join(setDir, s.id))) err(`story ${s.id}: no folder ${s.id}/ in the set`);
}
const storiesWithArticles = new Set([...articles.values()].map((a) => a.story));
for (const st of storiesWithArticles) if (!storyIds.has(st)) err(`folder ${st}/ has articles but is not a story in labels.json`);

// Locate a figure: returns {start, end} or null, recording errors.
const located = new Map(); // key -> {start,end}
const figKey = (f) => `${f.file}\u0000${f.text}`;
function checkFigure(f, where, story) {
  if (!isObj(f) || !isStr(f.file) || !isStr(f.text)) { err(`${where}: figure must be {file, text} with non-empty strings`); return null; }
  for (const k of Object.keys(f)) if (!["file", "text"].includes(k)) warn(`${where}: figure has extra key "${k}"`);
  const a = articles.get(f.file);
  if (!a) { err(`${where}: no article ${f.file}`); return null; }
  if (story && a.story !== story) err(`${where}: ${f.file} is not in story folder ${story}/`);
  if (f.text !== f.text.trim()) warn(`${where}: text has leading/trailing whitespace: ${JSON.stringify(f.text)}`);
  if (!/\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|billion|half|third|quarter|fifth|no one|none|nobody|no)\b/i.test(f.text)) {
    warn(`${where}: text ${JSON.stringify(f.text)} contains no digit or number word`);
  }
  let count = 0, at = -1, i = -1;
  while ((i = a.body.indexOf(f.text, i + 1)) >= 0) { count++; if (at < 0) at = i; }
  if (count !== 1) {
    err(`${where}: ${JSON.stringify(f.text)} occurs ${count} times in the body of ${f.file} (must be exactly once)`);
    return null;
  }
  const loc = { start: at, end: at + f.text.length };
  located.set(figKey(f), loc);
  return loc;
}

// quantities
const figureOwner = new Map(); // figKey -> quantity id
const byFile = new Map(); // file -> [{start,end,qid,text}]
for (const q of quantities) {
  if (!isObj(q)) continue;
  const where = `quantity ${q.id}`;
  if (!storyIds.has(q.story)) err(`${where}: unknown story ${q.story}`);
  if (!isStr(q.name)) err(`${where}: missing name`);
  if (!QUANTITY_KINDS.includes(q.kind)) err(`${where}: kind ${q.kind} is not one of ${QUANTITY_KINDS.join("|")}`);
  if (!Array.isArray(q.figures) || q.figures.length === 0) { err(`${where}: figures must be a non-empty array`); continue; }
  for (const f of q.figures) {
    const loc = checkFigure(f, where, q.story);
    if (!isObj(f)) continue;
    const k = figKey(f);
    if (figureOwner.has(k)) err(`${where}: figure ${JSON.stringify(f.text)} in ${f.file} is already listed by quantity ${figureOwner.get(k)}`);
    else figureOwner.set(k, q.id);
    if (loc) {
      if (!byFile.has(f.file)) byFile.set(f.file, []);
      byFile.get(f.file).push({ ...loc, qid: q.id, text: f.text });
    }
  }
  const files = new Set(q.figures.filter(isObj).map((f) => f.file));
  q._files = files;
}
// overlapping spans in one file = probably the same figure labelled twice
for (const [file, spans] of byFile) {
  spans.sort((x, y) => x.start - y.start);
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length && spans[j].start < spans[i].end; j++) {
      const msg = `${file}: label texts overlap: ${JSON.stringify(spans[i].text)} (${spans[i].qid}) and ${JSON.stringify(spans[j].text)} (${spans[j].qid})`;
      if (spans[i].qid !== spans[j].qid) err(msg); else warn(msg);
    }
  }
}

function checkCited(f, where, story) {
  checkFigure(f, where, story);
  if (isObj(f) && !figureOwner.has(figKey(f))) err(`${where}: figure ${JSON.stringify(f.text)} in ${f.file} is not listed by any quantity`);
  return isObj(f) ? figureOwner.get(figKey(f)) : undefined;
}

// disagreements
for (const d of disagreements) {
  if (!isObj(d)) continue;
  const where = `disagreement ${d.id}`;
  if (!storyIds.has(d.story)) err(`${where}: unknown story ${d.story}`);
  if (!FLAG_KINDS.includes(d.kind)) err(`${where}: kind ${d.kind} is not one of ${FLAG_KINDS.join("|")}`);
  if (!isStr(d.why)) err(`${where}: missing why`);
  if (!Array.isArray(d.camps) || d.camps.some((c) => !Array.isArray(c) || c.length === 0)) {
    err(`${where}: camps must be an array of non-empty arrays of figures`);
    continue;
  }
  const n = d.camps.length;
  if (d.kind === "off-calendar" && n !== 1) err(`${where}: off-calendar takes exactly one camp (has ${n})`);
  if (d.kind === "denial" && n !== 2) err(`${where}: denial takes two camps, the denial then the asserted figure(s) (has ${n})`);
  if (!["off-calendar", "denial"].includes(d.kind) && n < 2) err(`${where}: needs at least two camps (has ${n})`);
  const owners = new Set();
  const seen = new Set();
  d.camps.forEach((camp, ci) => camp.forEach((f, fi) => {
    const owner = checkCited(f, `${where} camp ${ci + 1} figure ${fi + 1}`, d.story);
    if (owner) owners.add(owner);
    if (isObj(f)) {
      if (seen.has(figKey(f))) err(`${where}: figure ${JSON.stringify(f.text)} in ${f.file} appears in more than one camp`);
      seen.add(figKey(f));
    }
  }));
  if (d.kind === "within-source") {
    const files = new Set(d.camps.flat().filter(isObj).map((f) => f.file));
    if (files.size !== 1) err(`${where}: within-source camps must all come from one article (has ${[...files].join(", ")})`);
  }
  if (["conflict", "denial", "within-source", "off-calendar"].includes(d.kind) && owners.size > 1) {
    warn(`${where}: ${d.kind} camps span several quantities (${[...owners].join(", ")})`);
  }
  if (d.kind === "different-measures" && owners.size < 2) {
    warn(`${where}: different-measures camps are all in one quantity (${[...owners].join(", ")})`);
  }
}

// traps
for (const t of traps) {
  if (!isObj(t)) continue;
  const where = `trap ${t.id}`;
  if (!storyIds.has(t.story)) err(`${where}: unknown story ${t.story}`);
  if (!TRAP_KINDS.includes(t.trap)) err(`${where}: trap ${t.trap} is not one of ${TRAP_KINDS.join("|")}`);
  if (!isStr(t.why)) err(`${where}: missing why`);
  if (!Array.isArray(t.forbidden) || t.forbidden.some((k) => !FLAG_KINDS.includes(k))) {
    err(`${where}: forbidden must be an array of flag kinds (${FLAG_KINDS.join("|")})`);
  }
  if (t.trap === "reprint") {
    if (!Array.isArray(t.forbidden) || t.forbidden.length !== 0) err(`${where}: a reprint trap has "forbidden": []`);
    if (t.expect !== "single-source") err(`${where}: a reprint trap has "expect": "single-source"`);
  } else if (t.expect !== undefined) {
    warn(`${where}: "expect" is only used by reprint traps`);
  }
  if (!Array.isArray(t.figures) || t.figures.length < (t.trap === "calendar" ? 1 : 2)) {
    err(`${where}: figures must be an array of at least ${t.trap === "calendar" ? 1 : 2}`);
    continue;
  }
  for (const [fi, f] of t.figures.entries()) checkCited(f, `${where} figure ${fi + 1}`, t.story);
}

// ---------- report ----------
const count = (list, key) => list.filter(isObj).reduce((m, x) => ((m[x[key]] = (m[x[key]] || 0) + 1), m), {});
console.log(`set: ${relative(process.cwd(), setDir) || basename(setDir)}`);
for (const s of stories.filter(isObj)) {
  const arts = [...articles.values()].filter((a) => a.story === s.id);
  const undated = arts.filter((a) => !a.header.Published).length;
  const dates = arts.map((a) => a.header.Published).filter(Boolean).sort();
  console.log(`  story ${s.id}: ${arts.length} articles (${undated} undated${dates.length ? `, ${dates[0]}..${dates[dates.length - 1]}` : ""})`);
}
const nFig = quantities.filter(isObj).reduce((n, q) => n + (Array.isArray(q.figures) ? q.figures.length : 0), 0);
console.log(`  quantities: ${quantities.length} (${nFig} figures)`);
console.log(`  disagreements: ${disagreements.length} ${JSON.stringify(count(disagreements, "kind"))}`);
console.log(`  traps: ${traps.length} ${JSON.stringify(count(traps, "trap"))}`);
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
if (errors.length) {
  console.log(`FAIL: ${errors.length} error(s), ${warnings.length} warning(s)`);
  process.exit(1);
}
console.log(`OK: ${warnings.length} warning(s)`);
