// `npm run bench:jobs [-- --pages N --jobs N --rounds N]`: the command line's --jobs speed-up. Runs one batch of
// N saved pages (default 200: Readability's corpus in ../shared, cycled; the project's own fixtures without it)
// through dist/cli/quotelight.mjs with --jobs 1 and with --jobs N (default: the machine's cores), alternating,
// and prints wall-clock times and the speed-up. It builds its own copy of the command line (a build of dist/
// during the run would pull the file away). Other work on the machine slows both runs, so the load average is
// printed beside the numbers. On Linux each run's CPU time is read per thread from /proc: the page threads
// (the N busiest, one per worker) against the rest, mostly V8's garbage collector and compiler threads, which
// use other cores even with --jobs 1 and so bound the speed-up (docs/cli.md). `--node-flags "..."` passes
// flags to node for both runs (e.g. --single-threaded, to see the run without those threads).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const nodeFlagsAt = process.argv.indexOf('--node-flags');
const nodeFlags = nodeFlagsAt > 0 ? process.argv[nodeFlagsAt + 1].split(/\s+/).filter(Boolean) : [];
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

/** CPU seconds of each of `pid`'s threads so far, from /proc (Linux); an empty map elsewhere or once it ended. */
function threadSeconds(pid) {
  const seconds = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, in clock ticks (100 a second on Linux).
      seconds.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    // No /proc, or the process is gone: what was read before stands.
  }
  return seconds;
}

/** One run: its wall-clock seconds, and its CPU seconds on the n page threads and on all the others. */
function timeRun(n) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let lines = 0;
    const child = spawn(process.execPath, [...nodeFlags, cli, 'extract', '--jobs', String(n), '--batch', list], { stdio: ['ignore', 'pipe', 'inherit'] });
    const cpu = new Map();
    const sample = setInterval(() => { for (const [tid, s] of threadSeconds(child.pid)) cpu.set(tid, s); }, 100);
    child.stdout.on('data', (chunk) => { for (const byte of chunk) if (byte === 10) lines += 1; });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      // The process's own thread (its id is the pid) reads the list and writes the results.
      const main = cpu.get(String(child.pid)) ?? 0;
      cpu.delete(String(child.pid));
      const busiest = [...cpu.values()].sort((a, b) => b - a);
      const pageThreads = busiest.slice(0, n).reduce((sum, s) => sum + s, 0);
      const others = busiest.slice(n).reduce((sum, s) => sum + s, 0);
      if (code === 0 && lines === count) resolve({ wall: (performance.now() - started) / 1000, main, pageThreads, others });
      else reject(new Error(`--jobs ${n} exited ${code} after ${lines} of ${count} pages`));
    });
  });
}

const describeCpu = ({ main, pageThreads, others }) => {
  const total = main + pageThreads + others;
  return total > 0
    ? `, CPU ${total.toFixed(1)} s: main ${main.toFixed(1)} s, page threads ${pageThreads.toFixed(1)} s, other threads ${others.toFixed(1)} s (${(100 * others / total).toFixed(0)}%)`
    : '';
};

console.log(`${count} pages (${corpus.length > 0 ? 'Readability corpus' : 'project fixtures'}, ${source.length} distinct), ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}${nodeFlags.length > 0 ? `, node ${nodeFlags.join(' ')}` : ''}`);
const times = { 1: [], [jobs]: [] };
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const n of round % 2 === 0 ? [1, jobs] : [jobs, 1]) {
      const run = await timeRun(n);
      times[n].push(run.wall);
      console.log(`round ${round + 1}: --jobs ${n}: ${run.wall.toFixed(1)} s${describeCpu(run)} (load average ${loadavg()[0].toFixed(1)})`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(build, { recursive: true, force: true });
}
const best = (list) => Math.min(...list);
console.log(`speed-up --jobs ${jobs} over --jobs 1 (best of ${rounds}): ${(best(times[1]) / best(times[jobs])).toFixed(2)}x`);
