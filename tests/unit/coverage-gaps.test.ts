import { describe, expect, it } from 'vitest';
import { analyseArticle } from '@/server/extract';
import { planIngest } from '@/server/ingest/plan';

/*
 * Gaps seen on the fourth and fifth tuning sets (a camp's population, a pay claim read as a
 * change, verbs of motion read as deeds, vote results left waiting, headlines in blocks of links).
 * The sentences here are written for these tests, on other stories.
 */
const EVENT = { words: new Set(['halden', 'siege', 'sieges']), noun: 'siege' };
const read = (s: string, figure: string) => {
  const a = analyseArticle(s, '2024-03-11', [], EVENT).find((x) => x.figure.text === figure);
  if (!a) throw new Error(`no figure “${figure}” in: ${s}`);
  return a.quantity;
};
const figures = (text: string) => analyseArticle(text, '2024-03-11', [], EVENT).map((a) => a.figure.text);
const plan = (text: string) =>
  planIngest({ text, outlet: 'Ostmark Daily', title: 'Halden siege: thousands flee as shelling goes on', published: '2024-03-11' }, [], []).figures.map((f) => ({ text: f.claim.value.text, decision: f.decision, title: f.measureTitle }));
const SIEGE = 'The Halden siege has forced about 9,000 people from their homes, the mayor said on Sunday. ';

describe('a camp’s population', () => {
  it('reads the people a named site holds as sheltered there, the site as the scope', () => {
    expect(read('The Ostra camp now holds 14,200 people.', '14,200')).toMatchObject({ concept: 'sheltered', scope: 'Ostra', kind: 'count' });
    expect(read('Kessin, a camp that did not exist in May, is now home to more than 8,000 people.', 'more than 8,000')).toMatchObject({ concept: 'sheltered', scope: 'Kessin' });
    expect(read('At the Ostra camp, an hour from the border, some 9,000 people now live in rows of tents.', 'some 9,000')).toMatchObject({ concept: 'sheltered', scope: 'Ostra' });
    expect(read('The army opened a tented camp at Ostra on Friday, and about 1,500 people spent the first night there.', 'about 1,500')).toMatchObject({ concept: 'sheltered', scope: 'Ostra' });
  });

  it('reads people registered at a site as its population, not as a deed of registering', () => {
    expect(read('Some 3,100 registered at the Varna reception centre on Monday.', 'Some 3,100')).toMatchObject({ concept: 'sheltered', scope: 'Varna' });
    expect(read('About 4,000 people were registered at Ostra by Tuesday.', 'About 4,000')).toMatchObject({ concept: 'sheltered', scope: 'Ostra' });
  });

  it('takes a name that holds people as the site, and “another” as another site’s share, not an addition', () => {
    expect(read('Brenna, to the north, holds another 6,000.', '6,000')).toMatchObject({ concept: 'sheltered', scope: 'Brenna', stated: false });
  });

  it('puts two counts of one camp on one measure, apart from another camp’s and from all camps’', () => {
    const planned = plan(`${SIEGE}The Ostra camp now holds 14,200 people. About 11,000 people were registered at Ostra on Monday. Brenna, to the north, holds another 6,000. Some 42,000 people are sheltering in three camps.`);
    const title = (figure: string) => planned.find((f) => f.text === figure)?.title;
    expect(title('14,200')).toMatch(/in Ostra/);
    expect(title('About 11,000')).toBe(title('14,200'));
    expect(new Set([title('14,200'), title('6,000'), title('Some 42,000')]).size).toBe(3);
  });

  it('keeps what happened at a site, and all camps apart from one', () => {
    expect(read('Twelve people were injured at the Ostra camp on Sunday.', 'Twelve')).toMatchObject({ concept: 'injured', scope: 'Ostra' });
    expect(read('Some 42,000 people are sheltering in three camps.', 'Some 42,000')).toMatchObject({ concept: 'sheltered', scope: null });
    expect(read('Officials said 300 people crossed the border on Monday and the Ostra camp opened.', '300')).toMatchObject({ concept: 'evacuated', scope: null });
  });
});

describe('the size of a rise that is asked for, offered or agreed', () => {
  it('reads a rise claimed or wanted as the demand, not as a change', () => {
    expect(read('The nurses’ union is claiming a 6.5% pay rise.', '6.5%')).toMatchObject({ concept: 'demanded', family: 'pay' });
    expect(read('The union is demanding a pay rise of 6.5%.', '6.5%')).toMatchObject({ concept: 'demanded' });
    expect(read('Nurses want a 7pc rise to keep up with prices.', '7pc')).toMatchObject({ concept: 'demanded' });
    expect(read('The union has lodged a 9% pay claim.', '9%')).toMatchObject({ concept: 'demanded' });
    expect(read('The union wants a £2,000 pay rise for every nurse.', '£2,000')).toMatchObject({ concept: 'demanded', thing: 'money' });
  });

  it('reads a rise accepted or received as the deal, and a deal on the table as an offer', () => {
    expect(read('Nurses voted to accept a deal giving them a 5.5% pay rise from January.', '5.5%')).toMatchObject({ concept: 'agreed' });
    expect(read('Nurses will receive a 5.5% pay rise from January.', '5.5%')).toMatchObject({ concept: 'agreed' });
    expect(read('The 4.5% deal on the table was not enough, the union said.', '4.5%')).toMatchObject({ concept: 'offered' });
  });

  it('still reads a rise nobody negotiates as a change', () => {
    expect(read('Rents saw a 6.5% rise in March.', '6.5%')).toMatchObject({ family: 'change' });
    expect(read('Prices rose by 6% last year.', '6%')).toMatchObject({ family: 'change' });
  });
});

describe('a vote’s result', () => {
  it('reads each side of a vote in shares as its own quantity of the motion, and the turnout apart', () => {
    const s = 'Members of the nurses’ union backed the deal by 87% to 13% on a turnout of 71%, the union said.';
    expect(read(s, '87%')).toMatchObject({ concept: 'vote:for:deal', thing: '%' });
    expect(read(s, '13%')).toMatchObject({ concept: 'vote:against:deal', thing: '%' });
    expect(read(s, '71%')).toMatchObject({ concept: 'turnout' });
  });

  it('reads a tally of votes as votes cast for and against, fixed once declared', () => {
    expect(read('The council voted 412 to 97 in favour of the plan.', '412')).toMatchObject({ concept: 'vote:for:plan', thing: 'votes', kind: 'amount' });
    expect(read('The council voted 412 to 97 in favour of the plan.', '97')).toMatchObject({ concept: 'vote:against:plan' });
    expect(read('The bill passed 62-35 on Tuesday.', '62')).toMatchObject({ concept: 'vote:for:bill' });
  });

  it('leaves no side of a vote waiting for a person', () => {
    const decided = plan(`${SIEGE}Members backed the truce by 78% to 22% on a turnout of 64%.`).filter((f) => f.text !== 'about 9,000');
    expect(decided.map((f) => f.decision)).toEqual(['accepted-automatically', 'accepted-automatically', 'accepted-automatically']);
    expect(decided[0].title).toMatch(/^Percentage voting for the truce/);
  });
});

describe('verbs of motion and of finding', () => {
  it('reads people moving across or into somewhere as crossing, not as a deed of their own', () => {
    expect(read('On Sunday alone 1,200 people stumbled across the border.', '1,200')).toMatchObject({ concept: 'evacuated' });
    expect(read('Some 3,000 refugees trudged over the mountains into Velna.', 'Some 3,000')).toMatchObject({ concept: 'evacuated' });
    expect(read('A staggering 30,000 refugees have now poured across the border.', '30,000')).toMatchObject({ concept: 'evacuated', thing: 'people' });
    expect(read('Officials said fewer than 5,000 people had left Velna for Ostmark.', 'fewer than 5,000')).toMatchObject({ concept: 'evacuated' });
    expect(read('Forty trucks rolled across the border.', 'Forty')?.concept).not.toBe('evacuated');
    expect(read('About 200 workers left the site early.', 'About 200')?.concept).not.toBe('evacuated');
  });

  it('reads what a verb of motion comes upon as found, and found bodies as the dead', () => {
    expect(read('Rescuers stumbled across 12 survivors in a cellar.', '12')).toMatchObject({ concept: 'found', thing: 'survivors' });
    expect(read('Police found 40 survivors in the basement.', '40')?.concept).toBe(read('Rescuers stumbled across 12 survivors in a cellar.', '12')?.concept);
    expect(read('Divers came upon three more bodies on Tuesday.', 'three')).toMatchObject({ concept: 'killed', thing: 'people' });
  });
});

describe('a share’s place after a verb of being', () => {
  it('reads “22 of them were from Ostley” as Ostley’s share of the whole', () => {
    const s = 'The shelling has now claimed 31 lives, officials said on Friday — and the paper has learned that 22 of them were from Ostley.';
    expect(read(s, '22')).toMatchObject({ concept: 'killed', scope: 'Ostley' });
    expect(read(s, '31')).toMatchObject({ concept: 'killed', scope: null });
  });
});

describe('headlines in a block of links', () => {
  it('takes no figure from the headlines under a “Most read” or “More on this story” heading', () => {
    const text = `${SIEGE}\n\nMOST READ\n1. Ostmark ice rink to close for six weeks\n2. Lottery: €12 million jackpot still unclaimed\n\nMore on this story:\n- Explainer: Who pays for the 300 lost homes?\n- Storm: 40 trees down across the north\n\nOfficials said 12 people were hurt.`;
    expect(figures(text)).toEqual(['about 9,000', '12']);
  });

  it('ends the block at a line that is a sentence, and keeps its figures', () => {
    const text = `${SIEGE}\nRelated\nStorm: 300 homes without power\nSome 400 people were evacuated from the old town on Monday.`;
    expect(figures(text)).toEqual(['about 9,000', 'Some 400']);
  });

  it('keeps a live page’s updates under “Latest news”: a heading of the story’s own copy, not of links', () => {
    const text = `${SIEGE}

Latest news
14:05 Rescuers say 40 people have been pulled from the rubble
13:40 The mayor says 2,000 more have left the city`;
    expect(figures(text)).toEqual(expect.arrayContaining(['about 9,000', '40', '2,000']));
  });
});

describe('what these rules leave alone (found in review)', () => {
  it('a rise outside pay, people walking or flooding into a square, a sign-up, a hospital running on generators', () => {
    expect(read('Households will receive a 10% rise in energy bills from April.', '10%')?.concept).not.toBe('agreed');
    expect(read('About 2,000 people walked into the city centre after the match.', 'About 2,000')?.concept).not.toBe('evacuated');
    expect(read('Some 4,000 people flooded into the square on Sunday.', 'Some 4,000')?.concept).not.toBe('evacuated');
    expect(read('More than 4,000 people registered at Eventbrite for the conference.', 'More than 4,000')?.concept).not.toBe('sheltered');
    expect(read('The hospital ran on 12 generators after the blackout.', '12')?.concept).not.toBe('found');
    // A word of Object's prototype beside a rise is just a word (the tables are looked up with any word).
    expect(() => read('Union members constructor a 5% pay rise.', '5%')).not.toThrow();
    // What they are for still holds.
    expect(read('Some 2,500 exhausted people stumbled across the frontier overnight.', 'Some 2,500')).toMatchObject({ concept: 'evacuated' });
  });
});
