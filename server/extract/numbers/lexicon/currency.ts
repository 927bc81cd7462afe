import { dict } from '../../text/util';

/*
 * Which currency a national adjective picks for a currency word. The word alone has a default
 * (CURRENCY_WORDS: "kroner" is NOK, "pesos" MXN); the adjective overrides it ("Danish kroner" is
 * DKK, "Argentine pesos" ARS). Covers the world's 30 largest economies and the currencies that
 * share a name with theirs.
 */

/** Currency words, by the family the nation picks within. */
export const CURRENCY_FAMILY: Record<string, string> = dict({
  peso: 'peso', pesos: 'peso', krone: 'krone', kroner: 'krone', krona: 'krone', kronor: 'krone', kronur: 'krone',
  pound: 'pound', pounds: 'pound', franc: 'franc', francs: 'franc', rupee: 'rupee', rupees: 'rupee',
  riyal: 'riyal', riyals: 'riyal', rial: 'riyal', rials: 'riyal', dinar: 'dinar', dinars: 'dinar',
  dollar: 'dollar', dollars: 'dollar', shilling: 'shilling', shillings: 'shilling', dirham: 'dirham', dirhams: 'dirham',
  won: 'won', rouble: 'rouble', roubles: 'rouble', ruble: 'rouble', rubles: 'rouble', lira: 'lira', liras: 'lira',
  real: 'real', reais: 'real', yuan: 'yuan', renminbi: 'yuan', yen: 'yen', rand: 'rand', rupiah: 'rupiah', ringgit: 'ringgit',
  baht: 'baht', dong: 'dong', naira: 'naira', shekel: 'shekel', shekels: 'shekel', taka: 'taka', zloty: 'zloty', zlotys: 'zloty',
  euro: 'euro', euros: 'euro', koruna: 'koruna', korunas: 'koruna', forint: 'forint', forints: 'forint',
});

/** "<nation> <family>" -> ISO 4217. Two-word nations are keyed with their last word ("african"). */
export const NATIONAL_CURRENCIES: Record<string, string> = dict({
  'mexican peso': 'MXN', 'argentine peso': 'ARS', 'argentinian peso': 'ARS', 'argentinean peso': 'ARS', 'philippine peso': 'PHP',
  'filipino peso': 'PHP', 'chilean peso': 'CLP', 'colombian peso': 'COP', 'uruguayan peso': 'UYU', 'cuban peso': 'CUP', 'dominican peso': 'DOP',
  'danish krone': 'DKK', 'norwegian krone': 'NOK', 'swedish krone': 'SEK', 'icelandic krone': 'ISK', 'czech koruna': 'CZK',
  'british pound': 'GBP', 'sterling pound': 'GBP', 'egyptian pound': 'EGP', 'lebanese pound': 'LBP', 'syrian pound': 'SYP', 'sudanese pound': 'SDG',
  'swiss franc': 'CHF', 'french franc': 'FRF', 'cfa franc': 'XOF', 'congolese franc': 'CDF', 'rwandan franc': 'RWF',
  'indian rupee': 'INR', 'pakistani rupee': 'PKR', 'lankan rupee': 'LKR', 'nepalese rupee': 'NPR', 'nepali rupee': 'NPR', 'mauritian rupee': 'MUR', 'indonesian rupiah': 'IDR',
  'saudi riyal': 'SAR', 'qatari riyal': 'QAR', 'iranian riyal': 'IRR', 'omani riyal': 'OMR', 'yemeni riyal': 'YER',
  'kuwaiti dinar': 'KWD', 'iraqi dinar': 'IQD', 'jordanian dinar': 'JOD', 'bahraini dinar': 'BHD', 'libyan dinar': 'LYD', 'algerian dinar': 'DZD', 'tunisian dinar': 'TND', 'serbian dinar': 'RSD',
  'kenyan shilling': 'KES', 'ugandan shilling': 'UGX', 'tanzanian shilling': 'TZS', 'somali shilling': 'SOS',
  'emirati dirham': 'AED', 'uae dirham': 'AED', 'moroccan dirham': 'MAD',
  'korean won': 'KRW', 'north korean won': 'KPW', 'russian rouble': 'RUB', 'belarusian rouble': 'BYN', 'turkish lira': 'TRY',
  'brazilian real': 'BRL', 'chinese yuan': 'CNY', 'japanese yen': 'JPY', 'african rand': 'ZAR', 'malaysian ringgit': 'MYR',
  'thai baht': 'THB', 'vietnamese dong': 'VND', 'nigerian naira': 'NGN', 'israeli shekel': 'ILS', 'bangladeshi taka': 'BDT',
  'polish zloty': 'PLN', 'hungarian forint': 'HUF',
});

/** Letters glued before "¥" or "£": "CN¥", "JP¥", "E£" (Egyptian pounds). */
export const SIGN_PREFIXES: Record<string, Record<string, string>> = {
  '¥': dict({ cn: 'CNY', jp: 'JPY', rmb: 'CNY' }),
  '£': dict({ e: 'EGP', l: 'LBP', s: 'SYP' }),
};
