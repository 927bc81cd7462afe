import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { sameSecret } from './secrets';

/**
 * Passwords are kept as scrypt hashes with a salt of their own and the parameters they were made
 * with, in one string: `scrypt$N$r$p$salt$hash` (salt and hash base64url). A later Tally can raise
 * the cost without breaking the hashes already stored.
 */
const COST = { N: 1 << 15, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  // 128·N·r bytes of memory: 32 MB at these parameters, over Node's default ceiling, so it is raised.
  const options: ScryptOptions = { N: o.N, r: o.r, p: o.p, maxmem: 256 * o.N * o.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (e, key) => (e ? reject(e) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const STORED = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** Whether the password matches the stored hash; a malformed or absurd hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = STORED.exec(stored);
  if (!m) return false;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (N < 2 || N > 1 << 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const key = await derive(password, Buffer.from(m[4], 'base64url'), { N, r, p });
  return sameSecret(key.toString('base64url'), m[5]);
}

/**
 * A hash of no password anyone knows, checked when the name is unknown, so a wrong name takes as
 * long as a wrong password and the answer says nothing of who has an account.
 */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword(randomBytes(16).toString('hex')));
