import fs from 'node:fs';
import path from 'node:path';

/**
 * The files `npm run ingest` reads, from the paths it was given: a file as named (a symbolic link
 * named on the command line is followed); a directory walked depth first, each directory's
 * entries in name order (by code point). Inside a directory, hidden entries (a name starting with
 * "."; a hidden directory is not entered), symbolic links (never followed, so no walk loops) and
 * anything but a regular file or a directory are skipped, and said so in the summary.
 */
export interface Found {
  files: string[];
  skipped: { path: string; why: string }[];
  /** Paths named that are not there: a usage error, nothing is ingested. */
  missing: string[];
}

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function walk(dir: string, found: Found, seen: Set<string>): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch (e) {
    found.skipped.push({ path: dir, why: `directory not readable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.name.startsWith('.')) found.skipped.push({ path: p, why: e.isDirectory() ? 'hidden directory' : 'hidden file' });
    else if (e.isSymbolicLink()) found.skipped.push({ path: p, why: 'symbolic link' });
    else if (e.isDirectory()) walk(p, found, seen);
    else if (e.isFile()) add(p, found, seen);
    else found.skipped.push({ path: p, why: 'not a regular file' });
  }
}

function add(file: string, found: Found, seen: Set<string>): void {
  const key = path.resolve(file);
  if (seen.has(key)) found.skipped.push({ path: file, why: 'named twice' });
  else {
    seen.add(key);
    found.files.push(file);
  }
}

export function findFiles(paths: string[]): Found {
  const found: Found = { files: [], skipped: [], missing: [] };
  const seen = new Set<string>();
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      found.missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p, found, seen);
    else if (st.isFile()) add(p, found, seen);
    else found.skipped.push({ path: p, why: 'not a regular file' });
  }
  return found;
}
