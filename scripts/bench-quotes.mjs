// The quote engine's benchmark.
//   npm run bench:quotes -- [--polnear DIR] [--german DIR] [--pages DIR] [--dump FILE] [--limit N]
// On real annotated news nobody here wrote (../shared/docs/dev-data.md: PolNeAR's train split, the German
// Wikinews set's train and dev splits; env QUOTELIGHT_POLNEAR / QUOTELIGHT_GERMAN also name them), each
// document goes through the command line's whole pipeline as a saved page and is scored with the
// held-out metric: exact and lenient span P/R/F1, highlight precision, speakers right/wrong/abstained,
// what each attribution rule wins and costs, and ms per 10,000 characters (timings.quotes, median).
// --pages DIR (env QUOTELIGHT_PAGES): real article pages in Spanish, French, Italian, Portuguese and
// Polish labelled by hand (test/quotes/real-pages/), each found under DIR by its origin
// (DIR/<owner>/<name>/<path>), scored per language the same way, beside the naive reader that
// highlights every span in marks. Without the data it says so and skips. Then the project's own labelled sentences (test/quotes/): these
// show the engine does what its authors meant, and are no measure of quality.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importSources, root } from './lib/import-sources.mjs';

const lib = await importSources(`
  export { addCounts, emptyCounts, loadLabelled, metrics, runItem } from './test/quotes/evaluate.ts';
  export { readPolnear, readGerman } from './scripts/bench/dev-quote-sets.ts';
  export { runDevSet } from './scripts/bench/dev-quotes.ts';
  export { readLabelledPages, runLabelledPages } from './scripts/bench/labelled-pages.ts';
  export { createSanitizer } from './src/core/sanitize.ts';
  export { inertDom } from './src/cli/inert-window.ts';`);

const argv = process.argv.slice(2);
const option = (name, env) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : process.env[env];
};
const pct = (x) => x.toFixed(3);

function printDev(label, result, baseline) {
  const m = result.metrics;
  const s = m.speakers;
  const share = (n) => (s.total ? `${(n / s.total).toFixed(3)} (${n})` : '-');
  console.log(`\n${label}: ${result.documents} documents (${result.refused} refused by the pipeline), ${result.counts.gold} gold quotes, ${result.counts.predicted} highlighted`);
  console.log(`  exact   P ${pct(m.exact.precision)}  R ${pct(m.exact.recall)}  F1 ${pct(m.exact.f1)}`);
  console.log(`  lenient P ${pct(m.lenient.precision)}  R ${pct(m.lenient.recall)}  F1 ${pct(m.lenient.f1)}`);
  console.log(`  highlight precision ${pct(m.highlightPrecision)}`);
  if (baseline) console.log(`  baseline, every span in marks highlighted: exact P ${pct(baseline.exact.precision)}  R ${pct(baseline.exact.recall)}  F1 ${pct(baseline.exact.f1)}  highlight precision ${pct(baseline.highlightPrecision)}`);
  console.log(`  speakers (gold is a name, ${s.total}): right ${share(s.right)}  wrong ${share(s.wrong)}  abstained ${share(s.abstained)}`);
  console.log(`  quote stage: ${result.msPer10kMedian.toFixed(2)} ms per 10,000 characters (median over the pages that gave an article, as dev-data.md reads it)`);
  console.log('  per attribution rule (speakers on scored quotes): right / wrong / abstained');
  for (const [rule, row] of [...result.rules].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong)) {
    console.log(`    ${rule.padEnd(10)} ${String(row.right).padStart(5)} ${String(row.wrong).padStart(5)} ${String(row.abstained).padStart(5)}`);
  }
}

// What --dump writes for reading the failures: each page's quotes, misses, extras and speakers not right.
const failures = (result) => result.details.map(({ id, score, quotes }) => ({
  id, quotes, missed: score.missed, extra: score.extra, speakers: score.speakers.filter((s) => s.verdict !== 'right'),
}));

// The command line's own kind of window (src/cli/inert-window.ts): a plain one gathers listeners, and the
// documents they hold, over a long run.
const sanitize = lib.createSanitizer(lib.inertDom().window);
const dump = {};
const limit = Number(option('--limit', 'QUOTELIGHT_LIMIT') ?? Infinity);
for (const [flag, env, label, read] of [
  ['--polnear', 'QUOTELIGHT_POLNEAR', 'English: PolNeAR train (real US political news, 2016)', lib.readPolnear],
  ['--german', 'QUOTELIGHT_GERMAN', 'German: Wikinews quotation set, train + dev', lib.readGerman],
]) {
  const dir = option(flag, env);
  if (!dir || !existsSync(dir)) {
    console.log(`\n${label}: skipped (${dir ? `${dir} does not exist` : `no ${flag} DIR given`}; ../shared/docs/dev-data.md says how to fetch it)`);
    continue;
  }
  const documents = read(dir).slice(0, limit);
  const result = lib.runDevSet(documents, sanitize, (done) => {
    if (done % 50 === 0) process.stderr.write(`  ${label.split(':')[0]}: ${done}/${documents.length}\r`);
  });
  printDev(label, result);
  dump[flag.slice(2)] = failures(result);
}
const pagesDir = option('--pages', 'QUOTELIGHT_PAGES');
const pagesLabel = 'Real pages labelled by hand (test/quotes/real-pages)';
if (!pagesDir || !existsSync(pagesDir)) {
  console.log(`\n${pagesLabel}: skipped (${pagesDir ? `${pagesDir} does not exist` : 'no --pages DIR given'}; test/quotes/real-pages/README.md says how to unpack the pages)`);
} else {
  const languages = lib.runLabelledPages(lib.readLabelledPages(path.join(root, 'test/quotes/real-pages')), pagesDir, sanitize);
  for (const { lang, result, baseline, labelled, missing } of languages) {
    printDev(`${pagesLabel}, ${lang}: ${labelled.spans} spans in marks, ${labelled.quotations} of them quotations`, result, baseline);
    if (missing.length > 0) console.log(`  not found under ${pagesDir}, left out: ${missing.join(', ')}`);
  }
  dump.pages = languages.flatMap(({ result }) => failures(result));
}
const dumpFile = option('--dump', 'QUOTELIGHT_DUMP');
if (dumpFile) await writeFile(dumpFile, JSON.stringify(dump, null, 1));

// The project's own labelled sentences: a regression check, not a quality measure.
const report = (label, sets) => {
  const total = lib.emptyCounts();
  for (const items of sets.values()) for (const item of items) lib.addCounts(total, lib.runItem(item).counts);
  const m = lib.metrics(total);
  console.log(`\n${label}: exact F1 ${pct(m.exact.f1)}, highlight P ${pct(m.highlightPrecision)}, speakers ${m.speakers.right}/${m.speakers.total} right`);
};
report('Project-written labelled sentences (test/quotes/labelled; written to fit the engine: not evidence of quality)', lib.loadLabelled(path.join(root, 'test/quotes/labelled')));
report('Project-written held-back sentences (test/quotes/heldout; small, written by the project)', lib.loadLabelled(path.join(root, 'test/quotes/heldout')));
