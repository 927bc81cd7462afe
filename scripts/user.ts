// `npm run user -- add NAME --role admin|reviewer` and friends: accounts from the command line,
// for the first admin before a first start, a forgotten password, or a script's personal token.
// Run it while no server holds the embedded database (or point both at PostgreSQL: DATABASE_URL).
import readline from 'node:readline';
import { z } from 'zod';
import { AccountRole, Password, TokenLabel, UserName } from '../server/domain/accounts';
import { addUser, findUserByName, listUsers, setPassword, setRole } from '../server/db/accounts';
import { createToken, listTokens } from '../server/db/sessions';
import { runOnStore } from './lib/store-cli';

const USAGE = `usage: npm run user -- COMMAND
  add NAME --role admin|reviewer [--password-stdin]   a new account; its password is read from stdin
                                                      (--password-stdin), asked for on a terminal, or
                                                      generated and printed once
  password NAME [--password-stdin]                    a new password (asked, read or generated); ends its sessions
  role NAME admin|reviewer                            change a role
  token NAME [--label TEXT]                           a new personal API token, printed once
  list                                                everyone with an account`;

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--role', '--label'].includes(args[i - 1])));
const [command, name, third] = positional;

function usage(): string | null {
  if (!command || !['add', 'password', 'role', 'token', 'list'].includes(command)) return USAGE;
  if (command !== 'list' && !name) return USAGE;
  if (command === 'add' && !option('--role')) return `${USAGE}\n\nadd needs --role admin or --role reviewer`;
  if (command === 'role' && !third) return USAGE;
  return null;
}

/** A message for a value its schema refuses, like the site's own. */
function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${what}: ${r.error.issues.map((i) => i.message).join('; ')}`);
  return r.data;
}

/** The password to set: from stdin, asked for (not echoed) on a terminal, or undefined to generate one. */
async function passwordInput(): Promise<string | undefined> {
  if (flag('--password-stdin')) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return check(Password, text.replace(/\r?\n$/, ''), 'password');
  }
  if (!process.stdin.isTTY) return undefined;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const quiet = rl as unknown as { _writeToOutput(s: string): void };
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      rl.question(q, (a) => resolve(a));
      quiet._writeToOutput = (s: string) => (s.includes(q) ? process.stdout.write(s) : undefined);
    });
  try {
    const first = await ask('Password (at least 10 characters; empty to generate one): ');
    process.stdout.write('\n');
    if (!first) return undefined;
    check(Password, first, 'password');
    const again = await ask('The same again: ');
    process.stdout.write('\n');
    if (again !== first) throw new Error('the two passwords differ');
    return first;
  } finally {
    rl.close();
  }
}

runOnStore('user', { mustExist: false }, usage, async (db, where) => {
  if (command === 'list') {
    const users = await listUsers(db);
    if (!users.length) console.log(`nobody has an account in ${where} yet: npm run user -- add NAME --role admin`);
    for (const u of users) {
      const tokens = (await listTokens(db, u.id)).filter((t) => !t.revokedAt).length;
      console.log(`${u.name}\t${u.role}\tsince ${u.createdAt.slice(0, 10)}\t${tokens} token${tokens === 1 ? '' : 's'}`);
    }
    return 0;
  }
  if (command === 'add') {
    const input = { name: check(UserName, name, 'name'), role: check(AccountRole, option('--role'), 'role') };
    const { user, password } = await addUser(db, { ...input, password: await passwordInput() });
    console.log(`added ${user.name} (${user.role}) in ${where}`);
    if (password) console.log(`password (shown this once): ${password}`);
    return 0;
  }
  if (command === 'password') {
    const { user, password } = await setPassword(db, name, await passwordInput());
    console.log(`new password for ${user.name}; their sessions have ended`);
    if (password) console.log(`password (shown this once): ${password}`);
    return 0;
  }
  if (command === 'role') {
    const user = await setRole(db, name, check(AccountRole, third, 'role'));
    console.log(`${user.name} is now ${user.role}`);
    return 0;
  }
  const user = await findUserByName(db, name);
  if (!user) throw new Error(`no account named "${name}"`);
  const label = check(TokenLabel, option('--label') ?? `command line, ${new Date().toISOString().slice(0, 10)}`, 'label');
  const { token } = await createToken(db, user.id, label);
  console.log(`personal token for ${user.name} ("${label}"), shown this once; send it as Authorization: Bearer <token>:`);
  console.log(token);
  return 0;
});
