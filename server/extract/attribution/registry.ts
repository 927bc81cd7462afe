import type { Speaker } from '../../domain/schemas';
import type { Token } from '../types';
import { isCapitalised } from '../text/nouns';
import { OPENERS, ORG_WORDS, ROLE_HEADS, TITLES } from './lexicon';
import { DEMONYMS, isPlace } from './places';
import { WEEKDAYS, monthOf } from '../text/calendar';
import { subjectBefore } from './phrases';
import { parseSpeaker } from './speaker';
import { descriptionBefore } from './asides';

/** Capitalised words that open sentences or name things, never a first name. */
const NOT_NAMES = new Set([
  ...OPENERS, 'new', 'north', 'south', 'east', 'west', 'western', 'eastern', 'northern', 'southern', 'central', 'black',
  'red', 'air', 'sea', 'white', 'great', 'united', 'saint', 'st',
]);

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
    for (let k = from; k < to; k++) {
      const lead = t[k - 1]?.lower ?? '';
      if (!isCapitalised(t[k].raw) || t[k].kind !== 'word') continue;
      if (k === from || !(ROLE_HEADS.has(lead) || TITLES.has(lead))) {
        const startsRun = k === from || t[k - 1].kind !== 'word' || !isCapitalised(t[k - 1].raw);
        if (startsRun) k = this.bareName(t, k, from, to);
        continue;
      }
      let e = k;
      while (e + 1 < to && t[e + 1].kind === 'word' && isCapitalised(t[e + 1].raw)) e++;
      if (e === k) continue;
      const ref = parseSpeaker(subjectBefore(t, e + 1, from), (x) => this.has(x));
      if (ref?.type === 'speaker') this.add(ref.speaker);
      k = e;
    }
  }

  /**
   * "Yuriy Ihnat spoke to reporters": two or three capitalised words that are plainly a name
   * (no place, body, title or calendar word, no possessive, not after "the") register the
   * surname, so a later "Ihnat said" is the same person. Returns the last token used.
   */
  private bareName(t: Token[], k: number, from: number, to: number): number {
    let e = k;
    while (e + 1 < to && t[e + 1].kind === 'word' && isCapitalised(t[e + 1].raw) && !t[e + 1].broken) e++;
    const run = t.slice(k, e + 1);
    const plain = (x: Token) => /^\p{Lu}\p{Ll}+$/u.test(x.raw) && !NOT_NAMES.has(x.lower) && !ORG_WORDS.has(x.lower) && !TITLES.has(x.lower) && !isPlace(x.raw) && !(x.lower in DEMONYMS) && monthOf(x.raw) === null && !(x.lower in WEEKDAYS);
    if (run.length < 2 || run.length > 3 || t[k - 1]?.lower === 'the' || !run.every(plain)) return k;
    // "Ukraine's foreign minister, Dmytro Kuleba, spoke": the description set off before the name.
    const described = t[e + 1]?.raw === ',' ? descriptionBefore(t, run, k, from) : [];
    const ref = described.length > 0 ? parseSpeaker(described, (x) => this.has(x)) : null;
    const about = ref?.type === 'speaker' && ref.speaker.name === null ? ref.speaker : ref?.type === 'anaphor' ? { role: ref.phrase, organisation: null } : null;
    this.add({ name: run.map((x) => x.raw).join(' '), role: about?.role ?? null, organisation: about?.organisation ?? null });
    return e;
  }
}
