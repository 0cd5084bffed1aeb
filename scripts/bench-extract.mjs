// Extraction benchmark: plain Readability against our pipeline, on pages with their true article text.
//   npm run bench:extract -- DIR [DIR…] [--json] [--clutter FILE]
//   npm run bench:extract -- --trafilatura DIR [--jobs N] [--only TEXT] [--detail FILE] [--ours-only]
// --trafilatura DIR (or QUOTELIGHT_TRAFILATURA=DIR): trafilatura's 990 real pages (DIR holds
// tests/evaldata.json, or is that file), scored with trafilatura's own metric (strings that must and must
// not come out; scripts/lib/trafilatura-score.mjs), plus refusals, errors and the cost over the floor.
// Skipped with a message when DIR is absent. --detail FILE writes every page's missing and leaked strings;
// --ours-only skips plain Readability (a quicker run while working on the pipeline).
// DIR/<slug>/source.html (or source.link: a path to the page, relative to the slug folder) with
// DIR/<slug>/article.txt (the true text), or the Readability corpus layout: source.html + expected.html.
// Metric: 4-word shingle precision / recall / F1 (test/ground-truth/shingle-score.ts), per page and
// averaged over pages. Our sources are bundled with esbuild into a temporary module first.
// --clutter FILE: {"<slug>": ["text", …]} taken out of a page's truth before scoring, for a truth that
// holds what the article is not (Readability's own output keeps comments, "Related:" links, sign-up boxes;
// test/ground-truth/readability-corpus-clutter.json lists those of ../shared/corpus/readability, each
// checked by hand). Both extractors are scored against the same reduced truth.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { importSources } from './lib/import-sources.mjs';
import { benchTrafilatura } from './lib/trafilatura-bench.mjs';

// The same address Readability's own test harness gives every page.
const PAGE_URL = 'http://fakehost/test/page.html';

// Our sources, bundled by esbuild into a temporary module (scripts/lib/import-sources.mjs).
const loadPipeline = () => importSources(`
  export { reportPage } from './src/cli/page-report.ts';
  export { createSanitizer } from './src/core/sanitize.ts';
  export { decodePage } from './src/cli/decode-page.ts';
  export { inertDom } from './src/cli/inert-window.ts';
  export { blocksToText, textBlocks } from './src/core/text-blocks.ts';
  export { shingleScore, meanScore } from './test/ground-truth/shingle-score.ts';
  export { Readability } from '@mozilla/readability';
  export { JSDOM } from 'jsdom';`);

/** The pages of one folder, each with its HTML and its true text. */
async function readPages(dir, lib) {
  const pages = [];
  const slugs = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  for (const slug of slugs) {
    const folder = path.join(dir, slug);
    let source = path.join(folder, 'source.html');
    if (!existsSync(source) && existsSync(path.join(folder, 'source.link'))) {
      source = path.resolve(folder, (await readFile(path.join(folder, 'source.link'), 'utf8')).trim());
    }
    if (!existsSync(source)) continue;
    let truth;
    if (existsSync(path.join(folder, 'article.txt'))) truth = await readFile(path.join(folder, 'article.txt'), 'utf8');
    else if (existsSync(path.join(folder, 'expected.html'))) truth = htmlText(await readFile(path.join(folder, 'expected.html'), 'utf8'), lib);
    else continue;
    pages.push({ slug, file: source, html: lib.decodePage(await readFile(source)), truth });
  }
  return pages;
}

/** Text of an HTML fragment with blocks kept apart, so words of two paragraphs never run together. */
function htmlText(html, lib) {
  const dom = new lib.JSDOM(html);
  const text = lib.blocksToText(lib.textBlocks(dom.window.document.body));
  dom.window.close();
  return text;
}

function readabilityText(html, lib) {
  const dom = new lib.JSDOM(html, { url: PAGE_URL });
  try {
    return new lib.Readability(dom.window.document).parse()?.textContent ?? '';
  } catch {
    return '';
  } finally {
    dom.window.close();
  }
}

const pct = (value) => (value * 100).toFixed(1).padStart(5);
const row = (name, a, b) => `${name.padEnd(44).slice(0, 44)} ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)} │ ${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)}`;

/** The truth without the listed clutter; a listed text that is not there is reported, never ignored. */
function withoutClutter(slug, truth, clutter) {
  let text = truth.replace(/\s+/g, ' ');
  for (const item of clutter[slug] ?? []) {
    const needle = item.replace(/\s+/g, ' ').trim();
    if (!text.includes(needle)) console.error(`bench-extract: clutter of ${slug} not in its truth: ${needle.slice(0, 60)}`);
    text = text.replace(needle, ' ');
  }
  return text;
}

async function benchDir(dir, lib, sanitize, json, clutter) {
  const pages = await readPages(dir, lib);
  const results = [];
  for (const page of pages) {
    page.truth = withoutClutter(page.slug, page.truth, clutter);
    const readability = lib.shingleScore(page.truth, readabilityText(page.html, lib));
    const report = lib.reportPage(page.file, page.html, PAGE_URL, { sanitize });
    const ours = lib.shingleScore(page.truth, report.text);
    results.push({ slug: page.slug, readability, ours, found: report.ok });
  }
  const found = results.filter((r) => r.found);
  const overall = {
    readability: lib.meanScore(results.map((r) => r.readability)),
    ours: lib.meanScore(results.map((r) => r.ours)),
    // Where our pipeline reports no article (Readability's readerable check said no), its text is empty.
    foundPages: found.length,
    readabilityWhereFound: lib.meanScore(found.map((r) => r.readability)),
    oursWhereFound: lib.meanScore(found.map((r) => r.ours)),
  };
  if (json) return { dir, pages: results, overall };
  console.log(`\n${dir} (${results.length} pages)`);
  console.log(`${''.padEnd(44)} ${'Readability'.padStart(17)} │ ${'Quotelight'.padStart(17)}`);
  console.log(`${'page'.padEnd(44)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} │ ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}`);
  for (const r of results) console.log(`${row(r.slug, r.readability, r.ours)}${r.found ? '' : '  (no article)'}`);
  console.log(row('OVERALL (mean over pages)', overall.readability, overall.ours));
  if (found.length < results.length) {
    console.log(row(`  on the ${found.length} pages we call articles`, overall.readabilityWhereFound, overall.oursWhereFound));
  }
  return { dir, pages: results, overall };
}

/** Options that take a value, and the arguments left over (the folders). */
function parseOptions(argv, names) {
  const values = {};
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (argv[i].startsWith('--') && names.includes(name)) values[name] = argv[++i];
    else if (!argv[i].startsWith('--')) rest.push(argv[i]);
  }
  return { values, rest };
}

async function main(argv) {
  const json = argv.includes('--json');
  const { values, rest: dirs } = parseOptions(argv, ['clutter', 'trafilatura', 'jobs', 'only', 'detail']);
  const clutterFile = values.clutter;
  if (argv.includes('--clutter') && (clutterFile === undefined || !existsSync(clutterFile))) {
    console.error('bench-extract: --clutter needs a JSON file');
    return 2;
  }
  const clutter = clutterFile ? JSON.parse(await readFile(clutterFile, 'utf8')) : {};
  const trafilatura = values.trafilatura ?? process.env.QUOTELIGHT_TRAFILATURA;
  if (dirs.length === 0 && !trafilatura) {
    console.error('usage: npm run bench:extract -- DIR [DIR…] [--json] [--clutter FILE] | --trafilatura DIR [--jobs N] [--only TEXT] [--detail FILE] [--ours-only]');
    return 2;
  }
  if (trafilatura) {
    const jobs = values.jobs ? Number(values.jobs) : undefined;
    const result = await benchTrafilatura(trafilatura, { ...(jobs ? { jobs } : {}), only: values.only ?? null, detail: values.detail ?? null, skipReadability: argv.includes('--ours-only') });
    if (json && result) console.log(JSON.stringify(result, null, 2));
  }
  if (dirs.length === 0) return 0;
  const lib = await loadPipeline();
  const sanitize = lib.createSanitizer(lib.inertDom().window);
  const all = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      console.error(`bench-extract: ${dir} does not exist, skipped`);
      continue;
    }
    all.push(await benchDir(dir, lib, sanitize, json, clutter));
  }
  if (json) console.log(JSON.stringify(all, null, 2));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
