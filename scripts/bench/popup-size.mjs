// `node scripts/bench/popup-size.mjs [--top N]`: where the popup's script goes, by source file and folder, from
// esbuild's metafile of the extension build (minified bytes, before gzip), with the gzipped size of popup.js.
// Builds into a scratch folder; `npm run bench` checks the budget itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const topAt = process.argv.indexOf('--top');
const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 30;
const out = mkdtempSync(path.join(tmpdir(), 'quotelight-popup-size-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--out', out, '--metafile'], { stdio: 'ignore' });
  const meta = JSON.parse(readFileSync(path.join(out, 'pages-meta.json'), 'utf8'));
  const [, popup] = Object.entries(meta.outputs).find(([file]) => file.endsWith('popup.js'));
  const files = Object.entries(popup.inputs).map(([file, { bytesInOutput }]) => [file.replace(/^.*node_modules\//, 'node_modules/'), bytesInOutput]);
  const folders = new Map();
  for (const [file, bytes] of files) folders.set(path.dirname(file), (folders.get(path.dirname(file)) ?? 0) + bytes);
  const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
  const script = readFileSync(path.join(out, 'extension/popup.js'));
  console.log(`popup.js: ${kb(script.length)} KB minified, ${kb(gzipSync(script, { level: 9 }).length)} KB gzipped\n\nby folder (KB minified):`);
  for (const [folder, bytes] of [...folders].sort((a, b) => b[1] - a[1])) console.log(`${kb(bytes)}  ${folder}`);
  console.log(`\nlargest ${top} files (KB minified):`);
  for (const [file, bytes] of files.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(bytes)}  ${file}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
