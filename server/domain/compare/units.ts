/**
 * Lengths, weights, areas and volumes compared in one unit: "200 km" and "124 miles" agree.
 * Each unit is its size in the dimension's base unit (metre, kilogram, square metre, litre), as
 * the extractor normalises them (lexicon-units).
 */
const SIZES: Record<string, { dimension: string; size: number }> = {
  mm: { dimension: 'length', size: 0.001 },
  cm: { dimension: 'length', size: 0.01 },
  m: { dimension: 'length', size: 1 },
  km: { dimension: 'length', size: 1000 },
  in: { dimension: 'length', size: 0.0254 },
  ft: { dimension: 'length', size: 0.3048 },
  yd: { dimension: 'length', size: 0.9144 },
  miles: { dimension: 'length', size: 1609.344 },
  nmi: { dimension: 'length', size: 1852 },
  mg: { dimension: 'mass', size: 1e-6 },
  g: { dimension: 'mass', size: 0.001 },
  kg: { dimension: 'mass', size: 1 },
  t: { dimension: 'mass', size: 1000 },
  lb: { dimension: 'mass', size: 0.45359237 },
  oz: { dimension: 'mass', size: 0.028349523125 },
  'm²': { dimension: 'area', size: 1 },
  'km²': { dimension: 'area', size: 1e6 },
  'miles²': { dimension: 'area', size: 2_589_988.110336 },
  'ft²': { dimension: 'area', size: 0.09290304 },
  ha: { dimension: 'area', size: 10_000 },
  acres: { dimension: 'area', size: 4046.8564224 },
  ml: { dimension: 'volume', size: 0.001 },
  l: { dimension: 'volume', size: 1 },
  gal: { dimension: 'volume', size: 3.785411784 },
  bbl: { dimension: 'volume', size: 158.987294928 },
  'm³': { dimension: 'volume', size: 1000 },
  'hm³': { dimension: 'volume', size: 1e9 },
  // Water in a reservoir, in American copy: an acre covered a foot deep.
  'acre-ft': { dimension: 'volume', size: 1_233_481.83754752 },
  'km/h': { dimension: 'speed', size: 1 / 3.6 },
  mph: { dimension: 'speed', size: 0.44704 },
  kn: { dimension: 'speed', size: 1852 / 3600 },
  seconds: { dimension: 'time', size: 1 },
  minutes: { dimension: 'time', size: 60 },
  hours: { dimension: 'time', size: 3600 },
  days: { dimension: 'time', size: 86_400 },
  weeks: { dimension: 'time', size: 7 * 86_400 },
  fortnights: { dimension: 'time', size: 14 * 86_400 },
};

/** The physical dimension of a unit ("area" for ha), or null for counts and unknown units. */
export function dimensionOf(unit: string): string | null {
  return SIZES[unit]?.dimension ?? null;
}

/** Multiply a value in `from` by this to get it in `to`; 1 for the same unit, null when they cannot meet. */
export function unitFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  const a = SIZES[from];
  const b = SIZES[to];
  if (!a || !b || a.dimension !== b.dimension) return null;
  return a.size / b.size;
}
