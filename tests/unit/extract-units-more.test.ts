import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

// Units a news desk meets in health, science, markets and motoring copy, and concentrations
// written with a slash ("180 µg/m³"): the unit, and what it is per.

describe('more units', () => {
  it.each([
    ['Blood pressure of 140 mmHg was recorded.', '140 mmHg', 'mmHg'],
    ['The diamond was 5 carats.', '5 carats', 'ct'],
    ['It is worth 3 troy ounces of gold.', '3 troy ounces', 'oz t'],
    ['The camera has 48 megapixels.', '48 megapixels', 'MP'],
    ['The star is 1.3 parsecs away.', '1.3 parsecs', 'parsecs'],
    ['The signal took 40 milliseconds.', '40 milliseconds', 'ms'],
  ])('%s', (text, span, unit) => {
    const [f] = extractFigures(text);
    expect([f.text, f.unit, f.kind]).toEqual([span, unit, 'measure']);
  });
});

describe('concentrations and densities per a power of a length', () => {
  it.each([
    ['PM2.5 levels reached 180 µg/m³.', '180 µg', 'µg', 'm³'],
    ['Levels reached 60 µg/m3 in the city.', '60 µg', 'µg', 'm³'],
    ['The load is 3 kg/m2.', '3 kg', 'kg', 'm²'],
    ['Nitrate levels hit 50 mg/L.', '50 mg', 'mg', 'L'],
  ])('%s', (text, span, unit, per) => {
    const [f] = extractFigures(text);
    expect([f.text, f.unit, f.per]).toEqual([span, unit, per]);
  });
});
