// Invented news for `npm run bench:scale`: eight stories followed over months by ~140 outlets and
// three wires, in order of publication, so a corpus of any size reads like a feed. Figures are
// reported with the care real copy has — rounded, hedged ("about", "more than", "nearly", "between
// … and …"), given per month ("In March, …"), now and then denied — but the sources agree: every
// figure is the story's true value for its date within the measures' tolerance (5% each side).
// The only disagreements are the planted conflicts: two outlets, the same day, one giving the true
// figure and one a figure clearly incompatible with it (×2.3 or ×0.4). So the conflict flags a
// run finds can be held against a known number. Deterministic: (count, seed) gives the same corpus.
//
// Extends ./corpus-gen (same article shape, same PRNG); its generator is left as it is.
import { FIRST, LAST, letters, PAPERS, prng, TOWNS, WIRES, type GenArticle } from './corpus-gen';

export type { GenArticle };

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** How a sentence hedges its figure; each is computed from the true value so that it holds. */
type Hedge = 'exact' | 'about' | 'more-than' | 'at-least' | 'nearly' | 'range';

interface Line {
  hedge: Hedge;
  /** The sentence, given the figure as written ("4,500", "£14.5 million") and, for a range, its ends. */
  say: (n: string, hi?: string) => string;
}

/** How a value is written: a count, millions of a currency, or a percentage. */
type Format = 'count' | { money: string } | 'percent';

/**
 * One quantity of a story. `shape` says how it moves: a running total only grows (slowly: at most
 * 2% a day, so a figure a day old still agrees with today's); a level (people evacuated, crews
 * deployed) drifts by at most 1% a day; a flat figure (a rate, a pledge) does not move.
 */
interface Fact {
  id: string;
  shape: 'total' | 'level' | 'flat';
  at: (d: number) => number;
  format: Format;
  lines: Line[];
  /** Planted conflicts may be put on this quantity. */
  plant?: boolean;
}

/** A per-month count reported after the month ends: "In March, 1,240 new cases were recorded". */
interface Monthly {
  id: string;
  /** The month's true count, from its index in the story. */
  of: (month: number) => number;
  lines: Line[];
}

interface Story {
  slug: string;
  /** Days after the corpus's first day. */
  start: number;
  days: number;
  titles: string[];
  /** Sentences with no figure, naming the event as copy does ("the Varrow Hills wildfire"). */
  context: string[];
  facts: Fact[];
  monthly?: Monthly;
  /** Statements that a figure is zero, from one party, now and then: each lands on `fact`'s measure. */
  denial?: { fact: string; lines: string[]; from: number };
}

/** Geometric growth from `from` to `to` over `days`: a constant daily rate, checked ≤ 2%. */
function total(from: number, to: number, days: number): (d: number) => number {
  const r = Math.log(to / from) / days;
  if (r > 0.02) throw new Error(`scale-corpus: a total growing ${(r * 100).toFixed(1)}% a day would disagree with itself`);
  return (d) => from * Math.exp(r * Math.max(0, Math.min(days, d)));
}
/** A level that rises to a peak and eases, at most 1% a day. */
function level(from: number, peak: number, peakDay: number, days: number): (d: number) => number {
  const up = Math.log(peak / from) / peakDay;
  if (up > 0.01) throw new Error('scale-corpus: a level moving more than 1% a day');
  const down = Math.min(0.004, up);
  return (d) => (d <= peakDay ? from * Math.exp(up * Math.max(0, d)) : peak * Math.exp(-down * Math.min(days, d) + down * peakDay));
}
const flat = (v: number) => () => v;

const L = (hedge: Hedge, say: Line['say']): Line => ({ hedge, say });

export const STORIES: Story[] = [
  {
    slug: 'kestrel-sound-ferry-strike',
    start: 0,
    days: 150,
    titles: ['Kestrel Sound ferry strike strands passengers', 'Kestrel Sound ferry strike enters another week', 'Talks fail as Kestrel Sound ferry strike drags on', 'Kestrel Sound ferry strike: what we know'],
    context: [
      'The Kestrel Sound ferry strike shows no sign of ending.',
      'Talks to end the Kestrel Sound ferry strike broke down late in the evening.',
      'Some passengers slept in their cars at the terminal during the Kestrel Sound ferry strike.',
      'The transport minister urged both sides in the Kestrel Sound ferry strike to return to the table.',
    ],
    facts: [
      {
        id: 'stranded',
        shape: 'level',
        at: level(3000, 9000, 110, 150),
        format: 'count',
        plant: true,
        lines: [
          L('at-least', (n) => `At least ${n} passengers were stranded by the strike, the union said.`),
          L('exact', (n) => `Northline Ferries said ${n} passengers were stranded.`),
          L('range', (lo, hi) => `Between ${lo} and ${hi} passengers remain stranded, port officials estimated.`),
          L('about', (n) => `About ${n} passengers are stranded at Kestrel Sound, according to the port authority.`),
        ],
      },
      {
        id: 'cancelled',
        shape: 'total',
        at: total(80, 1400, 150),
        format: 'count',
        plant: true,
        lines: [
          L('exact', (n) => `Northline said ${n} sailings had been cancelled so far.`),
          L('nearly', (n) => `Nearly ${n} sailings have been cancelled in total since the walkout began, a company spokeswoman said.`),
          L('more-than', (n) => `More than ${n} sailings have been cancelled so far, the Maritime Workers' Union said.`),
        ],
      },
      {
        id: 'strikers',
        shape: 'level',
        at: level(700, 1100, 60, 150),
        format: 'count',
        lines: [
          L('about', (n) => `About ${n} crew members are on strike, the union said.`),
          L('exact', (n) => `The union said ${n} workers were on strike.`),
        ],
      },
      {
        id: 'cost',
        shape: 'total',
        at: total(1.2e6, 18e6, 150),
        format: { money: '£' },
        lines: [
          L('about', (n) => `Northline said the strike had cost it about ${n} so far.`),
          L('exact', (n) => `The walkout has cost the operator ${n} so far, according to its accounts.`),
        ],
      },
      {
        id: 'demand',
        shape: 'flat',
        at: flat(9),
        format: 'percent',
        lines: [
          L('exact', (n) => `The union is demanding ${n} more pay.`),
          L('exact', (n) => `Crews are demanding ${n} more pay, the union said.`),
        ],
      },
    ],
    monthly: {
      id: 'month-cancelled',
      of: (m) => 150 + ((m * 37) % 90),
      lines: [L('exact', (n) => `In {month} alone, ${n} sailings were cancelled, Northline said.`), L('about', (n) => `In {month}, about ${n} further crossings were cancelled.`)],
    },
    denial: { fact: 'cancelled', from: 40, lines: ['Northline insisted that no sailings had been cancelled for safety reasons.', 'No sailings have been cancelled since Monday, the company said.'] },
  },
  {
    slug: 'varrow-hills-wildfire',
    start: 70,
    days: 110,
    titles: ['Varrow Hills wildfire forces thousands from their homes', 'Crews gain ground on the Varrow Hills wildfire', 'Varrow Hills wildfire: the latest'],
    context: [
      'Strong winds pushed the Varrow Hills wildfire towards the coast overnight.',
      'Smoke from the Varrow Hills wildfire closed the main highway for several hours.',
      'Residents near the Varrow Hills wildfire were told to be ready to leave at short notice.',
    ],
    facts: [
      {
        id: 'burned',
        shape: 'total',
        at: total(5000, 40000, 110),
        format: 'count',
        plant: true,
        lines: [
          L('exact', (n) => `Officials said ${n} hectares had burned so far.`),
          L('more-than', (n) => `The fire has burned more than ${n} hectares, the fire service said.`),
          L('about', (n) => `About ${n} hectares have burned in total, according to satellite estimates.`),
        ],
      },
      {
        id: 'homes',
        shape: 'total',
        at: total(50, 420, 110),
        format: 'count',
        lines: [
          L('at-least', (n) => `At least ${n} homes have been destroyed so far.`),
          L('exact', (n) => `The regional council said ${n} houses had been destroyed in total.`),
        ],
      },
      {
        id: 'evacuated',
        shape: 'level',
        at: level(6000, 16000, 100, 110),
        format: 'count',
        plant: true,
        lines: [
          L('about', (n) => `Around ${n} residents have been evacuated, police said.`),
          L('exact', (n) => `Police said ${n} people had been evacuated.`),
          L('more-than', (n) => `More than ${n} people have been evacuated from the hills.`),
        ],
      },
      {
        id: 'firefighters',
        shape: 'level',
        at: level(900, 1900, 80, 110),
        format: 'count',
        lines: [
          L('nearly', (n) => `Nearly ${n} firefighters are battling the blaze.`),
          L('exact', (n) => `The fire service said it had deployed ${n} firefighters.`),
        ],
      },
    ],
    denial: { fact: 'homes', from: 30, lines: ['The council denied reports that any homes had been destroyed in Varrow itself.', 'No homes have been destroyed in the town, the mayor insisted.'] },
  },
  {
    slug: 'lusenda-cholera-outbreak',
    start: 120,
    days: 200,
    titles: ['Lusenda cholera outbreak spreads', 'Lusenda cholera outbreak: clinics overwhelmed', 'Vaccines arrive as the Lusenda cholera outbreak grows'],
    context: [
      'Clinics in Lusenda struggled to cope with the cholera outbreak.',
      'Health workers said the Lusenda cholera outbreak was far from over.',
      'The Lusenda cholera outbreak has been blamed on broken water pipes.',
    ],
    facts: [
      {
        id: 'cases',
        shape: 'total',
        at: total(900, 26000, 200),
        format: 'count',
        plant: true,
        lines: [
          L('exact', (n) => `Health officials said ${n} cases had been recorded so far.`),
          L('more-than', (n) => `More than ${n} cases have been recorded in total, the health ministry said.`),
          L('about', (n) => `About ${n} cases have been recorded so far, according to the World Health Organization.`),
        ],
      },
      {
        id: 'deaths',
        shape: 'total',
        at: total(12, 380, 200),
        format: 'count',
        plant: true,
        lines: [
          L('exact', (n) => `The death toll has risen to ${n}, officials said.`),
          L('at-least', (n) => `At least ${n} people have died so far.`),
        ],
      },
      {
        id: 'pledged',
        shape: 'flat',
        at: flat(45e6),
        format: { money: '$' },
        lines: [
          L('exact', (n) => `The World Bank has pledged ${n} for the response.`),
          L('exact', (n) => `Donors led by the World Bank have pledged ${n} in aid.`),
        ],
      },
    ],
    monthly: {
      id: 'month-cases',
      of: (m) => 1800 + ((m * 613) % 2400),
      lines: [L('exact', (n) => `In {month}, ${n} new cases were recorded, the ministry said.`), L('more-than', (n) => `In {month}, more than ${n} new cases were recorded.`)],
    },
    denial: { fact: 'deaths', from: 60, lines: ['The provincial governor denied that any cholera deaths had occurred in the capital.', 'No cholera deaths have been recorded in the capital, the governor said.'] },
  },
  {
    slug: 'lower-maren-floods',
    start: 230,
    days: 100,
    titles: ['Lower Maren floods swamp the valley', 'Lower Maren floods: the cost mounts', 'Rain eases but Lower Maren flood victims cannot go home'],
    context: [
      'Army lorries ferried supplies to villages cut off by the Lower Maren floods.',
      'The river crested on the second night of the Lower Maren floods.',
      'Schools stayed closed because of the Lower Maren floods.',
    ],
    facts: [
      {
        id: 'displaced',
        shape: 'level',
        at: level(8000, 21000, 100, 100),
        format: 'count',
        plant: true,
        lines: [
          L('at-least', (n) => `At least ${n} people have been displaced, the civil protection agency said.`),
          L('range', (lo, hi) => `Aid groups estimate that between ${lo} and ${hi} people have been displaced.`),
          L('exact', (n) => `The agency said ${n} people had been displaced.`),
        ],
      },
      {
        id: 'dead',
        shape: 'total',
        at: total(9, 64, 100),
        format: 'count',
        lines: [
          L('exact', (n) => `The death toll rose to ${n}, officials said.`),
          L('at-least', (n) => `At least ${n} people have died in the floods so far.`),
        ],
      },
      {
        id: 'damage',
        shape: 'total',
        at: total(120e6, 820e6, 100),
        format: { money: '€' },
        lines: [
          L('exact', (n) => `The government said the floods had cost ${n} so far.`),
          L('about', (n) => `Insurers estimated that the floods had cost about ${n} so far.`),
        ],
      },
    ],
  },
  {
    slug: 'dravo-mine-collapse',
    start: 290,
    days: 70,
    titles: ['Dravo mine collapse: rescuers race to reach miners', 'Hope fades after the Dravo mine collapse', 'Dravo mine collapse: families wait'],
    context: [
      'Families gathered at the pithead after the Dravo mine collapse.',
      'Engineers said the Dravo mine collapse followed weeks of tremors.',
      'The company has promised an inquiry into the Dravo mine collapse.',
    ],
    facts: [
      {
        id: 'rescued',
        shape: 'total',
        at: total(20, 70, 70),
        format: 'count',
        plant: true,
        lines: [
          L('exact', (n) => `Rescuers said ${n} miners had been rescued so far.`),
          L('at-least', (n) => `At least ${n} miners have been pulled out alive so far.`),
        ],
      },
      {
        id: 'rescuers',
        shape: 'level',
        at: level(360, 520, 40, 70),
        format: 'count',
        lines: [
          L('about', (n) => `About ${n} rescuers are working at the site.`),
          L('exact', (n) => `The company said ${n} rescuers had been deployed.`),
        ],
      },
    ],
  },
  {
    slug: 'tobrek-earthquake',
    start: 340,
    days: 130,
    titles: ['Tobrek earthquake: the search for survivors', 'Tobrek earthquake survivors face winter in tents', 'Tobrek earthquake: rebuilding begins'],
    context: [
      'Aftershocks rattled the region days after the Tobrek earthquake.',
      'Survivors of the Tobrek earthquake queued for water.',
      'Engineers inspected schools damaged in the Tobrek earthquake.',
    ],
    facts: [
      {
        id: 'killed',
        shape: 'total',
        at: total(400, 2900, 130),
        format: 'count',
        plant: true,
        lines: [
          L('exact', (n) => `The death toll from the quake has risen to ${n}, officials said.`),
          L('more-than', (n) => `More than ${n} people have been killed in total, the disaster agency said.`),
        ],
      },
      {
        id: 'sheltered',
        shape: 'level',
        at: level(30000, 64000, 90, 130),
        format: 'count',
        plant: true,
        lines: [
          L('about', (n) => `Some ${n} people are sheltering in tents, the agency said.`),
          L('exact', (n) => `The agency said ${n} people were sheltering in camps.`),
        ],
      },
      {
        id: 'magnitude',
        shape: 'flat',
        at: flat(6.8),
        format: 'count',
        lines: [L('exact', (n) => `The quake had a magnitude of ${n}, seismologists said.`)],
      },
    ],
  },
  {
    slug: 'greywater-oil-spill',
    start: 400,
    days: 110,
    titles: ['Greywater oil spill coats beaches', 'Greywater oil spill: clean-up crews stretched', 'Greywater oil spill threatens seabird colonies'],
    context: [
      'Volunteers raked oil from the sand after the Greywater oil spill.',
      'Fishing was suspended along the coast because of the Greywater oil spill.',
      'The tanker owner apologised for the Greywater oil spill.',
    ],
    facts: [
      {
        id: 'spilled',
        shape: 'total',
        at: total(1500, 6200, 110),
        format: 'count',
        plant: true,
        lines: [
          L('exact', (n) => `Officials said ${n} tonnes of oil had spilled so far.`),
          L('about', (n) => `About ${n} tonnes of oil have leaked in total, the coastguard said.`),
        ],
      },
      {
        id: 'birds',
        shape: 'total',
        at: total(400, 3000, 110),
        format: 'count',
        lines: [
          L('exact', (n) => `Wildlife groups said ${n} seabirds had been killed so far.`),
          L('more-than', (n) => `More than ${n} birds have died in total, according to wildlife groups.`),
        ],
      },
    ],
  },
  {
    slug: 'halvern-heatwave',
    start: 460,
    days: 80,
    titles: ['Halvern heatwave: hospitals under strain', 'Halvern heatwave breaks records', 'No end in sight for the Halvern heatwave'],
    context: [
      'Water was handed out in the streets during the Halvern heatwave.',
      'The Halvern heatwave buckled railway lines.',
      'Forecasters said the Halvern heatwave would last another week.',
    ],
    facts: [
      {
        id: 'admitted',
        shape: 'total',
        at: total(800, 3800, 80),
        format: 'count',
        plant: true,
        lines: [
          L('exact', (n) => `Hospitals said ${n} people had been admitted with heatstroke so far.`),
          L('more-than', (n) => `More than ${n} people have been admitted to hospital in total, health officials said.`),
        ],
      },
      {
        id: 'heat-deaths',
        shape: 'total',
        at: total(20, 90, 80),
        format: 'count',
        lines: [L('exact', (n) => `The death toll has risen to ${n}, the health ministry said.`)],
      },
    ],
  },
];

/** The corpus's first day; stories start some days after it. */
const DAY0 = Date.UTC(2024, 0, 8);
const SPAN = Math.max(...STORIES.map((s) => s.start + s.days));
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];


const isoOf = (day: number) => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);

/** Rounded to a step that keeps `sig` significant figures (half a step for a leading 1). */
function step(v: number, sig: number): number {
  if (v < 1) return 0.1;
  const digits = Math.floor(Math.log10(v)) + 1;
  const s = 10 ** (digits - sig);
  return String(Math.round(v))[0] === '1' && s >= 10 ? s / 2 : s;
}
const roundTo = (v: number, s: number, how: 'near' | 'down' | 'up' = 'near') => (how === 'down' ? Math.floor(v / s) : how === 'up' ? Math.ceil(v / s) : Math.round(v / s)) * s;

function write(v: number, f: Format): string {
  if (f === 'percent') return `${Number.isInteger(v) ? v : v.toFixed(1)}%`;
  if (f === 'count') return v < 10 && !Number.isInteger(v) ? v.toFixed(1) : Math.round(v).toLocaleString('en-GB');
  const m = v / 1e6;
  return `${f.money}${m >= 100 ? Math.round(m) : Number(m.toFixed(1))} million`;
}

/**
 * The figure for a true value `v`, as one hedge writes it: exact (3 significant figures, within
 * ±1.5% noise), about (2), lower bounds below the truth, "nearly" just above it, a range around
 * it. Small counts (under 100) are exact integers: every outlet has the same number.
 */
function figure(r: Rng, v: number, f: Format, hedge: Hedge): [string, string?] {
  if (f === 'percent' || (f === 'count' && v < 10 && !Number.isInteger(v))) return [write(v, f)];
  const small = f === 'count' && v < 100;
  const x = small ? Math.round(v) : v * (1 + (r() - 0.5) * 0.03);
  const money = typeof f === 'object';
  const sig = (n: number) => (money ? step(n / 1e6, n >= 1e8 ? 3 : 2) * 1e6 : step(n, n < 1000 ? 2 : 3));
  switch (hedge) {
    case 'exact':
      return [write(small ? x : roundTo(x, step(x, 3)), f)];
    case 'about':
      return [write(small ? x : roundTo(x, sig(x)), f)];
    case 'more-than':
    case 'at-least':
      return [write(small ? Math.max(1, Math.round(v * 0.9)) : roundTo(v * 0.97, sig(v), 'down'), f)];
    case 'nearly':
      return [write(small ? Math.round(v) + 1 : roundTo(v * 1.02, sig(v), 'up'), f)];
    case 'range':
      return [write(roundTo(v * 0.94, sig(v), 'down'), f), write(roundTo(v * 1.06, sig(v), 'up'), f)];
  }
}

export interface PlantedConflict {
  /** Which of the run's planted disagreements. */
  n: number;
  story: string;
  fact: string;
  shape: Fact['shape'];
  date: string;
  /** Article indexes: the one with the true figure, the one with the clearly incompatible figure. */
  trueIndex: number;
  falseIndex: number;
  trueText: string;
  falseText: string;
}

export interface ScaleCorpus {
  count: number;
  seed: number;
  /** Article i (0 ≤ i < count). */
  article(i: number): GenArticle;
  planted: PlantedConflict[];
  /** How many articles carry a denial, and on how many quantities: each such quantity should raise one denial flag. */
  denials: { articles: number; quantities: string[] };
  stories: typeof STORIES;
}

/** How many disagreements a corpus of `count` articles holds: one per 200 articles, at least 3. */
export const plantedFor = (count: number) => Math.max(3, Math.round(count / 200));

interface Slot {
  story: Story;
  day: number;
}

/** The story and publication day of article i: stories running at its moment in the feed. */
function slotOf(i: number, count: number, seed: number): Slot {
  const r = prng((seed * 2654435761) ^ (i * 40503 + 99991));
  const t = ((i + 0.5) / count) * SPAN;
  const live = STORIES.filter((s) => t >= s.start && t < s.start + s.days);
  const story = live.length ? pick(r, live) : STORIES.reduce((a, b) => (Math.abs(b.start - t) < Math.abs(a.start - t) ? b : a));
  return { story, day: Math.max(story.start, Math.min(story.start + story.days - 1, Math.floor(t))) };
}

export function scaleCorpus(count: number, seed = 1): ScaleCorpus {
  // Planted pairs: at evenly spaced indexes, on a quantity that may hold one, the true figure
  // first and the incompatible one from another outlet right after, the same day. Far apart
  // (count / planted articles), so no two planted figures of one quantity share a time window.
  const planted: PlantedConflict[] = [];
  const plantAt = new Map<number, { p: PlantedConflict; role: 'true' | 'false'; fact: Fact; value: string }>();
  const P = plantedFor(count);
  for (let n = 0; n < P && count >= 2; n++) {
    const at = Math.min(count - 2, Math.floor(((n + 0.5) * count) / P));
    const { story, day } = slotOf(at, count, seed);
    const facts = story.facts.filter((f) => f.plant);
    const fact = facts[n % facts.length];
    const v = fact.at(day - story.start);
    const r = prng(seed * 31 + n);
    const off = v * (n % 2 ? 0.4 : 2.3);
    const line = fact.lines.find((l) => l.hedge === 'exact')!;
    const good = figure(r, v, fact.format, 'exact')[0];
    const bad = figure(r, off, fact.format, 'exact')[0];
    const p: PlantedConflict = { n, story: story.slug, fact: fact.id, shape: fact.shape, date: isoOf(day), trueIndex: at, falseIndex: at + 1, trueText: line.say(good), falseText: line.say(bad) };
    planted.push(p);
    plantAt.set(at, { p, role: 'true', fact, value: p.trueText });
    plantAt.set(at + 1, { p, role: 'false', fact, value: p.falseText });
  }

  const make = (i: number): { a: GenArticle; denial: string | null } => {
    const r = prng((seed * 2654435761) ^ (i * 40503 + 17));
    const planting = plantAt.get(i);
    const slot = planting ? slotOf(planting.p.trueIndex, count, seed) : slotOf(i, count, seed);
    const { story } = slot;
    const d = slot.day - story.start;
    const published = isoOf(slot.day);
    // A wire's report for this story and three-day window: outlets that reprint it use its words,
    // and the figures it gives were true on the window's first day (at most two days before).
    const window = Math.floor(d / 3);
    const wr = prng(seed * 7919 + STORIES.indexOf(story) * 1009 + window);
    const wire = pick(wr, WIRES);
    const wireFacts = [...story.facts].sort(() => wr() - 0.5).slice(0, 2);
    const wireLines = wireFacts.map((f) => {
      const line = pick(wr, f.lines);
      return { fact: f.id, text: line.say(...(figure(wr, f.at(window * 3), f.format, line.hedge) as [string, string?])) };
    });
    const fromWire = !planting && r() < 0.45;
    let outlet = fromWire && r() < 0.15 ? wire : `The ${pick(r, TOWNS)} ${pick(r, PAPERS)}`;
    if (planting?.role === 'false') {
      // Not the outlet of the true figure.
      const other = make(planting.p.trueIndex).a.outlet;
      while (outlet === other) outlet = `The ${pick(r, TOWNS)} ${pick(r, PAPERS)}`;
    }
    const lines: string[] = [pick(r, story.context)];
    const used = new Set<string>();
    if (fromWire) {
      const k = 1 + Math.floor(r() * 2);
      wireLines.slice(0, k).forEach((l, j) => {
        lines.push(j === 0 ? `${l.text.replace(/\.$/, '')}, ${wire} reported.` : l.text);
        used.add(l.fact);
      });
    }
    if (planting) {
      lines.push(planting.value);
      used.add(planting.fact.id);
    }
    // Its own figures: each quantity once at most, true for today.
    const own = 1 + Math.floor(r() * 3);
    const facts = [...story.facts].sort(() => r() - 0.5).filter((f) => !used.has(f.id));
    for (const f of facts.slice(0, own)) {
      const line = pick(r, f.lines);
      lines.push(line.say(...(figure(r, f.at(d), f.format, line.hedge) as [string, string?])));
    }
    // A month's count, once the month is over (reported in the first three weeks after it).
    const date = new Date(DAY0 + slot.day * 86_400_000);
    const monthIndex = (date.getUTCFullYear() - 2024) * 12 + date.getUTCMonth() - 1;
    const storyFirstMonth = new Date(DAY0 + story.start * 86_400_000);
    const firstMonth = (storyFirstMonth.getUTCFullYear() - 2024) * 12 + storyFirstMonth.getUTCMonth();
    if (story.monthly && !planting && date.getUTCDate() <= 21 && monthIndex >= firstMonth && r() < 0.35) {
      const line = pick(r, story.monthly.lines);
      const v = story.monthly.of(monthIndex - firstMonth);
      const [n] = figure(r, v, 'count', line.hedge === 'about' ? 'about' : line.hedge === 'more-than' ? 'more-than' : 'exact');
      lines.push(line.say(n).replace('{month}', MONTHS[((monthIndex % 12) + 12) % 12]));
    }
    // A denial now and then, once the story is old enough to have someone deny it.
    const denial = story.denial && !planting && d >= story.denial.from && r() < 0.03 ? `${story.slug}/${story.denial.fact}` : null;
    if (denial) lines.push(pick(r, story.denial!.lines));
    const close = pick(r, story.context);
    if (close !== lines[0] && r() < 0.5) lines.push(close);
    const ref = letters(i);
    const text = `${lines.join(' ')}\n\nFiled by ${pick(r, FIRST)} ${pick(r, LAST)} (ref ${ref}).`;
    const slug = outlet.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
    const a: GenArticle = {
      outlet,
      title: pick(r, story.titles),
      url: `https://${slug}.example/${story.slug}/${published.replaceAll('-', '/')}/${ref}`,
      // A few articles carry no date, as pages scraped without one do (never a planted one).
      published: !planting && r() < 0.02 ? null : published,
      text,
    };
    return { a, denial };
  };

  // Denials are counted by making the corpus once (cheap: no extraction); articles are made
  // again when asked for, so a corpus of any size is never held in memory.
  const denialQuantities = new Set<string>();
  let denialArticles = 0;
  for (let i = 0; i < count; i++) {
    const { denial } = make(i);
    if (denial) {
      denialArticles++;
      denialQuantities.add(denial);
    }
  }
  const article = (i: number) => make(i).a;
  return { count, seed, article, planted, denials: { articles: denialArticles, quantities: [...denialQuantities] }, stories: STORIES };
}
