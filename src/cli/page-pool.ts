import { Worker } from 'node:worker_threads';
import { emptyReport } from './page-report.js';
import type { JobResult, PageJob } from './page-worker.js';

export interface PoolOptions {
  /** Workers at most; started when there is work for them. */
  size: number;
  timeoutMs: number;
  memoryMb: number;
  /** The script each worker runs (the command line's own bundle, which serves pages in a worker). */
  script: URL;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job: { id: number; file: string; url: string | null; done: (result: JobResult) => void; timer?: NodeJS.Timeout } | null;
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/**
 * Pages processed in worker threads, a few at a time. A page that takes longer than the time limit has its
 * worker stopped, and one that crashes its worker (an exception outside the pipeline's own guard, running out
 * of its heap) loses it: either way the page is reported `"ok": false` with the reason, a fresh worker takes
 * the slot, and the other pages go on.
 */
export class PagePool {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly waiting: { job: PageJob; done: (result: JobResult) => void }[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  run(job: PageJob): Promise<JobResult> {
    return new Promise((done) => {
      this.waiting.push({ job, done });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private next(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const slot = this.idle.pop() ?? (this.slots.length < this.options.size ? this.start() : null);
      if (slot === null) return;
      const { job, done } = this.waiting.shift()!;
      this.give(slot, job, done);
    }
  }

  private start(): Slot {
    const worker = new Worker(this.options.script, {
      workerData: { quotelightPageWorker: true },
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      stdout: false,
      stderr: false,
    });
    let ready = (): void => {};
    const slot: Slot = { worker, ready: new Promise((resolve) => { ready = resolve; }), job: null };
    worker.on('message', (message: JobResult | 'ready') => {
      if (message === 'ready') ready();
      else if (slot.job?.id === message.id) this.finish(slot, message);
    });
    worker.on('error', (error) => this.lose(slot, `The page stopped the worker processing it (${error.message}).`));
    worker.on('exit', (code) => this.lose(slot, `The worker processing the page exited (code ${code}).`));
    // A worker waiting for pages must not keep the process alive on its own.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private give(slot: Slot, job: PageJob, done: (result: JobResult) => void): void {
    const current: NonNullable<Slot['job']> = { id: job.id, file: job.file, url: job.url, done };
    slot.job = current;
    slot.worker.ref();
    void slot.ready.then(() => {
      if (slot.job !== current) return;
      // The time limit counts from the page's start, not the worker's: a new worker loads jsdom first.
      current.timer = setTimeout(() => {
        this.lose(slot, `The page took longer than ${seconds(this.options.timeoutMs)} to process, and was stopped.`);
        void slot.worker.terminate();
      }, this.options.timeoutMs);
      slot.worker.postMessage(job);
    });
  }

  private finish(slot: Slot, result: JobResult): void {
    const job = slot.job!;
    clearTimeout(job.timer);
    slot.job = null;
    slot.worker.unref();
    this.idle.push(slot);
    job.done(result);
    this.next();
  }

  /** The slot's worker is gone or going: its page fails with `reason`, a new worker is started if work waits. */
  private lose(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const idleAt = this.idle.indexOf(slot);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    const job = slot.job;
    slot.job = null;
    if (job !== null) {
      clearTimeout(job.timer);
      job.done({ id: job.id, kind: 'report', report: emptyReport(job.file, job.url, reason) });
    }
    this.next();
  }
}
