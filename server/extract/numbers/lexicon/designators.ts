/** Words after which a four-digit number is a year: "in 2022", "since 2014", "mid-2022". */
export const YEAR_LEADS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'of', 'before', 'after', 'early', 'late', 'mid',
  'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'through', 'throughout', 'between', 'to', 'and',
  'circa', 'as', 'for', 'fiscal', 'fy', 'the', 'on', 'around', 'into', 'election', 'budget', 'season',
]);

/** Words after a number that make it a time of day. */
export const TIME_WORDS = new Set(['am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'hrs', 'o’clock', "o'clock", 'local', 'moscow', 'kyiv']);

/** Words before a bare integer that make it a name or a label: "Article 5", "Flight 370". */
export const DESIGNATORS = new Set([
  'article', 'articles', 'section', 'chapter', 'flight', 'route', 'highway', 'interstate', 'level', 'category',
  'phase', 'stage', 'round', 'room', 'gate', 'platform', 'page', 'pages', 'p', 'pp', 'vol', 'volume', 'no', 'nos',
  'model', 'version', 'v', 'series', 'type', 'class', 'mark', 'mk', 'block', 'grade', 'district', 'precinct',
  'ward', 'unit', 'apollo', 'formula', 'covid', 'resolution', 'clause', 'paragraph', 'rule', 'amendment',
  'episode', 'season', 'part', 'figure', 'fig', 'table', 'exhibit', 'lane', 'bus', 'channel', 'division',
  'league', 'rank', 'ranked', 'ranks', 'tier', 'zone', 'sector', 'square', 'street', 'avenue', 'road', 'pier',
  'terminal', 'hangar', 'battalion', 'brigade', 'regiment', 'corps', 'squadron', 'fleet', 'army',
  'game', 'match', 'act', 'scene', 'verse', 'psalm', 'item', 'option', 'question', 'q', 'task',
  'number', 'seed', 'jersey', 'shirt', 'bay', 'berth', 'camp', 'sol', 'generation', 'gen', 'windows', 'iphone',
  'galaxy', 'boeing', 'airbus', 'ps', 'xbox', 'pixel', 'leopard', 'challenger', 'abrams', 'patriot', 'iris',
  'cup', 'top', 'mig', 'su', 'yak', 'kh', 'bm',
  // Market indices and lists named by a number ("FTSE 100 firms", "Fortune 500 companies").
  'ftse', 'nasdaq', 'nikkei', 'cac', 'dax', 'stoxx', 'asx', 'russell', 'fortune', 'kospi', 'tsx', 'ibex', 'aex', 'smi',
  'nifty', 'topix', 'mib', 'sti', 'klci', 'jse',
  // Ballot measures: "Proposition 22", "Initiative 1631".
  'proposition', 'prop', 'initiative', 'measure',
]);
