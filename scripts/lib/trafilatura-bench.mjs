// trafilatura's 990 real pages scored with its own metric, plain Readability beside our pipeline.
// The pages run in worker threads (one per core by default); each page's two runs happen in the same
// worker back to back, so the cost ratio compares like with like.
import { existsSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { bundleSources } from './import-sources.mjs';
import { median, summarise } from './trafilatura-score.mjs';

const ENTRY = `
  export { reportPage } from './src/cli/page-report.ts';
  export { createSanitizer } from './src/core/sanitize.ts';
  export { decodePage } from './src/cli/decode-page.ts';
  export { inertDom } from './src/cli/inert-window.ts';
  export { PageParser } from './src/cli/parse-page.ts';
  export { Readability } from '@mozilla/readability';
  export { JSDOM, VirtualConsole } from 'jsdom';`;

/** DIR may be the folder that holds tests/evaldata.json, its tests/ folder, or the file itself. */
export function findEvalData(location) {
  const candidates = [location, path.join(location, 'evaldata.json'), path.join(location, 'tests', 'evaldata.json')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

async function loadPages(evalFile, only) {
  const dir = path.dirname(evalFile);
  const data = JSON.parse(await readFile(evalFile, 'utf8'));
  const pages = [];
  for (const [url, item] of Object.entries(data)) {
    if (only && !url.includes(only) && !item.file.includes(only)) continue;
    const file = ['eval', 'cache'].map((sub) => path.join(dir, sub, item.file)).find((candidate) => existsSync(candidate));
    if (file === undefined) {
      console.error(`bench-extract: ${item.file} not found, skipped`);
      continue;
    }
    pages.push({ url, file: item.file, path: file, item: { with: item.with, without: item.without } });
  }
  return pages;
}

function runWorkers(pages, bundle, jobs, skipReadability) {
  return new Promise((resolve, reject) => {
    const results = [];
    let next = 0;
    let running = 0;
    const feed = (worker) => {
      if (next < pages.length) {
        worker.postMessage(pages[next++]);
        return;
      }
      worker.postMessage(null);
      running -= 1;
      if (running === 0) resolve(results);
    };
    for (let i = 0; i < Math.min(jobs, pages.length); i++) {
      const worker = new Worker(new URL('./trafilatura-worker.mjs', import.meta.url), { workerData: { bundle, skipReadability } });
      running += 1;
      worker.on('message', (result) => {
        results.push(result);
        if (results.length % 50 === 0 || results.length === pages.length) console.error(`bench-extract: ${results.length}/${pages.length} pages`);
        feed(worker);
      });
      worker.on('error', reject);
      worker.once('online', () => feed(worker));
    }
    if (pages.length === 0) resolve(results);
  });
}

const f3 = (value) => (Number.isFinite(value) ? value.toFixed(3) : '–');

function report(results, evalFile, skipReadability) {
  const readability = summarise(results.map((r) => r.readability));
  const ours = summarise(results.map((r) => r.ours));
  const refused = results.filter((r) => r.ours.outcome === 'refused');
  const errors = results.filter((r) => r.ours.outcome === 'error');
  const readabilityErrors = results.filter((r) => r.readability.error !== null);
  const cost = median(results.map((r) => r.cost));
  console.log(`\ntrafilatura's set, its own metric: ${evalFile} (${results.length} pages)`);
  console.log(`${''.padEnd(20)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'acc'.padStart(6)} ${'F'.padStart(6)}   TP/FN/FP/TN           refused errors`);
  const line = (name, s, refusedCount, errorCount) => console.log(
    `${name.padEnd(20)} ${f3(s.precision).padStart(6)} ${f3(s.recall).padStart(6)} ${f3(s.accuracy).padStart(6)} ${f3(s.f).padStart(6)}   ${`${s.tp}/${s.fn}/${s.fp}/${s.tn}`.padEnd(21)} ${String(refusedCount).padStart(7)} ${String(errorCount).padStart(6)}`);
  if (skipReadability) console.log('plain Readability    skipped (--ours-only)');
  else line('plain Readability', readability, '–', readabilityErrors.length);
  line('Quotelight', ours, refused.length, errors.length);
  console.log(`cost over the floor (median over pages of (total - parse) / Readability's parse()): ${f3(cost)}`);
  for (const r of [...refused, ...errors]) console.log(`  ${r.ours.outcome}: ${r.file} (${r.ours.reason})`);
  return { evalFile, pages: results.length, readability, ours, refused: refused.length, errors: errors.length, readabilityErrors: readabilityErrors.length, cost };
}

/**
 * Runs the bench. Options: jobs (worker threads), only (a substring of the address or file name),
 * detail (a file to write every page's result to: missing and leaked strings, for study outside the repo),
 * skipReadability (only our pipeline: a quicker run while working on it; no cost over the floor).
 */
export async function benchTrafilatura(location, { jobs = Math.max(1, os.availableParallelism?.() ?? 2), only = null, detail = null, skipReadability = false } = {}) {
  const evalFile = findEvalData(location);
  if (evalFile === null) {
    console.error(`bench-extract: no trafilatura evaldata.json at ${location}; trafilatura's set skipped`);
    return null;
  }
  const pages = await loadPages(evalFile, only);
  const bundle = await bundleSources(ENTRY);
  try {
    const results = await runWorkers(pages, bundle, jobs, skipReadability);
    results.sort((a, b) => a.file.localeCompare(b.file));
    if (detail) await writeFile(detail, JSON.stringify(results, null, 1));
    return report(results, evalFile, skipReadability);
  } finally {
    await rm(bundle, { force: true });
  }
}
