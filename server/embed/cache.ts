/**
 * A bounded least-recently-used map: a Map kept in use order (oldest first), bounded both by the
 * number of entries and by the bytes they hold, so a crawler walking every width of every PNG can
 * evict old entries but never grow the process.
 */
export class Lru<V> {
  private readonly map = new Map<string, { value: V; size: number }>();
  private used = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get bytes(): number {
    return this.used;
  }

  /** The value, now the most recently used. */
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    this.map.delete(key);
    this.map.set(key, e);
    return e.value;
  }

  /** The value without touching its place in the order (tests, sizes). */
  peek(key: string): V | undefined {
    return this.map.get(key)?.value;
  }

  set(key: string, value: V, size = 0): void {
    this.delete(key);
    this.map.set(key, { value, size });
    this.used += size;
    while (this.map.size > this.maxEntries || (this.used > this.maxBytes && this.map.size > 1)) {
      this.delete(this.map.keys().next().value as string);
    }
  }

  /** A new size for a key still holding this value (a promise whose bytes are now known). */
  resize(key: string, value: V, size: number): void {
    const e = this.map.get(key);
    if (e && e.value === value) this.set(key, value, size);
  }

  delete(key: string): void {
    const e = this.map.get(key);
    if (!e) return;
    this.used -= e.size;
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
    this.used = 0;
  }
}
