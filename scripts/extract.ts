/**
 * `npm run --silent extract`: reads one JSON array of strings on stdin and prints one JSON array
 * of the same length, item i holding the figures found in string i. Bad input: a message on
 * stderr, exit code 2, nothing on stdout (so a caller can never mistake an error for output).
 */
import { z } from 'zod';
import { extractFigures, type Figure } from '../server/extract';

const Input = z.array(z.string());

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

/** The public shape: the eleven contract keys first, in order, then the extra detail. */
function publicFigure(f: Figure) {
  const { text, start, end, value, low, high, lowInclusive, highInclusive, qualifier, unit, currency, ...extra } = f;
  return { text, start, end, value, low, high, lowInclusive, highInclusive, qualifier, unit, currency, ...extra };
}

async function main() {
  const raw = await readStdin();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    fail(`stdin is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = Input.safeParse(json);
  if (!parsed.success) fail(`expected a JSON array of strings: ${z.prettifyError(parsed.error)}`);
  const out = parsed.data.map((text) => extractFigures(text).map(publicFigure));
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
