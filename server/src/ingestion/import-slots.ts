/**
 * A limit on the imports one process runs at once. Each holds one pool
 * connection for its whole upload and briefly needs a second (job record,
 * rejected rows): unbounded, enough uploads would take every connection and
 * wait on each other. Uploads beyond the limit wait (unread) for a slot.
 */
export class ImportSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {}

  async acquire(): Promise<() => void> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next(); // the slot passes on directly
      else this.running--;
    };
  }
}
