// One worker of the trafilatura bench: reads its pages and runs plain Readability and our pipeline on each.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { scoreStrings } from './trafilatura-score.mjs';

const lib = await import(pathToFileURL(workerData.bundle).href);
// The sanitizer's window, and one window the pages are parsed in for the worker's life, as the command
// line's worker makes them (cli/page-worker.ts): a new window per page cost the work after the parse ~1%
// more on the median page (paired on 99 pages), which the command line never pays.
const sanitize = lib.createSanitizer(lib.inertDom().window);
const parser = new lib.PageParser();

/** Plain Readability: the textContent of `new Readability(doc).parse()`, and the time parse() took. */
function plainReadability(html, url) {
  let dom;
  try {
    dom = new lib.JSDOM(html, { url, virtualConsole: new lib.VirtualConsole() });
    const started = performance.now();
    const parsed = new lib.Readability(dom.window.document).parse();
    return { text: parsed?.textContent ?? '', ms: performance.now() - started, error: null };
  } catch (error) {
    return { text: '', ms: NaN, error: String(error?.message ?? error).slice(0, 200) };
  } finally {
    dom?.window.close();
  }
}

/** Refused: the pipeline said "no article" (or "not loaded"); an error: it failed while reading. */
const refusal = (report) => {
  if (report.ok) return null;
  return /could not be/.test(report.error ?? '') ? 'error' : 'refused';
};

parentPort.on('message', async (page) => {
  if (page === null) {
    process.exit(0);
  }
  const html = lib.decodePage(await readFile(page.path));
  const plain = workerData.skipReadability ? { text: '', ms: NaN, error: null } : plainReadability(html, page.url);
  const report = lib.reportPage(page.path, html, page.url, { sanitize, parser });
  const t = report.timings;
  parentPort.postMessage({
    url: page.url,
    file: page.file,
    readability: { ...scoreStrings(plain.text, page.item), error: plain.error, ms: plain.ms },
    ours: { ...scoreStrings(report.ok ? report.text : '', page.item), outcome: refusal(report), reason: report.error },
    cost: report.ok && plain.ms > 0 ? (t.total - t.parse) / plain.ms : NaN,
  });
});
