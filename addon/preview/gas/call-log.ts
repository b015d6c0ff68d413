// Counts every Apps Script service call the bundle makes, keyed "Class.method", so tests can hold the add-on to its batching budget.

export class CallLog {
  private counts = new Map<string, number>();
  private order: string[] = [];

  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    // The sequence is kept for assertions on order; bounded so a long preview session cannot grow without limit.
    if (this.order.length < 1_000_000) this.order.push(key);
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Calls in the order they were made since the last reset. */
  sequence(): string[] {
    return [...this.order];
  }

  reset(): void {
    this.counts.clear();
    this.order = [];
  }
}
