// Trains the quotation-or-not model (src/core/quotes/quote-model.ts) for English and German on the
// development splits of ../shared/docs/dev-data.md, and writes its weights into the language's lexicon.
//   node scripts/train-quote-model.mjs --polnear DIR --german DIR [--dry-run] [--show-errors] [--export FILE]
// (--export writes English feature rows and labels, per document, as JSON for study with other tools)
// English: PolNeAR's train split; reported by two-fold cross-validation over documents (each half scored
// by a model that never saw it), then trained on the whole split. German: trained on the train split,
// reported on the dev split, which it never sees. A span found by the engine is labelled a quotation
// when it matches a gold quote by the held-out metric (exact, 80% lenient, or a piece of one).
// Logistic regression by batch gradient descent with L2; the threshold is the lowest probability that
// keeps precision on the scored half at the target.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importSources, root } from './lib/import-sources.mjs';

const lib = await importSources(`
  export { readPolnear, readGerman } from './scripts/bench/dev-quote-sets.ts';
  export { normaliseQuote, longestCommonSubstring, lenientMatch } from './scripts/bench/quote-metric.ts';
  export { featureVector, quoteProbability } from './src/core/quotes/quote-model.ts';
  export { findQuotes } from './src/core/quotes/find-quotes.ts';
  export { textBlocks } from './src/core/text-blocks.ts';
  export { LEXICONS } from './src/core/quotes/lexicons.ts';
  export { JSDOM } from 'jsdom';`);

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const dryRun = argv.includes('--dry-run');
const TARGET_PRECISION = { en: 0.963, de: 0.93 };

function isGold(text, gold) {
  const found = lib.normaliseQuote(text);
  if (found === '') return false;
  return gold.some((g) => g === found || g.includes(found)
    || (lib.lenientMatch(g, found.length) && lib.lenientMatch(g, lib.longestCommonSubstring(g, found))));
}

/** Every span the engine finds in a document, with its features and its label. */
function samples(doc, lexicons) {
  const dom = new lib.JSDOM(`<!DOCTYPE html><html lang="${doc.lang}"><body></body></html>`);
  const { document } = dom.window;
  for (const paragraph of doc.paragraphs) document.body.appendChild(Object.assign(document.createElement('p'), { textContent: paragraph }));
  const found = lib.findQuotes(lib.textBlocks(document.body), { title: doc.title, lang: doc.lang, lexicons });
  dom.window.close();
  const gold = doc.gold.map((quote) => lib.normaliseQuote(quote.text));
  return found.filter((quote) => quote.evidence !== null && quote.pattern !== 'group' && quote.pattern !== 'block')
    .map((quote) => ({ x: lib.featureVector(quote.evidence.features, quote.evidence.ruleKind), y: isGold(quote.text, gold) ? 1 : 0, text: quote.text }));
}

function train(rows, names, { iterations = 3000, rate = 0.5, l2 = 1e-3 } = {}) {
  const w = new Float64Array(names.length);
  let bias = 0;
  const xs = rows.map((row) => Float64Array.from(names, (name) => row.x[name] ?? 0));
  for (let it = 0; it < iterations; it += 1) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    xs.forEach((x, i) => {
      let z = bias;
      for (let k = 0; k < x.length; k += 1) z += w[k] * x[k];
      const error = 1 / (1 + Math.exp(-z)) - rows[i].y;
      gradBias += error;
      for (let k = 0; k < x.length; k += 1) grad[k] += error * x[k];
    });
    bias -= (rate * gradBias) / xs.length;
    for (let k = 0; k < w.length; k += 1) w[k] -= rate * (grad[k] / xs.length + l2 * w[k]);
  }
  return { bias, weights: Object.fromEntries(names.map((name, k) => [name, Math.round(w[k] * 1000) / 1000])) };
}

/** Precision and recall of highlighting spans at each threshold, on scored rows. */
function curve(model, rows) {
  const scored = rows.map((row) => ({ p: lib.quoteProbability({ ...model, threshold: 0 }, row.x), y: row.y }));
  const positives = rows.filter((row) => row.y).length;
  return [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9].map((threshold) => {
    const chosen = scored.filter((row) => row.p >= threshold);
    const right = chosen.filter((row) => row.y).length;
    return { threshold, precision: chosen.length ? right / chosen.length : 1, recall: positives ? right / positives : 0 };
  });
}

const precisionRecall = (r) => `P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}`;
const fmt = (rows) => rows.map((r) => `${r.threshold.toFixed(2)}: ${precisionRecall(r)}`).join(' | ');
const pick = (rows, target) => (rows.find((r) => r.precision >= target) ?? rows[rows.length - 1]).threshold;

async function writeModel(lang, model) {
  const file = path.join(root, 'src/core/quotes/lexicon', `${lang}.json`);
  const data = JSON.parse(await readFile(file, 'utf8'));
  data.quoteModel = model;
  if (!dryRun) await writeFile(file, `${JSON.stringify(data, null, 1)}\n`);
}

// Spans are found by the rules alone: the model is trained on what the rules see, never on itself.
const withoutModels = Object.fromEntries(Object.entries(lib.LEXICONS).map(([lang, data]) => {
  const { quoteModel: _dropped, ...rest } = data;
  return [lang, rest];
}));

const polnear = option('--polnear');
if (polnear && existsSync(polnear)) {
  const docs = lib.readPolnear(polnear);
  const perDoc = docs.map((doc) => samples(doc, withoutModels));
  const names = Object.keys(perDoc.flat()[0].x);
  const fold = (parity) => perDoc.filter((_, i) => i % 2 === parity).flat();
  const curves = [0, 1].map((parity) => curve(train(fold(parity), names), fold(1 - parity)));
  console.log(`English, PolNeAR train (${docs.length} documents, ${perDoc.flat().length} spans, ${perDoc.flat().filter((r) => r.y).length} quotations)`);
  curves.forEach((rows, k) => console.log(`  fold ${k + 1} (scored on documents the model did not see): ${fmt(rows)}`));
  const all = perDoc.flat();
  if (option('--export')) await writeFile(option('--export'), JSON.stringify(perDoc.map((rows) => rows.map(({ x, y }) => ({ x, y })))));
  const model = train(all, names);
  const threshold = Math.min(...curves.map((rows) => pick(rows, TARGET_PRECISION.en)));
  if (argv.includes('--show-errors')) showErrors(model, all, threshold);
  console.log(`  threshold ${threshold}; rules alone: ${precisionRecall(ruleBaseline(all))}`);
  await writeModel('en', { ...model, threshold, trainedOn: `PolNeAR data/train, ${docs.length} documents, ${all.length} spans; two-fold cross-validated` });
}

const german = option('--german');
if (german && existsSync(german)) {
  const docs = lib.readGerman(german);
  const trainRows = docs.filter((doc) => doc.id.startsWith('train/')).flatMap((doc) => samples(doc, withoutModels));
  const devRows = docs.filter((doc) => doc.id.startsWith('dev/')).flatMap((doc) => samples(doc, withoutModels));
  const names = Object.keys(trainRows[0].x);
  const model = train(trainRows, names);
  const devCurve = curve(model, devRows);
  const trainCurve = curve(model, trainRows);
  console.log(`German, Wikinews (train ${trainRows.length} spans, dev ${devRows.length} spans, ${devRows.filter((r) => r.y).length} quotations)`);
  console.log(`  on train (seen): ${fmt(trainCurve)}`);
  console.log(`  on dev (unseen): ${fmt(devCurve)}`);
  // The threshold is chosen on the train split; dev only reports.
  const threshold = pick(trainCurve, TARGET_PRECISION.de);
  if (argv.includes('--show-errors')) showErrors(model, trainRows, threshold);
  console.log(`  threshold ${threshold}; rules alone on dev: ${precisionRecall(ruleBaseline(devRows))}`);
  await writeModel('de', { ...model, threshold, trainedOn: `German Wikinews quotation set data/train, ${trainRows.length} spans; dev split held back for reporting` });
}

function ruleBaseline(rows) {
  const chosen = rows.filter((row) => row.x['rule:speech'] || row.x['rule:partial']);
  const right = chosen.filter((row) => row.y).length;
  const positives = rows.filter((row) => row.y).length;
  return { precision: right / chosen.length, recall: right / positives };
}

/** The spans the model gets wrong at its threshold, a sample of each side, to read (stderr). */
function showErrors(model, rows, threshold) {
  const wrong = rows.map((row) => ({ ...row, p: lib.quoteProbability({ ...model, threshold }, row.x) }))
    .filter((row) => (row.p >= threshold) !== (row.y === 1));
  for (const row of wrong.slice(0, 400)) {
    const on = Object.entries(row.x).filter(([, v]) => v).map(([k, v]) => (v === 1 ? k : `${k}=${v.toFixed(2)}`)).join(' ');
    process.stderr.write(`${row.y ? 'MISSED' : 'EXTRA '} ${row.p.toFixed(2)} ${row.text.slice(0, 70)} | ${on}\n`);
  }
}
