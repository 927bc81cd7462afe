import type { Speaker } from '../../domain/schemas';
import type { Token } from '../types';
import { isCapitalised } from '../nouns';
import { ROLE_HEADS, TITLES } from './lexicon';
import { subjectBefore } from './clauses';
import { parseSpeaker } from './speaker';

/** People named in full somewhere in the article, by surname, so "Mr Kirby" finds "John Kirby". */
export class PersonRegistry {
  private bySurname = new Map<string, Speaker>();

  has(surname: string): boolean {
    return this.bySurname.has(surname.toLowerCase());
  }

  get(surname: string): Speaker | null {
    return this.bySurname.get(surname.toLowerCase()) ?? null;
  }

  /** Keeps the richest description seen: later mentions often add the organisation. */
  add(s: Speaker): void {
    if (s.name === null) return;
    const parts = s.name.split(/\s+/);
    if (parts.length < 2) return;
    const key = parts[parts.length - 1].toLowerCase();
    const old = this.bySurname.get(key);
    const score = (x: Speaker) => (x.role?.length ?? 0) + (x.organisation?.length ?? 0);
    if (old === undefined || score(s) > score(old)) this.bySurname.set(key, { ...s });
  }

  /** Fills a short mention ("Mr Kirby", "Zelenskyy") from the full one. */
  resolve(s: Speaker): Speaker {
    if (s.name === null) return s;
    const parts = s.name.split(/\s+/);
    const full = this.get(parts[parts.length - 1]);
    if (full === null) return s;
    if (parts.length >= 2 && full.name !== s.name) return { ...s, role: s.role ?? full.role, organisation: s.organisation ?? full.organisation };
    return { name: full.name, role: s.role ?? full.role, organisation: s.organisation ?? full.organisation };
  }

  /**
   * Registers every "role/title + First Last" in the tokens of one sentence [from, to):
   * "National Security Council spokesman John Kirby", "President Volodymyr Zelenskyy".
   */
  scan(t: Token[], from: number, to: number): void {
    for (let k = from + 1; k < to; k++) {
      const lead = t[k - 1].lower;
      if (!isCapitalised(t[k].raw) || t[k].kind !== 'word' || !(ROLE_HEADS.has(lead) || TITLES.has(lead))) continue;
      let e = k;
      while (e + 1 < to && t[e + 1].kind === 'word' && isCapitalised(t[e + 1].raw)) e++;
      if (e === k) continue;
      const ref = parseSpeaker(subjectBefore(t, e + 1, from), (x) => this.has(x));
      if (ref?.type === 'speaker') this.add(ref.speaker);
      k = e;
    }
  }
}
