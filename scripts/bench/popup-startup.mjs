// What the popup's code costs a reader at start, in real Chromium and Firefox:
//   npm run build && node scripts/bench/popup-startup.mjs [--popups N] [--compare DIR] [--pages a,b]
// Opens the built extension's popup (dist/extension) on fixture pages, N times per page and browser, and
// reads in the popup, from marks added to the browser's copy of the extension (never to the build):
//   code:    from just before DOMPurify runs to the end of popup.js's first run: loading, parsing,
//            compiling and starting the popup's scripts, which is what their size can cost a reader
//            (the page is asked for its article only once they have run);
//   painted: from the popup document's start to the frame that shows the article.
// --compare DIR times a second build (another dist/extension) the same way, the popups alternating
// between the two, so both see the same moments of a shared machine. Medians; each browser's very first
// popup is shown apart (it compiles everything; later popups may reuse the browser's compile caches).
// `npm run bench` calls measurePopupStartup for its budget on the code's start.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSources, root } from '../lib/import-sources.mjs';

const START = 'quotelight:scripts-start';
const RUN = 'quotelight:scripts-run';
const PAINTED = 'quotelight:article-painted';
export const STARTUP_PAGES = ['en-politics-quotes', 'de-nachrichten-zitate'];

/** The browser's copy gets a mark before DOMPurify runs and one after popup.js's first run. */
async function addMarks(copy) {
  await writeFile(path.join(copy, 'ql-bench-start.js'), `performance.mark(${JSON.stringify(START)});\n`);
  const html = path.join(copy, 'popup.html');
  const page = await readFile(html, 'utf8');
  const marked = page.replace('<script src="vendor/purify.min.js" defer></script>',
    '<script src="ql-bench-start.js" defer></script><script src="vendor/purify.min.js" defer></script>');
  if (marked === page) throw new Error('popup.html no longer loads vendor/purify.min.js first: scripts/bench/popup-startup.mjs needs its marks moved');
  await writeFile(html, marked);
  const script = path.join(copy, 'popup.js');
  await writeFile(script, `${await readFile(script, 'utf8')}\n;performance.mark(${JSON.stringify(RUN)});\n`);
}

const READ_MARKS = `(doc) => {
  const perf = doc.defaultView.performance;
  const at = (name) => perf.getEntriesByName(name)[0]?.startTime ?? null;
  return { start: at(${JSON.stringify(START)}), run: at(${JSON.stringify(RUN)}), painted: at(${JSON.stringify(PAINTED)}) };
}`;

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Per browser, build and page: the code's start and the painted article (ms, medians of the popups after
 * the browser's first), and the browser's first popup apart. `builds` are [label, extension folder].
 */
export async function measurePopupStartup({ builds, pages = STARTUP_PAGES, popups = 12, browsers = ['chromium', 'firefox'] }) {
  const lib = await importSources(`
    export { launchBrowser } from './test/e2e/harness/launch.ts';
    export { startFixtureServer } from './test/e2e/harness/server.ts';`);
  const server = await lib.startFixtureServer(path.join(root, 'test/fixtures'));
  const rows = [];
  try {
    for (const name of browsers) {
      const open = [];
      try {
        for (const [label, dir] of builds) open.push({ label, browser: await lib.launchBrowser(name, dir, {}, addMarks), samples: [] });
        for (const page of pages) {
          for (let i = 0; i < popups; i += 1) {
            for (const entry of i % 2 === 0 ? open : [...open].reverse()) {
              const view = await entry.browser.openPopupFor(server.url(`/${page}/source.html`));
              let marks = null;
              for (let tries = 0; tries < 50 && (marks === null || marks.painted === null); tries += 1) {
                marks = await view.evaluate(READ_MARKS);
                if (marks.painted === null) await new Promise((resolve) => setTimeout(resolve, 100));
              }
              if (marks?.start == null || marks.run == null || marks.painted == null) throw new Error(`${name}, ${entry.label}, ${page}: the popup's marks are missing (${JSON.stringify(marks)})`);
              entry.samples.push({ page, code: marks.run - marks.start, painted: marks.painted });
            }
          }
        }
      } finally {
        for (const { browser } of open) await browser.close();
      }
      for (const { label, samples } of open) {
        const [first, ...rest] = samples;
        for (const page of pages) {
          const list = rest.filter((sample) => sample.page === page);
          rows.push({ browser: name, build: label, page, code: median(list.map((s) => s.code)), painted: median(list.map((s) => s.painted)), popups: list.length });
        }
        rows.push({ browser: name, build: label, page: `first popup (${first.page})`, code: first.code, painted: first.painted, popups: 1 });
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : fallback;
  };
  const builds = [['as built', path.join(root, 'dist/extension')]];
  if (option('--compare')) builds.push(['compared', path.resolve(option('--compare'))]);
  const rows = await measurePopupStartup({
    builds, popups: Number(option('--popups', '12')), pages: option('--pages', STARTUP_PAGES.join(',')).split(','),
  });
  console.log('| browser | build | page | code at start (ms) | document start → painted article (ms) | popups |');
  console.log('|---|---|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.browser} | ${r.build} | ${r.page} | ${r.code.toFixed(1)} | ${r.painted.toFixed(0)} | ${r.popups} |`);
}
