import fs from 'node:fs';
import path from 'node:path';
import { parseFxCsv, type FxTable } from '../domain/compare';

let table: FxTable | null = null;

/** The dated rate table in data/fx-monthly.csv (its README there names the source of each rate), read once. */
export function fxTable(dir = path.join(process.cwd(), 'data')): FxTable {
  table ??= parseFxCsv(fs.readFileSync(path.join(dir, 'fx-monthly.csv'), 'utf8'));
  return table;
}
