import { z } from 'zod';
import path from 'node:path';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';

/** The only reader of process.env: everything from the environment is validated here. */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** A read-only replica for the read paths (pages, lists, search, embeds); writes stay on DATABASE_URL. */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_READ_URL must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('./.data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().regex(/^[a-z0-9.:[\]-]+$/i, 'HOST must be a host name or address').optional(),
  TALLY_ADMIN_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{16,}$/, 'TALLY_ADMIN_TOKEN must be at least 16 printable characters without spaces')
    .optional(),
  TALLY_PUBLIC_URL: z.url().optional(),
  /**
   * Hosts or addresses a fetched page may come from although they are private or loopback
   * (`127.0.0.1,localhost`), for tests and an intranet; everything else non-public is refused.
   */
  TALLY_FETCH_ALLOW: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((h) => h.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1')).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z0-9.:-]+$/, 'TALLY_FETCH_ALLOW is a comma-separated list of host names or IP addresses'))),
  /** How long fetching one page may take, redirects included. */
  TALLY_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
}).refine((e) => !e.DATABASE_READ_URL || e.DATABASE_URL, {
  path: ['DATABASE_READ_URL'],
  message: 'DATABASE_READ_URL names a replica of DATABASE_URL: set DATABASE_URL too (the embedded database has no replica)',
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** What is wrong with an environment, one line per variable, or null when Tally can start on it. */
export function envProblem(vars: Record<string, string | undefined>): string | null {
  const parsed = EnvSchema.safeParse(vars);
  return parsed.success ? null : parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
}

export function env(): Env {
  if (cached) return cached;
  const problem = envProblem(process.env);
  if (problem) throw new Error(`Tally cannot start: bad environment\n${problem}`);
  cached = EnvSchema.parse(process.env);
  return cached;
}

export function dataDir(): string {
  return path.resolve(env().DATA_DIR);
}

let token: string | undefined;

/** Shorter than this, a token is guessable: never accepted, from the environment or the file. */
export const MIN_TOKEN_LENGTH = 16;
const usable = (t: string) => t.length >= MIN_TOKEN_LENGTH && /^[\x21-\x7e]+$/.test(t);

/**
 * The admin token for writes. TALLY_ADMIN_TOKEN when set; otherwise one is made on first use and
 * kept in DATA_DIR/admin-token (readable by its owner only), so a local install is never open
 * to writes by default and `npm start` can tell its owner the token. A file that is empty, blank
 * or too short (a full disk at first start leaves exactly that) is replaced by a new token; if
 * that cannot be written, this throws and nobody is admin.
 */
export function adminToken(): string {
  if (token) return token;
  const fromEnv = env().TALLY_ADMIN_TOKEN;
  if (fromEnv) {
    if (!usable(fromEnv)) throw new Error(`TALLY_ADMIN_TOKEN must be at least ${MIN_TOKEN_LENGTH} printable characters without spaces`);
    return (token = fromEnv);
  }
  const file = path.join(dataDir(), 'admin-token');
  const read = () => {
    try {
      return fs.readFileSync(file, 'utf8').trim();
    } catch {
      return null;
    }
  };
  let found = read();
  if (found === null) {
    fs.mkdirSync(dataDir(), { recursive: true });
    try {
      fs.writeFileSync(file, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot write the admin token to ${file}: ${(e as Error).message}`);
    }
    found = read(); // ours, or another process's made first
  }
  if (found === null || !usable(found)) {
    // Replaced whole (write then rename), so no reader ever sees a half-written token.
    const fresh = randomBytes(24).toString('hex');
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, `${fresh}\n`, { mode: 0o600 });
      fs.renameSync(tmp, file);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw new Error(`the admin token in ${file} is empty or too short and a new one cannot be written: ${(e as Error).message}`);
    }
    console.error(`[tally] ${file} held no usable token (empty, blank or under ${MIN_TOKEN_LENGTH} characters): wrote a new one`);
    found = fresh;
  }
  return (token = found);
}

/**
 * Where this Tally is reached from outside, for absolute links other sites read (oEmbed, Open
 * Graph, snippets): TALLY_PUBLIC_URL, else the host and port it serves on. Never a request's Host.
 */
export function publicOrigin(): string {
  const e = env();
  if (e.TALLY_PUBLIC_URL) return e.TALLY_PUBLIC_URL.replace(/\/+$/, '');
  const host = !e.HOST || e.HOST === '0.0.0.0' || e.HOST === '::' ? '127.0.0.1' : e.HOST.includes(':') && !e.HOST.startsWith('[') ? `[${e.HOST}]` : e.HOST;
  return `http://${host}:${e.PORT}`;
}
