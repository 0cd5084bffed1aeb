// Measures the quote engine on the labelled set (test/quotes/labelled/<lang>.json), as quotes-spec.md
// measures it: span precision/recall/F1 (exact, and by 80% overlap of the gold span), highlight
// precision, speakers right/wrong/abstained, per language and overall; and speed in ms per 10,000
// characters. `npm run bench:quotes`. The TypeScript is bundled by esbuild into a temporary module.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = `
import { addCounts, emptyCounts, loadLabelled, metrics, runItem } from './test/quotes/evaluate.ts';
import { findQuotes } from './src/core/quotes/find-quotes.ts';
import { textBlocks, blocksToText } from './src/core/text-blocks.ts';
import { JSDOM } from 'jsdom';
export { addCounts, emptyCounts, loadLabelled, metrics, runItem, findQuotes, textBlocks, blocksToText, JSDOM };
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root, sourcefile: 'bench-entry.ts', loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', write: false, external: ['jsdom'], logLevel: 'warning',
});
// Inside node_modules so that the bundle's `import 'jsdom'` resolves to the project's copy.
const tmpDir = path.join(root, 'node_modules', '.cache', 'quotelight-bench');
await mkdir(tmpDir, { recursive: true });
const tmpFile = path.join(tmpDir, `bench-${process.pid}.mjs`);
await writeFile(tmpFile, bundle.outputFiles[0].text);
try {
  const lib = await import(pathToFileURL(tmpFile).href);
  const pct = (x) => x.toFixed(3);
  const report = (label, sets) => {
    const rows = [];
    const total = lib.emptyCounts();
    for (const [lang, items] of sets) {
      const counts = lib.emptyCounts();
      for (const item of items) lib.addCounts(counts, lib.runItem(item).counts);
      lib.addCounts(total, counts);
      rows.push([lang, items.length, counts.gold, lib.metrics(counts)]);
    }
    rows.push(['ALL', [...sets.values()].flat().length, total.gold, lib.metrics(total)]);
    console.log(`\n${label}`);
    console.log('lang  items gold | exact P   R     F1    | overlap P  R     F1    | highlight P | kind acc | speakers right/wrong/abstained');
    for (const [lang, items, gold, m] of rows) {
      const s = m.speakers;
      console.log(
        `${lang.padEnd(5)} ${String(items).padStart(5)} ${String(gold).padStart(4)} | ${pct(m.exact.precision)} ${pct(m.exact.recall)} ${pct(m.exact.f1)} | `
        + `${pct(m.overlap.precision)} ${pct(m.overlap.recall)} ${pct(m.overlap.f1)} | ${pct(m.highlightPrecision).padStart(11)} | ${pct(m.kindAccuracy).padStart(8)} | `
        + `${s.right}/${s.wrong}/${s.abstained} of ${s.total} (${s.total ? ((100 * s.right) / s.total).toFixed(1) : '-'}% right, ${s.total ? ((100 * s.wrong) / s.total).toFixed(1) : '-'}% wrong)`,
      );
    }
  };
  const sets = lib.loadLabelled(path.join(root, 'test/quotes/labelled'));
  report('Labelled set (test/quotes/labelled; the engine was developed against it, so these numbers are optimistic)', sets);
  report('Held-out set (test/quotes/heldout; written after the engine, not tuned on; small)', lib.loadLabelled(path.join(root, 'test/quotes/heldout')));

  // Speed: findQuotes alone, on the labelled items (many small articles) and on one long article.
  const timeIt = (blocksList, repeat) => {
    let chars = 0;
    for (const { blocks } of blocksList) chars += lib.blocksToText(blocks).length;
    for (let k = 0; k < 20; k += 1) for (const { blocks, lang, title } of blocksList) lib.findQuotes(blocks, { title, lang }); // warm up the JIT
    const started = performance.now();
    for (let k = 0; k < repeat; k += 1) for (const { blocks, lang, title } of blocksList) lib.findQuotes(blocks, { title, lang });
    return ((performance.now() - started) / repeat / chars) * 10_000;
  };
  const itemBlocks = [...sets.values()].flat().map((item) => {
    const doc = new lib.JSDOM(`<!DOCTYPE html><html lang="${item.lang}"><body></body></html>`).window.document;
    if (item.html !== undefined) doc.body.innerHTML = item.html;
    else for (const text of (item.text ?? '').split('\n\n')) doc.body.appendChild(Object.assign(doc.createElement('p'), { textContent: text }));
    return { blocks: lib.textBlocks(doc.body), lang: item.lang, title: item.title ?? null };
  });
  const longDoc = new lib.JSDOM('<!DOCTYPE html><body></body>').window.document;
  for (const item of [...sets.get('en') ?? []]) {
    for (const text of (item.text ?? '').split('\n\n')) if (text) longDoc.body.appendChild(Object.assign(longDoc.createElement('p'), { textContent: text }));
  }
  const longBlocks = [{ blocks: lib.textBlocks(longDoc.body), lang: 'en', title: null }];
  console.log(`\nspeed: ${timeIt(itemBlocks, 50).toFixed(3)} ms per 10,000 characters over the ${itemBlocks.length} labelled articles; `
    + `${timeIt(longBlocks, 50).toFixed(3)} ms per 10,000 characters on one ${lib.blocksToText(longBlocks[0].blocks).length}-character article`);
} finally {
  await rm(tmpFile, { force: true });
}
