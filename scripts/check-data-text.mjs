// Keeps the development data sets' text out of the project: no test, fixture, comment, doc or lexicon may copy
// a data set's sentences (their licences do not allow it, and a test written from a data sentence measures the
// data, not the mechanism).
//   node scripts/check-data-text.mjs DATA_DIR... [--words N] [--allow FILE]
// Every run of N words (default 6, lower-cased, punctuation ignored) in the project's tracked text files is
// looked up in every file under the data folders (HTML, text, JSON, brat .ann, gzipped pages), and each run found
// there is printed with its file and line. Exits 1 when one is found that the allow file (default
// scripts/data-text-allow.txt: one run per line, ordinary language any text would hold, judged by a person)
// does not list. Not part of `npm test`: the data sets live outside the repository (../shared/docs/dev-data.md).
// The labels of real pages (test/quotes/real-pages) quote their pages by design and are not checked.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { root } from './lib/import-sources.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const runLength = Number(option('--words', '6'));
const allowFile = option('--allow', path.join(root, 'scripts/data-text-allow.txt'));
const dataDirs = args;
if (!Number.isInteger(runLength) || runLength < 3 || dataDirs.length === 0) {
  console.error('usage: node scripts/check-data-text.mjs DATA_DIR... [--words N (at least 3)] [--allow FILE]');
  process.exit(2);
}
const missing = dataDirs.filter((dir) => !existsSync(dir));
if (missing.length > 0) {
  console.log(`skipped: no data at ${missing.join(', ')} (../shared/docs/dev-data.md says how to fetch it)`);
  process.exit(0);
}

const PROJECT_EXTENSIONS = /\.(ts|mts|mjs|js|json|md|html|txt|css)$/;
const NOT_CHECKED = [/^test\/quotes\/real-pages\//, /^package-lock\.json$/, /^scripts\/data-text-allow\.txt$/];
const DATA_EXTENSIONS = /\.(html?|txt|json|ann|xml|tsv|csv)(\.gz)?$/;

const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
/** Text a reader would see: tags and scripts out, entities decoded. Good enough to find copied words. */
function visibleText(source) {
  return source
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))); // JSON-escaped text
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu; // \p{M}: Devanagari's vowel signs are marks
const words = (text) => (text.toLowerCase().match(WORD) ?? []);

/** Every run of the project's words, with where it first occurs. */
const projectRuns = new Map();
const trackedFiles = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n')
  .filter((file) => PROJECT_EXTENSIONS.test(file) && !NOT_CHECKED.some((pattern) => pattern.test(file)));
for (const file of trackedFiles) {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  // Runs may cross lines (a comment or a paragraph wrapped), so words are joined over the file, each remembering its line.
  const fileWords = [];
  lines.forEach((line, index) => { for (const word of words(visibleText(line))) fileWords.push([word, index + 1]); });
  for (let start = 0; start + runLength <= fileWords.length; start++) {
    const run = fileWords.slice(start, start + runLength).map(([word]) => word).join(' ');
    if (/^[\d ]+$/.test(run)) continue; // numbers alone (a table of zeros) say nothing about where words came from
    if (!projectRuns.has(run)) projectRuns.set(run, `${file}:${fileWords[start][1]}`);
  }
}

function* dataFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* dataFiles(file);
    else if (DATA_EXTENSIONS.test(entry.name) && statSync(file).size > 0) yield file;
  }
}

const found = new Map(); // run → data file
let scanned = 0;
for (const dir of dataDirs) {
  for (const file of dataFiles(dir)) {
    scanned++;
    const bytes = readFileSync(file);
    const dataWords = words(visibleText((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')));
    for (let start = 0; start + runLength <= dataWords.length; start++) {
      const run = dataWords.slice(start, start + runLength).join(' ');
      if (projectRuns.has(run) && !found.has(run)) found.set(run, file);
    }
  }
}

const allowed = (existsSync(allowFile)
  ? readFileSync(allowFile, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).map((line) => words(line).join(' '))
  : []);
const flagged = [...found].filter(([run]) => !allowed.some((phrase) => phrase.includes(run)));
for (const [run, dataFile] of flagged.sort((a, b) => projectRuns.get(a[0]).localeCompare(projectRuns.get(b[0])))) {
  console.log(`${projectRuns.get(run)}  "${run}"  (also in ${path.relative(process.cwd(), dataFile)})`);
}
console.log(`${trackedFiles.length} project files, ${projectRuns.size} runs of ${runLength} words; ${scanned} data files; `
  + `${found.size} runs found in the data, ${found.size - flagged.length} of them allowed as ordinary language, ${flagged.length} flagged`);
process.exit(flagged.length > 0 ? 1 : 0);
