import { describe, it, expect } from 'vitest';
import { attribute, extractFigures } from '@/server/extract';

// Issue 11: the speaker of a figure is a person, a role or an organisation, never a fragment of
// one ("Association" of "the Nurses' Association", "move the company", "the number reported").

const speakerOf = (text: string, n = 0) => {
  const f = extractFigures(text)[n];
  return attribute(text, f).speaker;
};

describe('a body whose name has a plural possessive is named whole', () => {
  it.each([
    ["The Royal Nurses' Association said 4,000 posts were empty.", "Royal Nurses' Association"],
    ['The National Farmers’ Union estimated losses of €300 million.', 'National Farmers’ Union'],
    ["The Miners' and Steelworkers' Federation (MSF) said 1,200 members walked out.", "Miners' and Steelworkers' Federation"],
    ["The Retail Traders' Confederation said sales fell 8%.", "Retail Traders' Confederation"],
  ])('%s', (text, organisation) => {
    expect(speakerOf(text)).toMatchObject({ name: null, organisation });
  });
});

describe('a subject that is no speaker', () => {
  it('"a move the company said": the company', () => {
    expect(speakerOf('The airline cut fares by 20%, a step the company said would cost €40 million.', 1)).toMatchObject({ organisation: 'company' });
  });
  it('"nearly twice the number reported": no speaker from the amount', () => {
    const text = 'Officials counted 900 cases, nearly twice the number reported a month ago.';
    expect(speakerOf(text)).toMatchObject({ role: 'officials' });
  });
  it('a place that recorded a figure gives way to who said it', () => {
    expect(speakerOf('Ostmark has now recorded 2,300 cases, the health ministry said on Friday.')).toMatchObject({ organisation: 'health ministry' });
  });
  it('evidence no one is named behind is the outlet’s own account', () => {
    expect(speakerOf('About 90 tonnes were stored there, according to internal documents seen by this newspaper.')).toBeNull();
  });
  it('evidence made by someone is theirs: "imagery analysed by a private firm"', () => {
    expect(speakerOf('Satellite imagery analysed by a private mapping firm suggests 12,000 hectares burned.')).toMatchObject({ organisation: 'private mapping firm' });
  });
});

describe('a field of work opening the phrase is part of the role', () => {
  it.each([
    ['Health officials confirmed 120 cases.', 'health officials'],
    ['Fire officials said the blaze was 40% contained.', 'fire officials'],
    ['Environmental campaigners said 20 tonnes had leaked.', 'environmental campaigners'],
  ])('%s', (text, role) => {
    expect(speakerOf(text)).toMatchObject({ name: null, role, organisation: null });
  });
  it('"Aid workers in the Orvane region": the role and where', () => {
    expect(speakerOf('Aid workers in the Orvane region say 4,000 tents have arrived.')).toMatchObject({ role: 'aid workers', organisation: 'Orvane region' });
  });
  it('a body in lower case is an organisation: "the ministry of health"', () => {
    expect(speakerOf('The ministry of health said 340 cases were recorded.')).toMatchObject({ organisation: 'ministry of health', role: null });
  });
});

describe('what follows a name is a role only when it describes the person', () => {
  it.each([
    ['“Two windows broke,” said Anna Berg, who lives next door.', { name: 'Anna Berg', role: null }],
    ['“It burned 60 hectares,” says Tomas Lind, surveying his field.', { name: 'Tomas Lind', role: null }],
    ['“Three families left,” said Maria Holm, a 52-year-old teacher.', { name: 'Maria Holm', role: 'teacher' }],
  ])('%s', (text, want) => {
    expect(speakerOf(text)).toMatchObject(want);
  });
});

describe('a role after the verb keeps the body it works at', () => {
  it.each([
    ['Shares in the company fell 12%, said analysts at Goldman Sachs.', { role: 'analysts', organisation: 'Goldman Sachs' }],
    ['Growth will slow to 1.2%, said economists at the Bank of England.', { role: 'economists', organisation: 'Bank of England' }],
    ['The figure was 40%, said analysts at a briefing.', { role: 'analysts', organisation: null }],
  ])('%s', (text, want) => {
    expect(speakerOf(text)).toMatchObject(want);
  });
});

describe('the source nearest the figure', () => {
  it('"the 31,400 hectares reported by the Wildfire Service" is the service’s, not the sentence’s subject’s', () => {
    const text = 'Satellite imagery analysed by a mapping firm suggests the fire burned 44,000 hectares, far more than the 31,400 hectares reported by the Halvern Wildfire Service.';
    expect(extractFigures(text).map((f) => attribute(text, f).speaker?.organisation)).toEqual(['mapping firm', 'Halvern Wildfire Service']);
  });
  it('a reporting verb whose subject names no one hands over to the clause before it', () => {
    const text = 'The ministry of health said 340 cases had been recorded, nearly twice the number reported a week ago, and that nine deaths were linked to it.';
    expect(extractFigures(text).map((f) => [f.text, attribute(text, f).speaker?.organisation])).toEqual([['340', 'ministry of health'], ['nine', 'ministry of health']]);
  });
});

describe('a document speaks for its owner; a participle ends the speaker; bodies are bodies', () => {
  it.each([
    ['Cases rose to 2,300, according to the Health Institute’s latest situation report.', { name: null, role: null, organisation: 'Health Institute' }],
    ['A medical charity working in the north said more than 200 people had died.', { name: null, role: null, organisation: 'medical charity' }],
    ['Officials speaking on condition of anonymity said 40 jets were lost.', { name: null, role: 'officials' }],
    ['The Ostland Red Cross said nearly 200 people were missing.', { name: null, organisation: 'Ostland Red Cross' }],
    ['Brenner Chemicals said about 3 tonnes had leaked.', { name: null, organisation: 'Brenner Chemicals' }],
    ["Ostland's national farmers' confederation put losses at €1bn.", { name: null, role: null }],
  ])('%s', (text, want) => {
    expect(speakerOf(text)).toMatchObject(want);
  });
  it('a body named before its document is the same body ("the ministry ... the ministry’s bulletin")', () => {
    const text = 'The health ministry said 40 people had died. The toll later rose to 131, according to the ministry’s weekly bulletin.';
    expect(speakerOf(text, 1)).toMatchObject({ organisation: 'health ministry' });
  });
});
