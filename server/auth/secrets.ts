import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Random secrets and how they are kept: only their SHA-256 is stored, so a copied database logs nobody in. */

/** 32 random bytes, base64url (43 characters). */
export const randomSecret = (): string => randomBytes(32).toString('base64url');

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Equal strings, in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A personal API token: recognisable in logs and secret scanners by its prefix. */
export const TOKEN_PREFIX = 'tally_';
export const newPersonalToken = (): string => `${TOKEN_PREFIX}${randomSecret()}`;
export const looksPersonal = (t: string): boolean => t.startsWith(TOKEN_PREFIX) && /^tally_[A-Za-z0-9_-]{43}$/.test(t);

/** A password that is printed once: 20 characters of base64url, about 120 bits. */
export const generatedPassword = (): string => randomBytes(15).toString('base64url');
