import { describe, it, expect } from 'vitest';
import { extractFigures } from '@/server/extract';

const only = (text: string) => {
  const fs = extractFigures(text);
  expect(fs.map((f) => f.text)).toHaveLength(1);
  return fs[0];
};

describe('units glued to the number or rare in news', () => {
  it.each([
    ['A 2.4GHz chip.', 2.4, 'GHz'],
    ['It tunes to 98.5 MHz.', 98.5, 'MHz'],
    ['A 60Hz screen.', 60, 'Hz'],
    ['The engine makes 150bhp.', 150, 'bhp'],
    ['It makes 300 horsepower.', 300, 'hp'],
    ['Torque is 320Nm.', 320, 'Nm'],
    ['A 7nm process.', 7, 'nm'],
    ['A 4,000mAh battery.', 4000, 'mAh'],
    ['Levels of 30ppb were found.', 30, 'ppb'],
    ['CO2 reached 420 ppm.', 420, 'ppm'],
    ['Particles of 12µm were found.', 12, 'µm'],
    ['Particles of 2.5 microns were found.', 2.5, 'µm'],
    ['Video at 1080p only.', 1080, 'p'],
    ['It drove at 65 mph.', 65, 'mph'],
    ['It drove at 40 km/h.', 40, 'km/h'],
    ['A 100W charger.', 100, 'W'],
    ['A 400kV line.', 400, 'kV'],
    ['A 12V battery.', 12, 'V'],
    ['Noise reached 85dB.', 85, 'dB'],
    ['Speeds of 100Mbps are promised.', 100, 'Mbps'],
    ['Tyres at 32 psi.', 32, 'psi'],
    ['Pressure fell to 960 hPa.', 960, 'hPa'],
    ['A 1.6-litre engine.', 1.6, 'l'],
    ['A 125cc scooter.', 125, 'cc'],
    ['A dose of 20 millisieverts.', 20, 'mSv'],
    ['It returns 50 mpg.', 50, 'mpg'],
    ['She drank 2 pints.', 2, 'pt'],
    ['The boxer weighs 14 stone.', 14, 'st'],
    ['Doses of 50µg daily.', 50, 'µg'],
    ['The fund holds 300 tonnes of gold.', 300, 't'],
    ['A 5,000 sq ft house.', 5000, 'ft²'],
    ['The engine runs at 6,000 rpm.', 6000, 'rpm'],
    ['Output of 3 terawatt hours.', 3, 'TWh'],
    ['A 50 kWh battery.', 50, 'kWh'],
    ['A ship 2 nautical miles off.', 2, 'nmi'],
    ['It is 4 light-years away.', 4, 'ly'],
    ['Add 5 fluid ounces.', 5, 'fl oz'],
    ['300 metric tons of grain', 300, 't'],
  ])('%s', (text, value, unit) => {
    const f = only(text);
    expect([f.value, f.unit]).toEqual([value, unit]);
  });

  it('5-10W is a range of watts', () => {
    const f = only('Chargers of 5-10W are sold.');
    expect([f.low, f.high, f.unit, f.qualifier]).toEqual([5, 10, 'W', 'range']);
  });

  it('a glued "p" is only a screen resolution', () => {
    expect(extractFigures('He scored 15p.').map((f) => f.unit)).not.toContain('p');
  });
});

describe('rates keep what they are per', () => {
  it.each([
    ['Oil rose to $83.10 per barrel.', 83.1, 'barrel'],
    ['Prices rose 3% a year.', 3, 'year'],
    ['It costs $1,200 per person.', 1200, 'person'],
    ['Wages are £12 an hour.', 12, 'hour'],
    ['It uses 8 litres per 100 km.', 8, '100 km'],
    ['Emissions of 120g/km.', 120, 'km'],
    ['Rents of $40 per square metre.', 40, 'square metre'],
    ['GDP of $65,000 per capita.', 65000, 'capita'],
    ['Deaths of 4.5 per 100,000 people.', 4.5, '100,000 people'],
    ['It pumps 2 million barrels a day.', 2e6, 'day'],
    ['Fees of €5 each month.', 5, 'month'],
    ['Paid $30 a head.', 30, 'head'],
    ['Nitrates of 300 mg/l.', 300, 'l'],
  ])('%s', (text, value, per) => {
    const f = extractFigures(text)[0];
    expect([f.value, f.per]).toEqual([value, per]);
  });
  it('"a year ago" is a date, not a rate', () => {
    expect(extractFigures('Prices were 3% higher than a year ago.')[0].per ?? null).toBeNull();
  });
  it('per cent is not a rate', () => {
    expect(extractFigures('It rose 5 per cent.')[0].per ?? null).toBeNull();
  });
});
