// `npm run bench:jobs [-- --pages N --jobs N --rounds N]`: the command line's --jobs speed-up. Runs one batch of
// N saved pages (default 200: Readability's corpus in ../shared, cycled; the project's own fixtures without it)
// through dist/cli/quotelight.mjs with --jobs 1 and with --jobs N (default: the machine's cores), alternating,
// and prints wall-clock times and the speed-up. It builds its own copy of the command line (a build of dist/
// during the run would pull the file away). Other work on the machine slows both runs, so the load average is
// printed beside the numbers.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const count = option('--pages', 200);
const jobs = option('--jobs', availableParallelism());
const rounds = option('--rounds', 1);
// Inside node_modules, so that the bundle finds jsdom.
const build = path.join(root, 'node_modules/.cache/quotelight-bench-jobs');
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--out', build], { stdio: 'ignore' });
const cli = path.join(build, 'cli/quotelight.mjs');

const pagesIn = (dir) => (existsSync(dir)
  ? readdirSync(dir).map((slug) => path.join(dir, slug, 'source.html')).filter((file) => existsSync(file)).sort()
  : []);
const corpus = pagesIn(path.join(root, '../shared/corpus/readability'));
const source = corpus.length > 0 ? corpus : [...pagesIn(path.join(root, 'test/fixtures')), ...pagesIn(path.join(root, 'test/ground-truth'))];
const pages = Array.from({ length: count }, (_, index) => source[index % source.length]);
const scratch = mkdtempSync(path.join(tmpdir(), 'quotelight-bench-jobs-'));
const list = path.join(scratch, 'pages.jsonl');
writeFileSync(list, pages.map((file) => JSON.stringify({ file })).join('\n'));

function timeRun(n) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let lines = 0;
    const child = spawn(process.execPath, [cli, 'extract', '--jobs', String(n), '--batch', list], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => { for (const byte of chunk) if (byte === 10) lines += 1; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && lines === count
      ? resolve((performance.now() - started) / 1000)
      : reject(new Error(`--jobs ${n} exited ${code} after ${lines} of ${count} pages`))));
  });
}

console.log(`${count} pages (${corpus.length > 0 ? 'Readability corpus' : 'project fixtures'}, ${source.length} distinct), ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);
const times = { 1: [], [jobs]: [] };
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const n of round % 2 === 0 ? [1, jobs] : [jobs, 1]) {
      const seconds = await timeRun(n);
      times[n].push(seconds);
      console.log(`round ${round + 1}: --jobs ${n}: ${seconds.toFixed(1)} s (load average ${loadavg()[0].toFixed(1)})`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(build, { recursive: true, force: true });
}
const best = (list) => Math.min(...list);
console.log(`speed-up --jobs ${jobs} over --jobs 1 (best of ${rounds}): ${(best(times[1]) / best(times[jobs])).toFixed(2)}x`);
