import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { createSanitizer } from '../core/sanitize.js';
import { decodePage } from './decode-page.js';
import { inertDom } from './inert-window.js';
import { PageParser } from './parse-page.js';
import { reportPage, type PageReport } from './page-report.js';

/** A page for a worker: its bytes when the main thread read them (standard input), else its path. */
export interface PageJob {
  id: number;
  file: string;
  url: string | null;
  bytes: Uint8Array | null;
}

export type JobResult =
  | { id: number; kind: 'report'; report: PageReport }
  | { id: number; kind: 'unreadable'; reason: string };

/** The worker thread's side: one sanitizer window and one window to parse pages in for its life, one page at a time. */
export function servePages(): void {
  const port = parentPort;
  if (port === null) throw new Error('servePages runs in a worker thread');
  const sanitize = createSanitizer(inertDom().window as unknown as Window);
  const parser = new PageParser();
  port.on('message', (job: PageJob) => {
    void (async (): Promise<JobResult> => {
      let bytes: Uint8Array;
      try {
        bytes = job.bytes ?? (await readFile(job.file));
      } catch (error) {
        return { id: job.id, kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
      }
      return { id: job.id, kind: 'report', report: reportPage(job.file, decodePage(bytes), job.url, { sanitize, parser }) };
    })().then((result) => port.postMessage(result));
  });
  port.postMessage('ready');
}
