/**
 * Progress on stderr for work that takes a while: a step is announced only once the run has lasted
 * more than a second, so quick runs stay quiet; and only when stderr is a terminal, so a piped or logged stderr
 * holds the command's own lines alone (a refusal is one line).
 */
export class Progress {
  private readonly started = Date.now();
  private shown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly enabled: boolean;

  constructor(enabled: boolean, terminal: boolean = process.stderr.isTTY === true) {
    this.enabled = enabled && terminal;
  }

  /** Starts a step: printed now if the run is already slow, else after one second if still running. */
  step(text: string): void {
    this.clear();
    if (!this.enabled) return;
    if (this.shown || Date.now() - this.started > 1000) {
      this.print(text);
      return;
    }
    this.timer = setTimeout(() => this.print(text), 1000);
    this.timer.unref();
  }

  /** Ends the progress output. */
  done(): void {
    this.clear();
  }

  private print(text: string): void {
    this.shown = true;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    process.stderr.write(`[${seconds}s] ${text}\n`);
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
