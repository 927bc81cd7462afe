import { dict } from '../../text/util';
/** Currency signs written before (or after) the amount. Bare "$" is read as USD, as wires do. */
export const CURRENCY_SIGNS: Record<string, string> = dict({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY',
  '₴': 'UAH', '₪': 'ILS', '₦': 'NGN', '₱': 'PHP', '﷼': 'IRR', '฿': 'THB', '₫': 'VND', '元': 'CNY', '₾': 'GEL',
  '₡': 'CRC', '₭': 'LAK', '₸': 'KZT', '₼': 'AZN', '₵': 'GHS', '₲': 'PYG', '₮': 'MNT', '円': 'JPY', '৳': 'BDT',
});

/** Letters glued before "$": "US$", "A$", "NZ$". */
export const DOLLAR_PREFIXES: Record<string, string> = dict({
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', nz: 'NZD', hk: 'HKD', s: 'SGD', r: 'BRL', nt: 'TWD', z: 'ZWL',
  mex: 'MXN', mx: 'MXN', ar: 'ARS', col: 'COP', clp: 'CLP', j: 'JMD', fj: 'FJD', tt: 'TTD',
});

/** Currency words written after the amount ("140 million euros"). */
export const CURRENCY_WORDS: Record<string, string> = dict({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rial: 'IRR', rials: 'IRR', yuan: 'CNY',
  renminbi: 'CNY', yen: 'JPY', rupee: 'INR', rupees: 'INR', hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH',
  shekel: 'ILS', shekels: 'ILS', lira: 'TRY', liras: 'TRY', lire: 'TRY', franc: 'CHF', francs: 'CHF',
  won: 'KRW', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED', rand: 'ZAR', real: 'BRL',
  reais: 'BRL', peso: 'MXN', pesos: 'MXN', naira: 'NGN', zloty: 'PLN', zlotys: 'PLN', krona: 'SEK',
  kronor: 'SEK', krone: 'NOK', kroner: 'NOK', ringgit: 'MYR', baht: 'THB', dong: 'VND', rupiah: 'IDR',
  buck: 'USD', bucks: 'USD', 'zł': 'PLN', taka: 'BDT', forint: 'HUF', forints: 'HUF', koruna: 'CZK', korunas: 'CZK',
  cedi: 'GHS', cedis: 'GHS', birr: 'ETB', tenge: 'KZT', lei: 'RON', leu: 'RON', kyat: 'MMK', kip: 'LAK',
  // Ransoms and frauds are demanded in a cryptocurrency: an amount with no rate table, compared in its own unit.
  bitcoin: 'BTC', bitcoins: 'BTC',
});
/** "Australian dollars", "Hong Kong dollars": the adjective decides which dollar. */
export const DOLLAR_ADJECTIVES: Record<string, string> = dict({
  us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', kong: 'HKD', singapore: 'SGD',
  zealand: 'NZD', taiwan: 'TWD', zimbabwean: 'ZWL', egyptian: 'EGP', turkish: 'TRY', swiss: 'CHF',
  mexican: 'MXN', argentine: 'ARS', philippine: 'PHP', indian: 'INR', pakistani: 'PKR', chinese: 'CNY',
});
/** National adjectives accepted in lower case before a currency word ("100 chinese yuan"). */
export const CURRENCY_NATIONS = new Set([
  ...Object.keys(DOLLAR_ADJECTIVES), 'iranian', 'russian', 'japanese', 'saudi', 'ukrainian', 'british', 'south', 'korean', 'israeli', 'emirati', 'qatari', 'kuwaiti', 'brazilian', 'polish', 'swedish', 'norwegian', 'danish',
]);

/** Time units, normalised to the plural the measures use. */
export const TIME_UNITS: Record<string, string> = dict({
  second: 'seconds', seconds: 'seconds', sec: 'seconds', secs: 'seconds', minute: 'minutes', minutes: 'minutes',
  min: 'minutes', mins: 'minutes', hour: 'hours', hours: 'hours', hr: 'hours', hrs: 'hours', day: 'days',
  days: 'days', week: 'weeks', weeks: 'weeks', fortnight: 'fortnights', fortnights: 'fortnights', month: 'months',
  months: 'months', year: 'years', years: 'years', yr: 'years', yrs: 'years', decade: 'decades',
  decades: 'decades', century: 'centuries', centuries: 'centuries',
});

/** Measurement units (spaced, hyphenated or glued), normalised to a short symbol. */
export const MEASURE_UNITS: Record<string, string> = dict({
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'miles', miles: 'miles', mi: 'miles', m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  cm: 'cm', centimetre: 'cm', centimeter: 'cm', centimetres: 'cm', centimeters: 'cm', mm: 'mm', millimetre: 'mm', millimeter: 'mm', millimetres: 'mm', millimeters: 'mm',
  ft: 'ft', feet: 'ft', foot: 'ft', inch: 'in', inches: 'in', yard: 'yd', yards: 'yd',
  kg: 'kg', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', gram: 'g', grams: 'g',
  tonne: 't', tonnes: 't', ton: 't', tons: 't', lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb', stone: 'st', ounce: 'oz', ounces: 'oz', oz: 'oz',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gal', gallons: 'gal', barrel: 'bbl',
  barrels: 'bbl', bpd: 'bbl/day', mph: 'mph', kph: 'km/h', kmh: 'km/h', knot: 'kn', knots: 'kn',
  hectare: 'ha', hectares: 'ha', ha: 'ha', 'acre-feet': 'acre-ft', 'acre-foot': 'acre-ft', 'acre-ft': 'acre-ft', acre: 'acres', acres: 'acres', 'hm³': 'hm³', hm3: 'hm³', mw: 'MW', gw: 'GW', kw: 'kW',
  kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh', megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW',
  gigawatts: 'GW', kilowatt: 'kW', kilowatts: 'kW', degree: 'degrees', degrees: 'degrees', bcm: 'bcm',
  calories: 'kcal', kcal: 'kcal', mb: 'MB', gb: 'GB', tb: 'TB', kb: 'KB', kilobyte: 'KB', kilobytes: 'KB',
  megabyte: 'MB', megabytes: 'MB', gigabyte: 'GB', gigabytes: 'GB', terabyte: 'TB', terabytes: 'TB',
  cl: 'cl', centilitre: 'cl', centilitres: 'cl', centiliter: 'cl', centiliters: 'cl', kilocalorie: 'kcal', kilocalories: 'kcal',
  ml: 'ml', millilitre: 'ml', millilitres: 'ml', milliliter: 'ml', milliliters: 'ml', nmi: 'nmi',
  mg: 'mg', milligram: 'mg', milligrams: 'mg',
  // Frequency, power, energy, electricity, pressure, sound, data rates, engines, radiation, trace
  // amounts and small lengths: rare in general news but routine in business, science and motoring.
  hz: 'Hz', khz: 'kHz', mhz: 'MHz', ghz: 'GHz', hertz: 'Hz', kilohertz: 'kHz', megahertz: 'MHz', gigahertz: 'GHz',
  hp: 'hp', bhp: 'bhp', horsepower: 'hp', nm: 'nm', nanometre: 'nm', nanometres: 'nm', nanometer: 'nm', nanometers: 'nm',
  'μm': 'µm', 'µm': 'µm', micron: 'µm', microns: 'µm', micrometre: 'µm', micrometres: 'µm', micrometer: 'µm', micrometers: 'µm',
  'μg': 'µg', 'µg': 'µg', mcg: 'µg', microgram: 'µg', micrograms: 'µg', ng: 'ng', nanogram: 'ng', nanograms: 'ng',
  watt: 'W', watts: 'W', tw: 'TW', terawatt: 'TW', terawatts: 'TW', kv: 'kV', kilovolt: 'kV', kilovolts: 'kV', volt: 'V', volts: 'V',
  mah: 'mAh', wh: 'Wh', amp: 'A', amps: 'A', ampere: 'A', amperes: 'A', kj: 'kJ', joule: 'J', joules: 'J', megajoules: 'MJ',
  psi: 'psi', hpa: 'hPa', kpa: 'kPa', mpa: 'MPa', pascal: 'Pa', pascals: 'Pa', mbar: 'mbar', millibar: 'mbar', millibars: 'mbar',
  db: 'dB', decibel: 'dB', decibels: 'dB', kbps: 'kbps', mbps: 'Mbps', gbps: 'Gbps', tbps: 'Tbps',
  kbit: 'kbit', mbit: 'Mbit', gbit: 'Gbit', tbit: 'Tbit', kilobit: 'kbit', kilobits: 'kbit', megabit: 'Mbit', megabits: 'Mbit', gigabit: 'Gbit', gigabits: 'Gbit', fps: 'fps', rpm: 'rpm', cc: 'cc',
  ppm: 'ppm', ppb: 'ppb', sievert: 'Sv', sieverts: 'Sv', msv: 'mSv', millisievert: 'mSv', millisieverts: 'mSv',
  microsievert: 'µSv', microsieverts: 'µSv', 'μsv': 'µSv', 'µsv': 'µSv', becquerel: 'Bq', becquerels: 'Bq', bq: 'Bq', mpg: 'mpg',
  pint: 'pt', pints: 'pt', quart: 'qt', quarts: 'qt', bushel: 'bu', bushels: 'bu', furlong: 'furlongs', furlongs: 'furlongs',
  fathom: 'fathoms', fathoms: 'fathoms', hundredweight: 'cwt', cwt: 'cwt', tcf: 'tcf', mmbtu: 'MMBtu', btu: 'Btu', btus: 'Btu',
  kiloton: 'kt', kilotons: 'kt', kilotonne: 'kt', kilotonnes: 'kt', megaton: 'Mt', megatons: 'Mt', megatonnes: 'Mt',
  newton: 'N', newtons: 'N', lux: 'lx', kelvin: 'K', teu: 'TEU', teus: 'TEU', magnitude: 'magnitude',
  mmhg: 'mmHg', carat: 'ct', carats: 'ct', megapixel: 'MP', megapixels: 'MP', parsec: 'parsecs', parsecs: 'parsecs',
  nanosecond: 'ns', nanoseconds: 'ns', millisecond: 'ms', milliseconds: 'ms', microsecond: 'µs', microseconds: 'µs',
});
/** Symbols whose case is their meaning: "320Nm" is torque, "7nm" a chip; "MW" a power station, "mW" a laser. */
export const CASED_UNITS: Record<string, string> = dict({ g: 'g', Nm: 'Nm', mW: 'mW', mV: 'mV', mA: 'mA', MJ: 'MJ', Mt: 'Mt', kN: 'kN', MN: 'MN', GJ: 'GJ', TJ: 'TJ', PJ: 'PJ', Gt: 'Gt' });
/** Units read only when glued to the digits: "35C", "-5F" (a spaced "F" is usually something else). */
export const GLUED_UNITS: Record<string, string> = dict({ c: '°C', f: '°F', w: 'W', v: 'V' });
/** Screen resolutions written with a glued "p": "1080p", "720p". */
export const RESOLUTIONS = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);
/** Two-word units ("square kilometres", "cubic metres"), keyed by the first word. */
export const AREA_PREFIXES: Record<string, string> = dict({ square: '²', sq: '²', cubic: '³' });

/** Percent words and signs; the value is kept in percent (40, not 0.4). */
export const PERCENT_WORDS = new Set(['percent', 'percents', 'percentage', 'pct', 'pc']);

/** Time-of-day and ordinal suffixes glued to digits; such numbers are never figures. */
export const NON_FIGURE_SUFFIXES = new Set(['am', 'pm', 'st', 'nd', 'rd', 'th', 's', 'gmt', 'utc', 'bst', 'cet', 'est', 'pst', 'et']);
