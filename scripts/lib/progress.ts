/**
 * Progress of a long run on stderr: a bar redrawn in place when stderr is a terminal
 * ("[#####-----] 1,234/5,000 stored 1,100 · duplicate 30 · refused 4 · 48/s"), and when it is
 * not (a log, a pipe), one such line every LINE_EVERY files or LINE_SECONDS seconds instead.
 */
const WIDTH = 20;
const REDRAW_MS = 100;
const LINE_EVERY = 250;
const LINE_SECONDS = 10;

export interface Counts {
  stored: number;
  duplicate: number;
  refused: number;
}

const n = (x: number) => x.toLocaleString('en-GB');

export class Progress {
  private readonly t0 = performance.now();
  private drawnAt = 0;
  private lineAt = performance.now();
  private lineDone = 0;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly tty = Boolean(process.stderr.isTTY),
    private readonly out: (s: string) => void = (s) => process.stderr.write(s),
  ) {}

  line(done: number, c: Counts): string {
    const filled = this.total ? Math.round((done / this.total) * WIDTH) : WIDTH;
    const secs = (performance.now() - this.t0) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${n(done)}/${n(this.total)} stored ${n(c.stored)} · duplicate ${n(c.duplicate)} · refused ${n(c.refused)} · ${n(rate)}/s`;
  }

  /** After each file: redraw (a terminal) or, now and then, print a line (anything else). */
  update(done: number, c: Counts): void {
    const now = performance.now();
    if (this.tty) {
      if (done < this.total && now - this.drawnAt < REDRAW_MS) return;
      this.drawnAt = now;
      this.out(`\r${this.line(done, c)}\x1b[K`);
      this.shown = true;
      return;
    }
    if (done - this.lineDone >= LINE_EVERY || now - this.lineAt >= LINE_SECONDS * 1000) {
      this.lineAt = now;
      this.lineDone = done;
      this.out(`${this.line(done, c)}\n`);
    }
  }

  /** Take the bar off the line, so that other output starts on a clean one (it comes back on the next update). */
  clear(): void {
    if (!this.shown) return;
    this.out('\r\x1b[K');
    this.shown = false;
    this.drawnAt = 0;
  }
}
