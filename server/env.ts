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
  DATA_DIR: z.string().min(1).default('./.data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TALLY_ADMIN_TOKEN: z.string().min(16, 'TALLY_ADMIN_TOKEN must be at least 16 characters').optional(),
  TALLY_PUBLIC_URL: z.url().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Tally cannot start: bad environment\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}

export function dataDir(): string {
  return path.resolve(env().DATA_DIR);
}

let token: string | undefined;

/**
 * The admin token for writes. TALLY_ADMIN_TOKEN when set; otherwise one is made on first use and
 * kept in DATA_DIR/admin-token (readable by its owner only), so a local install is never open
 * to writes by default and `npm start` can tell its owner the token.
 */
export function adminToken(): string {
  if (token) return token;
  const fromEnv = env().TALLY_ADMIN_TOKEN;
  if (fromEnv) return (token = fromEnv);
  const file = path.join(dataDir(), 'admin-token');
  try {
    token = fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true });
    token = randomBytes(24).toString('hex');
    try {
      fs.writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    } catch {
      token = fs.readFileSync(file, 'utf8').trim(); // another process made it first
    }
  }
  return token;
}

/** Where this Tally is reached from outside: for absolute links other sites read (oEmbed, Open Graph). */
export function publicOrigin(): string {
  const e = env();
  return (e.TALLY_PUBLIC_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/+$/, '');
}
