import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

const texts = (xs: string[]) => xs.map((x) => [x]);

describe('things that are not figures', () => {
  it.each(
    texts([
      'The Shahed-136 is the most common.',
      'Group of Seven leaders met in Hiroshima.',
      'Talks in the P5+1 format resumed.',
      'Kyiv time is UTC+2 in winter.',
      'Read more: Iran to supply 1,000 more drones to Russia - report',
      'Related coverage: Russia fires 40 drones at Kyiv',
      'Sign up for our Morning Bid newsletter. 24 comments',
      'Two U.S. officials said Friday that the deal was signed.',
      'It was confirmed by three people familiar with the matter.',
      'Two senior officials, speaking on condition of anonymity, confirmed it.',
      'They were repainted as Geranium-2.',
      'Su-35 fighter jets and YAK-130 trainers.',
      'The F-16, the S-300 and the MiG-29.',
      'The Fath-360 missile.',
      'The G7 summit.',
      'Covid-19 spread.',
      'Leaders met in mid-2022.',
      'Separatists have fought since 2014.',
      'It happened in 2022.',
      'On 15 May 2023 it rained.',
      'On May 15 it rained.',
      'On May 15, 2023 it rained.',
      'The report is dated 2023-05-15.',
      'The form is dated 15/05/2023.',
      'On the 3rd of June.',
      'He arrived at 10am.',
      'He arrived at 10 a.m.',
      'He arrived at 14:30.',
      'The train leaves at 9.30pm.',
      'Call +44 20 7946 0958 now.',
      'Call (020) 7946 0958 now.',
      'Call 555-123-4567 now.',
      'The 1990s were different.',
      'The 3rd drone hit.',
      'Open 24/7.',
      'After 9/11 things changed.',
      'They won 3-1.',
      'The 2022-23 budget.',
      'Article 5 applies.',
      'He took Flight 370.',
      'He was No. 10 on the list.',
      'Boeing 737 aircraft.',
      'Russia sent Challenger 2 tanks.',
      'World War Two ended.',
      'Apollo 11 landed.',
      'See www.example.com/2024/03/05/story-123 for more.',
      'Email info2024@example.com today.',
      'John Smith, 45, said it was fine.',
      'The 5G network and 4x4 vehicles.',
      'Image 1 of 5',
      'Russia has relied on drones for months.',
      'Ukraine spent weeks without water.',
      'For a long time there was nothing.',
      'The ’22 budget.',
      'The score was 2-0.',
      'The 50th anniversary.',
      'Comments (123)',
      '1.2K shares',
      'Listen to this article, 4 minutes',
      'It was the 16th month of the war.',
      'the twenty-first drone attack',
      'Over the past 24 hours, drones kept coming.',
    ]),
  )('%s', (text) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual([]);
  });

  it('still finds counts next to dates and designations', () => {
    const fs = extractFigures('On 15 May 2023, Russia fired 40 Shahed-136 drones and 2,000 troops moved in 2022.');
    expect(fs.map((f) => f.text)).toEqual(['40', '2,000']);
  });

  it('reads a year-sized count written with a comma, or with a qualifier, as a count', () => {
    expect(extractFigures('About 2014 people and 2,014 troops.').map((f) => f.value)).toEqual([2014, 2014]);
  });

  it('keeps a caption’s figures but not its gallery counter', () => {
    expect(extractFigures('1 of 3 | A drone over Kyiv, where 40 drones fell').map((f) => f.text)).toEqual(['40']);
  });

  it('ignores a line of icon furniture however many numbers it holds', () => {
    const line = 'Ellipsis An icon of 3 horizontal dots. Menu An icon of 3 horizontal lines. Close An icon of the an X shape. Plus A mathematical plus symbol.\nRussia fired 40 drones.';
    expect(extractFigures(line).map((f) => f.text)).toEqual(['40']);
  });
});

describe('people counted as the story, not as its sources', () => {
  it('keeps "Five officials were killed" and the figures informants give', () => {
    expect(extractFigures('Five officials were killed in the strike.').map((f) => f.text)).toEqual(['Five']);
    expect(extractFigures('Two sources, who asked not to be named, said Iran sent 400 drones.').map((f) => f.text)).toEqual(['400']);
  });
});
