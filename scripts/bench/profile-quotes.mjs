// The quote stage alone, over the development texts, for a CPU profile or a quick timing:
//   node --cpu-prof --cpu-prof-dir=/tmp/ql-prof scripts/bench/profile-quotes.mjs --polnear DIR [--german DIR] [--rounds N] [--limit N]
//   node scripts/bench/profile-quotes.mjs --top /tmp/ql-prof/<file>.cpuprofile [ROWS]
// Each document goes through the command line's pipeline up to the cleaned article once (jsdom,
// Readability, DOMPurify, cleaning: not profiled); then the quote stage (`quoteStage`, what
// `timings.quotes` measures) runs on a fresh copy of each article, `--rounds` times. Prints the median
// ms per 10,000 characters of the last round, as the benchmark reads it (bench:quotes stays the measure).
// --digest also prints one hash of every article's quotations and marked HTML: a change meant to make the
// stage faster must leave it as it was.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importSources } from '../lib/import-sources.mjs';

const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
if (argv[0] === '--top') {
  // Self time per function, counting only the samples taken inside the quote stage (under `quoteStage`),
  // and what the stage's own callees take with everything they call (inclusive).
  const profile = JSON.parse(readFileSync(argv[1], 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  const keyOf = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'} ${path.basename(url)}:${lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const chain = [];
    for (let node = id; node !== undefined; node = parent.get(node)) chain.push(byId.get(node).callFrame);
    if (!chain.some((frame) => frame.functionName === 'quoteStage')) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    self.set(keyOf(chain[0]), (self.get(keyOf(chain[0])) ?? 0) + ms);
    for (const key of new Set(chain.map(keyOf))) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
  });
  const rows = Number(argv[2] ?? 30);
  const print = (label, map) => {
    console.log(`${label} (quote stage: ${total.toFixed(0)} ms sampled)`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
      console.log(`${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
    }
  };
  print('self', self);
  print('inclusive', inclusive);
} else {
  const lib = await importSources(`
    export { readPolnear, readGerman, documentPage } from './scripts/bench/dev-quote-sets.ts';
    export { PageParser } from './src/cli/parse-page.ts';
    export { extractArticle } from './src/extract/extract-article.ts';
    export { cleanArticle, cleanLabelled } from './src/core/clean/clean-article.ts';
    export { phrasesFor } from './src/core/clean/phrases.ts';
    export { quoteStage, DEFAULT_PROCESS_OPTIONS } from './src/core/process-article.ts';
    export { createSanitizer } from './src/core/sanitize.ts';
    export { JSDOM } from 'jsdom';`);
  const sanitize = lib.createSanitizer(new lib.JSDOM('').window);
  const limit = Number(option('--limit') ?? Infinity);
  const rounds = Number(option('--rounds') ?? 3);
  const documents = [];
  if (option('--polnear')) documents.push(...lib.readPolnear(option('--polnear')).slice(0, limit));
  if (option('--german')) documents.push(...lib.readGerman(option('--german')).slice(0, limit));
  const articles = [];
  const parser = new lib.PageParser();
  for (const doc of documents) {
    const result = lib.extractArticle(parser.parse(lib.documentPage(doc), null), { url: null, consume: true, complete: true });
    if (result.status !== 'article') continue;
    const { article } = result;
    const body = sanitize(article.contentHtml, { images: true, beforeSanitize: lib.cleanLabelled });
    lib.cleanArticle(body, { title: article.title, byline: article.byline, excerpt: article.excerpt }, lib.phrasesFor(article.lang));
    articles.push({ article, body });
  }
  const digest = createHash('sha256');
  const holder = new lib.JSDOM('').window.document.createElement('div');
  let perTenK = [];
  for (let round = 0; round < rounds; round += 1) {
    perTenK = [];
    for (const { article, body } of articles) {
      const copy = body.cloneNode(true);
      const started = performance.now();
      const { text, quotes } = lib.quoteStage(copy, article, lib.DEFAULT_PROCESS_OPTIONS);
      const ms = performance.now() - started;
      if (text.length > 0) perTenK.push((ms / text.length) * 10_000);
      if (round === 0 && argv.includes('--digest')) {
        holder.replaceChildren(copy);
        digest.update(JSON.stringify(quotes)).update(holder.innerHTML);
      }
    }
  }
  perTenK.sort((a, b) => a - b);
  console.log(`${articles.length} articles × ${rounds} rounds; last round: median ${perTenK[perTenK.length >> 1]?.toFixed(2)} ms per 10,000 characters`);
  if (argv.includes('--digest')) console.log(`digest of every article's quotations and marked HTML: ${digest.digest('hex').slice(0, 16)}`);
}
