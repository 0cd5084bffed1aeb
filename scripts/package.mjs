// `npm run package`: builds from scratch and writes the store packages under dist/packages/:
//   quotelight-<version>-firefox.zip   the add-on for addons.mozilla.org
//   quotelight-<version>-chrome.zip    the Chrome Web Store upload
//   quotelight-<version>-source.zip    the sources Mozilla's review needs, with BUILD.md saying how to rebuild
// One version, package.json's, goes into every manifest and file name; the top entry of CHANGELOG.md must
// name it, or nothing is written. The zips are byte-for-byte reproducible (scripts/package-zip.mjs).
// `--out DIR` builds into DIR instead of dist/ (and the packages into DIR/packages).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { changelogProblem, manifestFor } from './package-rules.mjs';
import { zipFiles } from './package-zip.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 && process.argv[outAt + 1] ? path.resolve(process.argv[outAt + 1]) : path.join(root, 'dist');

/** The sources the add-on is built from, for the source archive: the build reads nothing else of ours. */
const SOURCE_PATHS = ['package.json', 'package-lock.json', 'tsconfig.json', 'manifest.json', 'README.md', 'CHANGELOG.md',
  'scripts/build.mjs', 'scripts/lib', 'scripts/package.mjs', 'scripts/package-rules.mjs', 'scripts/package-zip.mjs', 'src', '_locales', 'icons', 'docs/store/BUILD.md'];

async function walk(dir, prefix = '') {
  const files = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    const name = prefix + entry.name;
    if (entry.isDirectory()) files.push(...(await walk(full, `${name}/`)));
    else files.push({ name, data: await readFile(full) });
  }
  return files;
}

async function sourceFiles() {
  const files = [];
  for (const name of SOURCE_PATHS) {
    const full = path.join(root, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) files.push(...(await walk(full, `${name}/`)));
    else files.push({ name, data: await readFile(full) });
  }
  // At the top, where a reviewer looks first.
  files.push({ name: 'BUILD.md', data: await readFile(path.join(root, 'docs/store/BUILD.md')) });
  return files;
}

const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const problem = changelogProblem(await readFile(path.join(root, 'CHANGELOG.md'), 'utf8').catch(() => ''), pkg.version);
if (problem !== null) {
  console.error(`package: ${problem}. Add the release's entry to CHANGELOG.md first.`);
  process.exit(1);
}

const sources = await sourceFiles();
// The build's id (it lets a new build's content script replace an older one left in a page) from the sources,
// not from the clock: the same sources give the same bytes.
const digest = createHash('sha256');
for (const file of sources) digest.update(`${file.name}\0${file.data.length}\0`).update(file.data);
const buildId = `${pkg.version}+${digest.digest('hex').slice(0, 12)}`;
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--out', out],
  { cwd: root, stdio: 'inherit', env: { ...process.env, QUOTELIGHT_BUILD_ID: buildId } });
const extension = await walk(path.join(out, 'extension'));
const manifest = JSON.parse(extension.find((file) => file.name === 'manifest.json').data.toString('utf8'));
if (manifest.version !== pkg.version) throw new Error(`the built manifest says ${manifest.version}, package.json ${pkg.version}`);

const packages = path.join(out, 'packages');
await mkdir(packages, { recursive: true });
const written = [];
for (const browser of ['firefox', 'chrome']) {
  const files = extension.map((file) => (file.name === 'manifest.json'
    ? { name: file.name, data: Buffer.from(`${JSON.stringify(manifestFor(browser, manifest), null, 2)}\n`) }
    : file));
  written.push([`quotelight-${pkg.version}-${browser}.zip`, zipFiles(files)]);
}
written.push([`quotelight-${pkg.version}-source.zip`, zipFiles(sources)]);
for (const [name, data] of written) {
  await writeFile(path.join(packages, name), data);
  const sha = createHash('sha256').update(data).digest('hex');
  console.log(`${path.relative(root, path.join(packages, name))}  ${(data.length / 1024).toFixed(1)} KB  sha256 ${sha}`);
}
