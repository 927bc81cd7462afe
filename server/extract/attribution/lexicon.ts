/** Verbs that introduce what someone says (lower-case, any tense we meet in copy). */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states', 'claimed',
  'claims', 'claim', 'estimated', 'estimates', 'estimate', 'reported', 'reports', 'announced', 'announces',
  'warned', 'warns', 'confirmed', 'confirms', 'insisted', 'insists', 'argued', 'argues', 'believes', 'believed',
  'noted', 'notes', 'wrote', 'writes', 'disclosed', 'revealed', 'reveals', 'alleged', 'alleges', 'acknowledged',
  'admitted', 'admits', 'predicted', 'predicts', 'forecast', 'forecasts', 'projected', 'projects', 'calculated',
  'counted', 'recorded', 'found', 'finds', 'showed', 'shows', 'suggested', 'suggests', 'indicated', 'indicates',
  'assessed', 'assesses', 'concluded', 'explained', 'stressed', 'emphasised', 'emphasized', 'tweeted', 'posted',
  'declared', 'asserted', 'maintained', 'maintains', 'denied', 'denies', 'deny', 'denying', 'rejected',
  'dismissed', 'refuted', 'disputed', 'disputes', 'puts', 'put', 'believe', 'suspect', 'suspects',
  'suspected', 'assess', 'insist', 'argue', 'warn', 'report', 'allege', 'confirm', 'announce', 'reckon', 'reckons',
  'briefed', 'testified', 'conceded', 'boasted', 'replied', 'responded', 'commented', 'specified',
  'clarified', 'tallied', 'documented', 'rebuffed', 'contends', 'contended',
  'learned', 'learnt', 'understands', 'show',
  // Participles after a clause, as 'saying' is: "accused the government of a cover-up, claiming more than 80 are dead".
  'claiming', 'insisting', 'arguing', 'alleging', 'adding', 'noting', 'estimating', 'admitting', 'stressing', 'acknowledging', 'telling',
]);

/** Reporting verbs that deny what follows. */
export const DENIAL_VERBS = new Set([
  'denied', 'denies', 'deny', 'denying', 'rejected', 'dismissed', 'refuted', 'disputed', 'disputes', 'rebuffed',
]);

/**
 * Words that, said of "claims" or "reports", deny them: "Iran said reports ... were baseless",
 * "called claims ... lies". Only read after such a noun, so a plain "false alarm" denies nothing.
 */
export const DENIAL_CUES = new Set([
  'baseless', 'false', 'untrue', 'lies', 'lie', 'fabricated', 'fabrication', 'groundless', 'fake', 'nonsense',
  'unfounded', 'absurd', 'propaganda', 'disinformation', 'misinformation', 'fiction', 'lying',
]);
export const CLAIM_NOUNS = new Set(['claims', 'claim', 'reports', 'report', 'allegations', 'allegation', 'accusations', 'accusation', 'suggestions', 'assertions']);

/** Words between a subject and its verb that belong to neither ("has", "also", "on Tuesday"). */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'also', 'previously', 'repeatedly', 'earlier', 'later',
  'already', 'again', 'recently', 'would', 'will', 'did', 'does', 'do', 'then', 'now', 'separately', 'publicly',
  'privately', 'yesterday', 'today', 'tonight', 'last', 'this', 'week', 'month', 'year', 'on', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'had', 'once', 'first', 'further', 'subsequently',
]);

/** Sentence openers that are not part of the subject ("Now an unnamed official has told ..."). */
export const OPENERS = new Set([
  'now', 'meanwhile', 'however', 'but', 'and', 'separately', 'also', 'earlier', 'later', 'yesterday', 'today',
  'still', 'then', 'so', 'yet', 'indeed', 'instead', 'moreover', 'furthermore', 'overall', 'previously', 'in',
  'on', 'at', 'by', 'last', 'this', 'that', 'here', 'there', 'thus', 'elsewhere', 'finally', 'first', 'secondly',
]);

/** Titles that stand before a person's name. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'minister', 'secretary', 'general',
  'gen', 'brig', 'col', 'colonel', 'lt', 'lieutenant', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm', 'chancellor',
  'king', 'queen', 'prince', 'princess', 'pope', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov',
  'mayor', 'ambassador', 'judge', 'justice', 'commissioner', 'chairman', 'chairwoman', 'premier', 'prof',
  'professor', 'rev', 'father', 'sheikh', 'ayatollah', 'marshal', 'sergeant', 'sgt', 'spokesman', 'spokeswoman',
  'spokesperson', 'director', 'chief', 'head', 'leader', 'envoy', 'commander', 'deputy', 'vice', 'speaker',
]);

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS = new Set([
  'ministry', 'council', 'house', 'department', 'office', 'agency', 'army', 'forces', 'force', 'post', 'times',
  'reuters', 'press', 'government', 'administration', 'kremlin', 'pentagon', 'bank', 'fund', 'organisation',
  'organization', 'institute', 'union', 'commission', 'committee', 'party', 'company', 'inc', 'ltd', 'group',
  'university', 'service', 'command', 'staff', 'nations', 'nato', 'un', 'eu', 'bbc', 'cnn', 'ap', 'afp', 'guardian',
  'telegraph', 'journal', 'news', 'network', 'newspaper', 'broadcaster', 'military', 'regime', 'mission', 'corporation', 'corp', 'authority', 'board', 'court', 'parliament',
  'congress', 'senate', 'assembly', 'embassy', 'police', 'navy', 'guard', 'corps', 'intelligence', 'foundation',
  'association', 'federation', 'centre', 'center', 'bureau', 'directorate', 'secretariat', 'cabinet', 'presidency',
  'tass', 'ria', 'interfax', 'xinhua', 'irna', 'isna', 'economist', 'independent', 'observer', 'bloomberg',
  'statistics', 'survey', 'monitor', 'watch', 'lab', 'labs', 'project', 'review', 'daily', 'herald', 'tribune',
  'charity', 'firm', 'regulator', 'airline', 'insurer', 'lender', 'utility', 'operator', 'trust', 'society', 'club', 'league',
  'confederation', 'alliance', 'chamber', 'guild', 'syndicate', 'cooperative', 'co-operative', 'coalition', 'observatory', 'inspectorate',
  'chemicals', 'analytics', 'cross', 'crescent', 'management', 'courier', 'gazette', 'chronicle', 'ledger', 'sentinel', 'mail', 'express',
  'holdings', 'industries', 'airways', 'airlines', 'logistics', 'pharmaceuticals', 'technologies', 'partners', 'securities', 'consultancy',
]);

/** Lower-case nouns that describe a speaker by function ("official", "source", "spokesman"). */
export const ROLE_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'minister',
  'ministers', 'secretary', 'officer', 'officers', 'president', 'director', 'chief', 'head', 'adviser', 'advisor',
  'analyst', 'analysts', 'commander', 'general', 'ambassador', 'envoy', 'diplomat', 'diplomats', 'representative',
  'governor', 'mayor', 'leader', 'leaders', 'chairman', 'economist', 'economists', 'expert', 'experts',
  'researcher', 'researchers', 'authorities', 'investigators', 'prosecutors', 'police', 'military', 'ministry',
  'government', 'administration', 'agency', 'report', 'statement', 'study', 'data', 'figures', 'estimates',
  'intelligence', 'assessment', 'witnesses', 'residents', 'activists', 'monitors', 'observers', 'negotiators',
  'mayors', 'governors', 'workers', 'campaigners', 'doctors', 'nurses', 'medics', 'rescuers', 'volunteers', 'organisers', 'organizers',
  'hospitals', 'departments', 'clinics',
]);

/** Pronouns that stand for an earlier speaker. */
export const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

/** Name particles that may sit inside a capitalised name ("Ali al-Sistani", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'di', 'van', 'von', 'der', 'la', 'le', 'du', 'dos', 'das']);

/** Things cited that are evidence, not speakers: "citing satellite imagery", "data from the UN". */
export const DOCUMENTS = new Set([
  'data', 'imagery', 'images', 'documents', 'document', 'figures', 'footage', 'analysis', 'estimates', 'estimate',
  'records', 'statistics', 'photos', 'photographs', 'video', 'videos', 'evidence', 'calculations', 'research',
  'report', 'reports', 'study', 'survey', 'assessment', 'tally', 'count', 'update', 'statement', 'briefing', 'intelligence',
  'bulletin', 'bulletins',
]);
