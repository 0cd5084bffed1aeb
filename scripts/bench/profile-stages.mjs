// Runs the extension's stages over the corpus for a CPU profile, and prints where the time goes:
//   node --cpu-prof --cpu-prof-dir=/tmp/ql-prof scripts/bench/profile-stages.mjs [PAGES] [ROUNDS]
//   node scripts/bench/profile-stages.mjs --top /tmp/ql-prof/<file>.cpuprofile [--inclusive] [ROWS]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importSources, root } from '../lib/import-sources.mjs';

const args = process.argv.slice(2);
if (args[0] === '--top') {
  // Time per function, summed over the profile's samples: self time, or with --inclusive the time
  // spent in the function and everything it called.
  const profile = JSON.parse(readFileSync(args[1], 'utf8'));
  const inclusive = args.includes('--inclusive');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  const keyOf = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'} ${path.basename(url)}:${lineNumber + 1}`;
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const keys = new Set();
    for (let node = id; node !== undefined; node = inclusive ? parent.get(node) : undefined) keys.add(keyOf(byId.get(node).callFrame));
    for (const key of keys) self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(args.find((arg) => /^\d+$/.test(arg)) ?? 40))) {
    console.log(`${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
} else {
  const corpus = path.resolve(root, '../shared/corpus/readability');
  const limit = Number(args[0] ?? 40);
  const rounds = Number(args[1] ?? 1);
  const files = existsSync(corpus) ? readdirSync(corpus).slice(0, limit).map((slug) => path.join(corpus, slug, 'source.html')).filter(existsSync) : [];
  const { timeStages } = await importSources("export { timeStages } from './scripts/bench/node-stages.ts';");
  const sum = {};
  for (let round = 0; round < rounds; round++) {
    for (const file of files) {
      const times = timeStages(readFileSync(file, 'utf8'), 'http://fakehost/test/page.html');
      for (const [stage, ms] of Object.entries(times ?? {})) sum[stage] = (sum[stage] ?? 0) + ms;
    }
  }
  console.log(`${files.length} pages × ${rounds}:`, Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, Math.round(v)])));
}
