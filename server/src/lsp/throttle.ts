// Per-document check scheduling: a burst of edits produces one check, after the document has been
// quiet for the throttle delay. A document whose last check was slow waits longer, so typing in a
// huge CV does not start analyses that the next keystroke would only cancel.

export class DocumentThrottle {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private lastDurationMs = new Map<string, number>();

  /** Runs `check` once `delayMs` (or twice the last check's duration) after the last call for `uri`. */
  schedule(uri: string, delayMs: number, check: () => void): void {
    this.cancel(uri);
    const slowness = 2 * (this.lastDurationMs.get(uri) ?? 0);
    const delay = delayMs === 0 ? 0 : Math.max(delayMs, Math.min(slowness, 5000));
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      check();
    }, delay);
    this.timers.set(uri, timer);
  }

  recordDuration(uri: string, durationMs: number): void {
    this.lastDurationMs.set(uri, durationMs);
  }

  isPending(uri: string): boolean {
    return this.timers.has(uri);
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.lastDurationMs.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
