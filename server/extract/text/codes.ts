import { dict } from './util';

/* Currency codes, read as early as the tokenizer ("USD1.7bn" is two tokens). */

/** ISO 4217 codes accepted when written in capitals next to an amount ("USD 1.7 billion"). */
export const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'RUB', 'IRR', 'JPY', 'CNY', 'INR', 'CHF', 'AUD', 'CAD', 'NZD', 'UAH', 'TRY', 'KRW',
  'SAR', 'AED', 'ZAR', 'BRL', 'MXN', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'ILS', 'EGP', 'NGN', 'KES',
  'PKR', 'IDR', 'THB', 'VND', 'PHP', 'QAR', 'KWD', 'BYN', 'KZT', 'GEL', 'AMD', 'AZN', 'CZK', 'HUF', 'RON',
  'ARS', 'CLP', 'COP', 'PEN', 'TWD', 'MYR', 'BDT', 'LKR', 'IQD', 'SYP', 'LBP', 'JOD', 'AFN', 'ETB', 'GHS',
  'ISK', 'UYU', 'MAD', 'OMR', 'BHD', 'XOF', 'MMK', 'NPR', 'UGX', 'TZS', 'DZD', 'TND', 'RSD', 'BGN', 'ZMW', 'KPW',
]);
/** Informal codes that mean an ISO one. */
export const CODE_ALIASES: Record<string, string> = dict({ RMB: 'CNY', STG: 'GBP', Rs: 'INR', NIS: 'ILS', YTL: 'TRY', RM: 'MYR', Rp: 'IDR', SFr: 'CHF', SFR: 'CHF', Sfr: 'CHF', Tk: 'BDT', Dh: 'AED', Dhs: 'AED', KSh: 'KES', Ksh: 'KES', SR: 'SAR', QR: 'QAR', TL: 'TRY', LE: 'EGP', Fr: 'CHF', BTC: 'BTC', XBT: 'BTC' });
