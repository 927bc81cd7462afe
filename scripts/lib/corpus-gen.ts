// Invented news articles for load benchmarks: a handful of stories, each followed over months by
// many outlets that round, hedge and disagree as real ones do, and reprint a wire's sentences word
// for word. Deterministic: article i with seed s is always the same text, and no two indices give
// the same text (each ends with a byline reference spelt in letters, so it adds no figure).
import { prng } from './prng';

export { prng };

export interface GenArticle {
  outlet: string;
  title: string;
  url: string;
  published: string | null;
  text: string;
}

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function num(n: number): string {
  if (n >= 1e6) return `${(Math.round(n / 1e5) / 10).toString()} million`;
  return Math.round(n).toLocaleString('en-GB');
}

/** What a sentence template gets: the figure already rounded, a range around it, and the day. */
interface Say {
  n: string;
  lo: string;
  hi: string;
  day: string;
}
interface Fact {
  /** The true value `d` days into the story; outlets report it with noise. */
  at(d: number): number;
  round: number;
  lines: ((s: Say) => string)[];
}
interface Story {
  slug: string;
  start: string;
  days: number;
  titles: string[];
  facts: Fact[];
  context: string[];
}

const grow = (from: number, to: number, days: number) => (d: number) => from + (to - from) * Math.min(1, Math.sqrt(d / days));
const flat = (v: number) => () => v;

const STORIES: Story[] = [
  {
    slug: 'kestrel-ferry-strike',
    start: '2024-03-04',
    days: 70,
    titles: ['Ferry strike strands passengers at Kestrel Sound', 'Kestrel Sound ferry walkout enters another week', 'Talks fail as Northline ferry strike drags on'],
    facts: [
      { at: grow(1200, 9400, 70), round: 100, lines: [(s) => `At least ${s.n} passengers were stranded, the union said on ${s.day}.`, (s) => `Northline Ferries put the number of stranded passengers at ${s.n}.`, (s) => `Between ${s.lo} and ${s.hi} travellers have been left stranded since the walkout began, port officials estimated.`, (s) => `More than ${s.n} passengers have had their crossings cancelled, according to the Maritime Workers' Union.`] },
      { at: grow(40, 610, 70), round: 10, lines: [(s) => `The operator said ${s.n} sailings had been cancelled by ${s.day}.`, (s) => `Nearly ${s.n} crossings have been called off, a company spokeswoman said.`] },
      { at: flat(9), round: 1, lines: [(s) => `The union is demanding a pay rise of ${s.n} per cent.`, (s) => `Crews want ${s.n}% more pay over two years, the union said on ${s.day}.`] },
      { at: grow(1.5, 14, 70), round: 0.1, lines: [(s) => `Northline said the strike had cost it about £${s.n} million so far.`, (s) => `Analysts put the operator's losses at up to £${s.n} million.`] },
    ],
    context: ['Talks between the two sides broke down late in the evening.', 'Some passengers slept in their cars at the terminal.', 'The transport minister urged both sides to return to the table.'],
  },
  {
    slug: 'varrow-hills-wildfire',
    start: '2024-07-18',
    days: 45,
    titles: ['Wildfire tears through the Varrow Hills', 'Varrow Hills fire forces thousands from their homes', 'Crews gain ground on Varrow wildfire'],
    facts: [
      { at: grow(3000, 48000, 45), round: 500, lines: [(s) => `Officials put the area burned at ${s.n} hectares.`, (s) => `The fire has scorched more than ${s.n} hectares, the fire service said on ${s.day}.`, (s) => `Between ${s.lo} and ${s.hi} hectares have burned, according to satellite estimates.`] },
      { at: grow(12, 340, 45), round: 1, lines: [(s) => `At least ${s.n} homes have been destroyed.`, (s) => `The regional council said ${s.n} houses had burned down.`] },
      { at: grow(2500, 14000, 45), round: 100, lines: [(s) => `Around ${s.n} residents were evacuated, police said on ${s.day}.`, (s) => `Some ${s.n} people have been ordered to leave their homes.`] },
      { at: grow(400, 1900, 45), round: 50, lines: [(s) => `Nearly ${s.n} firefighters are battling the blaze.`, (s) => `The fire service said it had deployed ${s.n} firefighters.`] },
    ],
    context: ['Strong winds pushed the fire front towards the coast overnight.', 'Smoke closed the main highway for several hours.', 'Residents were told to be ready to leave at short notice.'],
  },
  {
    slug: 'maren-valley-flood',
    start: '2024-10-02',
    days: 60,
    titles: ['Floods swamp the Lower Maren valley', 'Maren valley counts the cost of the floods', 'Rain eases but Maren flood victims cannot go home'],
    facts: [
      { at: grow(800, 23000, 60), round: 100, lines: [(s) => `At least ${s.n} people have been displaced, the civil protection agency said on ${s.day}.`, (s) => `Aid groups estimate that ${s.lo} to ${s.hi} people have fled their homes.`, (s) => `More than ${s.n} residents are sleeping in emergency shelters.`] },
      { at: grow(3, 41, 60), round: 1, lines: [(s) => `The death toll rose to ${s.n}, officials said.`, (s) => `At least ${s.n} people have died in the floods.`] },
      { at: flat(212), round: 1, lines: [(s) => `Some ${s.n} millimetres of rain fell in 24 hours.`, (s) => `Forecasters said about ${s.n} mm of rain had fallen in a single day.`] },
      { at: grow(90, 760, 60), round: 10, lines: [(s) => `The government put the damage at €${s.n} million.`, (s) => `Insurers said losses could reach €${s.n} million.`] },
    ],
    context: ['Army lorries ferried supplies to villages cut off by the water.', 'The river crested on the second night.', 'Schools in the valley stayed closed.'],
  },
  {
    slug: 'calder-election-count',
    start: '2025-01-12',
    days: 20,
    titles: ['Calder election count goes down to the wire', 'Recount ordered in three Calder districts', 'Calder results delayed as ballots are checked'],
    facts: [
      { at: flat(61.4), round: 0.1, lines: [(s) => `Turnout was ${s.n}%, the electoral commission said on ${s.day}.`, (s) => `Officials put turnout at about ${s.n} per cent.`] },
      { at: grow(400000, 2300000, 20), round: 10000, lines: [(s) => `${s.n} ballots had been counted by ${s.day} evening.`, (s) => `Nearly ${s.n} votes have been tallied so far, the commission said.`] },
      { at: flat(58), round: 1, lines: [(s) => `The Civic Alliance is on course for ${s.n} of the 120 seats.`, (s) => `Projections give the alliance between ${s.lo} and ${s.hi} seats.`] },
      { at: grow(1200, 16000, 20), round: 100, lines: [(s) => `More than ${s.n} ballots are being challenged.`, (s) => `Observers said at least ${s.n} ballots had been set aside as disputed.`] },
    ],
    context: ['Both main candidates claimed they were ahead.', 'Counting resumed after a break for the night.', 'International observers said the vote was largely orderly.'],
  },
  {
    slug: 'brennan-bay-water',
    start: '2025-04-07',
    days: 35,
    titles: ['Brennan Bay told to boil its water', 'Contamination leaves Brennan Bay without safe water', 'Brennan Bay water warning lifted in some streets'],
    facts: [
      { at: grow(9000, 41000, 35), round: 500, lines: [(s) => `About ${s.n} households have been told to boil their water, the utility said on ${s.day}.`, (s) => `The warning covers up to ${s.n} homes.`] },
      { at: grow(40, 820, 35), round: 10, lines: [(s) => `At least ${s.n} people have fallen ill, health officials said.`, (s) => `Hospitals have treated ${s.lo} to ${s.hi} patients with stomach illness.`] },
    ],
    context: ['Bottled water was handed out at the town hall.', 'The utility said the cause was a broken treatment filter.', 'Cafés in the bay closed their doors.'],
  },
];

export const TOWNS = ['Harbour', 'Northern', 'Valley', 'Coastal', 'Capital', 'Evening', 'Morning', 'Western', 'Eastern', 'Midland', 'Border', 'Island', 'Riverside', 'County'];
export const PAPERS = ['Courier', 'Gazette', 'Herald', 'Post', 'Standard', 'Chronicle', 'Times', 'Observer', 'Echo', 'Ledger'];
export const WIRES = ['Meridian Press', 'Continental Wire', 'Pacific Newswire'];
export const FIRST = ['Ana', 'Tomas', 'Priya', 'Owen', 'Lena', 'Marco', 'Aisha', 'Jonas', 'Ruth', 'Kofi', 'Mei', 'Sven'];
export const LAST = ['Varga', 'Okafor', 'Lindqvist', 'Moreau', 'Haddad', 'Brennan', 'Costa', 'Novak', 'Ito', 'Reyes'];

/** An index spelt in letters (0 → "a", 26 → "ba"), so it makes text unique without being a figure. */
export function letters(i: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
}

function addDays(iso: string, d: number): Date {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + d);
  return t;
}

/** One figure sentence: the fact's value on day d, with this outlet's rounding and error. */
function sentence(r: Rng, f: Fact, d: number, day: string): string {
  const err = r() < 0.12 ? pick(r, [0.5, 1.6]) : 1 + (r() - 0.5) * 0.16; // now and then far out
  const rnd = (x: number) => Math.max(f.round, Math.round(x / f.round) * f.round);
  const show = (x: number) => (f.round < 1 ? rnd(x).toFixed(1) : num(rnd(x)));
  const v = f.at(d) * err;
  return pick(r, f.lines)({ n: show(v), lo: show(v * 0.85), hi: show(v * 1.15), day });
}

/** Article `index` of the corpus made with `seed`. */
export function generateArticle(index: number, seed = 1): GenArticle {
  const r = prng((seed * 2654435761) ^ (index * 40503 + 17));
  const story = STORIES[index % STORIES.length];
  const d = Math.floor(r() * story.days);
  const date = addDays(story.start, d);
  const day = WEEKDAYS[(date.getUTCDay() + 6) % 7]; // "said on <yesterday>"
  // A wire's report for this story and few-day window: every outlet that reprints it uses the same words.
  const window = Math.floor(d / 4);
  const wr = prng(seed * 7919 + STORIES.indexOf(story) * 1009 + window);
  const wire = pick(wr, WIRES);
  const wireDay = WEEKDAYS[(addDays(story.start, window * 4).getUTCDay() + 6) % 7];
  const wireLines = story.facts.slice(0, 2).map((f) => sentence(wr, f, window * 4, wireDay));
  const fromWire = r() < 0.5;
  const outlet = fromWire && r() < 0.2 ? wire : `The ${pick(r, TOWNS)} ${pick(r, PAPERS)}`;
  const lines: string[] = [pick(r, story.context)];
  if (fromWire) lines.push(...wireLines.slice(0, 1 + Math.floor(r() * 2)).map((l, i) => (i === 0 ? `${l.replace(/\.$/, '')}, ${wire} reported.` : l)));
  const own = 2 + Math.floor(r() * (fromWire ? 2 : 4));
  // Mostly different facts; a second figure for the same fact now and then, as articles do.
  const facts = [...story.facts].sort(() => r() - 0.5);
  for (let k = 0; k < own; k++) lines.push(sentence(r, k < facts.length ? facts[k] : pick(r, facts), d, day));
  const close = pick(r, story.context);
  if (lines.length < 7 && close !== lines[0] && r() < 0.5) lines.push(close);
  const ref = letters(index);
  const text = `${lines.join(' ')}\n\nFiled by ${pick(r, FIRST)} ${pick(r, LAST)} (ref ${ref}).`;
  const iso = date.toISOString().slice(0, 10);
  const slug = outlet.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  return {
    outlet,
    title: pick(r, story.titles),
    url: `https://${slug}.example/${story.slug}/${iso.replaceAll('-', '/')}/${ref}`,
    published: r() < 0.04 ? null : iso,
    text,
  };
}

export function generateCorpus(count: number, seed = 1, from = 0): GenArticle[] {
  return Array.from({ length: count }, (_, i) => generateArticle(from + i, seed));
}
