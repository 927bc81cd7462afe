import { stem } from '../measure/words';
import { dict, groupedWords } from '../text/util';

/*
 * What a figure counts happening, in the words news copy uses for it. Each concept lists its
 * wordings as stems (several words for a phrase: "death toll", "paid out"); its family says which
 * concepts a reader compares (agreed with delivered, pledged with paid out) and keeps the rest
 * apart (killed, injured and missing are three quantities, never one).
 */
export interface Concept {
  id: string;
  family: string;
  /** The participle a measure title uses: "People killed by …". */
  label: string;
  /** A plan or promise rather than a deed: the figure is a commitment. */
  commitment?: boolean;
  /** What is counted when the sentence names nothing ("14 dead" counts people). */
  defaultThing?: string;
  /** How a title joins it to its event: "killed in the …", "destroyed by the …" (default "by"). */
  prep?: string;
  /** The title's words for an amount of money: "Aid pledged", "Cost". */
  money?: string;
  /** A level at a moment (people still missing, crews deployed), not a running total: it may fall. */
  level?: boolean;
  /** Money that adds up over time ("has cost €140 million so far", "paid out"): a running total. */
  accrues?: boolean;
  /** Can describe an area, length or volume ("burned 12,000 hectares", "spilled 500 tonnes"). */
  physical?: boolean;
  /** Which figures it can describe: money only ("compensation"), never money ("killed"), or any. */
  of?: 'money' | 'count';
  /** Done to things, never to people: "1,800 refugees arrived" is no delivery, "workers destroyed" no damage. */
  goods?: boolean;
  /** Done to people only: "20 trucks arrived" are no arrivals of people. */
  people?: boolean;
  /** Said only of these counted things (by common name): "cut 900 jobs" is a job cut, "cut 40 trains" a cancellation. */
  things?: string[];
  /** The common name its figures count, whichever of `things` the copy named: workers laid off are jobs cut. */
  countsAs?: string;
  words: string[];
}

const C = (id: string, family: string, label: string, words: string, extra: Partial<Concept> = {}): Concept => ({ id, family, label, words: words.split(','), ...extra });

export const CONCEPTS: Concept[] = [
  C('killed', 'killed', 'killed', 'killed,kill,dead,died,die,death,deaths,death toll,fatalities,fatality,perished,bodies,lost their lives,killing,toll,drowned,claimed lives', { defaultThing: 'people', of: 'count', prep: 'in' }),
  C('injured', 'injured', 'injured', 'injured,wounded,hurt,injuries,injuring,hospitalised,hospitalized,treated for', { defaultThing: 'people', of: 'count', prep: 'in' }),
  C('missing', 'missing', 'missing', 'missing,unaccounted,unaccounted for', { defaultThing: 'people', of: 'count', prep: 'in' , level: true }),
  C('trapped', 'trapped', 'trapped', 'trapped,underground,entombed', { defaultThing: 'people', of: 'count', prep: 'in' , level: true }),
  C('rescued', 'rescued', 'rescued', 'rescued,saved,pulled out,pulled,brought out,brought to the surface,freed,evacuated alive,airlifted,winched', { defaultThing: 'people', of: 'count', prep: 'in' }),
  C('evacuated', 'evacuated', 'evacuated', 'evacuated,evacuation,evacuations,evacuees,fled,displaced,forced from,forcing,forced out,ordered out,told to leave,asked to leave,urged to leave,from their homes,out of their homes,ordered to leave,left their homes,evacuate,crossed,crossed into,crossing into,arrivals,arrived,arriving,entered,streamed,poured into,fleeing,reached,left the country', { people: true, defaultThing: 'people', of: 'count', prep: 'in' , level: true }),
  // Going home after an evacuation, and the level of those who still cannot: two quantities, neither the evacuation's count.
  C('returned', 'returned', 'allowed home', 'allowed to return,allowed home,allowed back,returned home,returned to their homes,went home,gone home,moved back,back in their homes', { people: true, defaultThing: 'people', of: 'count', prep: 'after' }),
  C('still-out', 'still-out', 'unable to return', 'unable to return,unable to go home,cannot return,cannot go home,yet to return,not yet returned,not been allowed back', { people: true, defaultThing: 'people', of: 'count', prep: 'after', level: true }),
  C('stranded', 'stranded', 'stranded', 'stranded,stuck,marooned', { level: true }),
  C('destroyed', 'damage', 'destroyed', 'destroyed,razed,levelled,leveled,flattened,burned down,burnt down,gutted,wiped out,lost,collapsed,toppled', { physical: true, goods: true }),
  C('damaged', 'damage', 'damaged', 'damaged,damaging,ruptured,punctured,cracked', { physical: true, goods: true }),
  C('culled', 'culled', 'culled', 'culled,cull,culling,slaughtered,gassed,euthanised,euthanized,put down,destocked,depopulated', { goods: true }),
  C('derailed', 'derailed', 'derailed', 'derailed,derailing,left the rails,came off the rails,off the rails,off the tracks,left the tracks,jumped the tracks,overturned', { goods: true }),
  C('burned', 'burned', 'burned', 'burned,burnt,burning,scorched,charred,blackened,consumed,torched,swept through,ravaged', { physical: true, goods: true }),
  C('cancelled', 'cancelled', 'cancelled', 'cancelled,canceled,cancellation,cancellations,scrapped,axed,called off,suspended,grounded,postponed,postpone,postponing', { goods: true }),
  C('cases', 'cases', 'recorded', 'cases,case,infections,infected,tested positive,sickened,fell ill,confirmed on,confirmed at,confirmed in', { defaultThing: 'cases', of: 'count', prep: 'in' }),
  C('deployed', 'deployed', 'deployed', 'deployed,battling,fighting,tackling,on the ground,mobilised,mobilized,sent in,brought in,drafted in,called in', { prep: 'at' , level: true }),
  C('arrested', 'arrested', 'arrested', 'arrested,detained,held,custody', { defaultThing: 'people', of: 'count', prep: 'in' }),
  C('affected', 'affected', 'affected', 'affected,without power,cut off,without water', { level: true , physical: true }),
  // Before the words it shares with other deeds ("cut", "lost", "axed"): said only of jobs and those who hold them.
  C('job-cuts', 'jobs', 'cut', 'cut,cuts,cutting,axed,axing,axe,eliminated,eliminating,eliminate,shed,shedding,sheds,lost,lose,losing,loses,will go,would go,are to go,redundancies,redundant,made redundant,laid off,lay off,laying off,layoffs,lay-offs,slashed,slashing,scrapped,scrapheap,abolished,at risk,under threat,lose their jobs,lost their jobs,losing their jobs,lose their job,out of work,out of a job', { of: 'count', prep: 'in', things: ['jobs', 'workers'], countsAs: 'jobs' }),
  C('striking', 'striking', 'on strike', 'strike,striking,struck,walked out,walkout,on strike,joined the strike,joined the walkout,took part in the strike,took part in the walkout,joined picket lines,on picket lines,stayed away,failed to report,were absent,absent from work', { defaultThing: 'workers', of: 'count', prep: 'in', level: true, countsAs: 'workers' }),
  C('agreed', 'supply', 'agreed', 'agreed,ordered,order,deal,contract,signed', { commitment: true, money: 'Deal value', goods: true }),
  C('delivered', 'supply', 'delivered', 'delivered,supplied,provided,shipped,handed over,transferred,received,arrived', { goods: true }),
  C('used', 'supply', 'used', 'launched,fired,used,expended', { goods: true }),
  C('pledged', 'aid', 'pledged', 'pledged,pledge,promised,committed,earmarked,announced,set aside,allocated,approved,reserved,reserves,donated,donating,give,giving,grant,granted', { commitment: true, money: 'Aid pledged', prep: 'for' }),
  C('disbursed', 'aid', 'paid out', 'disbursed,paid out,spent,released,arrived,reached,handed out,distributed,paid', { money: 'Aid paid out', prep: 'for' , accrues: true, goods: true }),
  C('offered', 'pay', 'offered', 'offered,offer,offering,proposed,proposal,tabled,on the table,deal on the table', { commitment: true, money: 'Pay offered', prep: 'in' }),
  C('demanded', 'pay', 'demanded', 'demanded,demand,demanding,seeking,asking,calling for,want', { money: 'Pay demanded', prep: 'in' }),
  C('ransom', 'ransom', 'demanded as ransom', 'ransom,ransom demand,extortion', { of: 'money', money: 'Ransom demanded', prep: 'in' }),
  C('compensation', 'aid', 'in compensation', 'compensation,compensate,payout,payouts', { of: 'money', money: 'Compensation', prep: 'for' }),
  C('cost', 'cost', 'in losses', 'cost,costs,costing,losses,lost,losing,damage,bill,price tag,wiped', { of: 'money', money: 'Cost', prep: 'of' , accrues: true }),
  C('spilled', 'spilled', 'spilled', 'spilled,spill,leaked,leak,released,discharged,gushed,poured,ashore,washed up,coated,oiled,fouled,polluted,contaminated,slick,escaped,escaping,burst', { physical: true, goods: true }),
  C('vaccinated', 'vaccinated', 'vaccinated', 'vaccinated,vaccines,vaccine,doses,jabs,inoculated,immunised,immunized'),
  C('tested', 'tested', 'tested', 'tested,tests,screened'),
  C('fell', 'change', 'fell by', 'fell,fall,falls,drop,dropped,drops,decline,declined,slump,slumped,plunged,plunge,down,lower,cut,shrank', { prep: 'in' }),
  C('rose', 'change', 'rose by', 'rose,rise,rises,jump,jumped,grew,growth,surge,surged,climbed,up,higher', { prep: 'in' }),
  C('raised', 'raised', 'raised', 'raised,collected,crowdfunded', { of: 'money', money: 'Money raised', prep: 'for', accrues: true }),
  // A data breach counts whose records were taken: "stolen data on 2.7 million patients", "the records of 410,000 patients".
  C('stolen', 'stolen', 'whose data was taken', 'stolen,stole,steal,stealing,copied,exfiltrated,compromised,hacked,breached,data on,records of,personal data,personal records,medical records,secrets of', { of: 'count', prep: 'in' }),
  C('appealed', 'aid', 'sought', 'appeal,appealed,appealing,sought,target,requested,asked for', { commitment: true, money: 'Appeal target', prep: 'for' }),
  C('opened', 'opened', 'opened', 'opened,built,set up,established,installed,launched', { of: 'count' }),
  C('fined', 'fined', 'fined', 'fined,fine,fines,penalty,penalised,penalized', { of: 'money', money: 'Fine imposed', prep: 'over' }),
  C('worth', 'worth', 'worth', 'valued,value,valuing', { of: 'money', money: 'Value' }),
  C('extent', 'extent', 'spread over', 'spread,grown,grew,covers,covered,covering,stretching,stretches,stretched,engulfed', { physical: true, of: 'count', goods: true }),
  C('sheltered', 'sheltered', 'in shelters', 'shelters,sheltering,sheltered,in tents,camps,emergency accommodation,homeless,shelter,live in tents,living in tents,is home to,now home to,housed,holds,tent city,tented camp,spent the night,spent the first night,slept,emergency shelters,emergency shelter', { people: true, defaultThing: 'people', of: 'count', prep: 'after', level: true }),
  C('occurred', 'occurred', 'recorded', 'recorded,registered,followed,occurred,felt,detected', { of: 'count', prep: 'after' }),
  C('filed', 'claims', 'filed', 'filed,lodged,submitted,made', { of: 'count', prep: 'over' }),
  C('inspected', 'inspected', 'inspected', 'inspected,inspections,inspection,audits,audited,checks', { of: 'count', prep: 'before' }),
  // "38 are still in hospital": how many are there now, a level that falls as they go home; not everyone ever injured.
  C('in-hospital', 'in-hospital', 'in hospital', 'in hospital,still in hospital,remain in hospital,remained in hospital', { defaultThing: 'people', of: 'count', prep: 'after', level: true }),
  C('critical', 'critical', 'in critical condition', 'intensive care,critical condition,serious condition,fighting for their lives', { defaultThing: 'people', of: 'count', prep: 'after', level: true }),
  C('admitted', 'admitted', 'admitted', 'admitted,admissions,admission,taken to hospital,hospital admissions', { of: 'count', prep: 'in', defaultThing: 'people' }),
  // "on a turnout of 71%": how many of those entitled voted, a figure of the ballot beside its result.
  C('turnout', 'turnout', 'turnout', 'turnout', { prep: 'in' }),
  C('contained', 'contained', 'contained', 'contained,containment', { level: true , physical: true }),
];

export interface ConceptWord {
  concept: Concept;
  stems: string[];
}

/** Every wording by its first stem, so a sentence's words find their concepts without a scan. */
export const BY_FIRST_STEM: Map<string, ConceptWord[]> = (() => {
  const out = new Map<string, ConceptWord[]>();
  for (const concept of CONCEPTS) {
    for (const w of concept.words) {
      const stems = w.split(' ').map(stem);
      out.set(stems[0], [...(out.get(stems[0]) ?? []), { concept, stems }]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return out;
})();

/** Counted nouns that say what happened by themselves: "1,600 firefighters" are deployed, "10,000 evacuees" evacuated. */
export const THING_CONCEPTS: Record<string, Concept> = (() => {
  const by = new Map(CONCEPTS.map((c) => [c.id, c]));
  const pairs: [string, string][] = [
    ['firefighters', 'deployed'], ['rescuers', 'deployed'], ['troops', 'deployed'], ['soldiers', 'deployed'], ['volunteers', 'deployed'], ['police', 'deployed'], ['officers', 'deployed'],
    ['strikers', 'striking'],
  ];
  return dict(Object.fromEntries(pairs.map(([w, c]) => [w, by.get(c)!])));
})();

/** Counted nouns that are the deed itself, whatever verb stands near: "176 deaths", "8,400 cases". */
export const DEED_NOUNS: Record<string, Concept> = (() => {
  const by = new Map(CONCEPTS.map((c) => [c.id, c]));
  const pairs: [string, string][] = [
    ['evacuees', 'evacuated'], ['deaths', 'killed'], ['fatalities', 'killed'], ['cases', 'cases'], ['infections', 'cases'],
    ['aftershocks', 'occurred'], ['tremors', 'occurred'], ['incidents', 'occurred'], ['claims', 'filed'], ['inspections', 'inspected'], ['admissions', 'admitted'],
    ['arrivals', 'evacuated'], ['cancellations', 'cancelled'], ['lives', 'killed'],
    ['redundancies', 'job-cuts'], ['layoffs', 'job-cuts'], ['lay-offs', 'job-cuts'],
  ];
  return dict(Object.fromEntries(pairs.map(([w, c]) => [w, by.get(c)!])));
})();

/** Counted nouns that name the same thing: the thing is kept by its common name. */
const THING_SYNONYMS = groupedWords(
    'people:people,person,persons,resident,residents,individuals,inhabitants,civilians,villagers,locals,citizens,others,evacuees,victims,deaths,fatalities,bodies,corpses,refugees,migrants,asylum-seekers,arrivals,lives,' +
    '|workers:workers,worker,miners,miner,employees,staff,crew,labourers,laborers,staffers,' +
    '|jobs:jobs,job,posts,positions,roles,' +
    '|homes:homes,houses,dwellings,residences,properties,buildings,structures,' +
    '|cases:cases,infections,patients,' +
    '|firefighters:firefighters,firefighter,crews,firemen,' +
    '|services:sailings,crossings,departures,voyages,trips,services,trains,train services,' +
    '|passengers:passengers,travellers,travelers,commuters,' +
    '|birds:birds,seabirds,gulls,seagulls,puffins,guillemots,cormorants,' +
    '|aftershocks:aftershocks,tremors,' +
    '|claims:claims,applications,',
);

/** Counted nouns that are people, whatever else they are: a deed done to things is not theirs. */
const PEOPLE_THINGS = new Set(['people', 'workers', 'passengers', 'children', 'women', 'men', 'families', 'patients', 'students', 'nurses', 'doctors', 'soldiers', 'troops', 'firefighters', 'volunteers', 'staff', 'pupils', 'teachers', 'drivers', 'voters', 'members', 'survivors', 'tourists', 'pilgrims', 'prisoners', 'detainees', 'inmates', 'migrants', 'refugees', 'residents', 'villagers', 'civilians', 'miners', 'crew', 'guards', 'officers', 'police', 'medics', 'employees', 'hostages', 'victims']);

/** Is the counted noun people ("refugees", "nurses", "residents")? */
export function isPeople(thing: string): boolean {
  return PEOPLE_THINGS.has(thing.toLowerCase()) || PEOPLE_THINGS.has(thingName(thing));
}

/** The common name of a counted noun ("residents" and "people" count the same). */
export function thingName(thing: string): string {
  const w = thing.toLowerCase();
  return THING_SYNONYMS[w] ?? w;
}
