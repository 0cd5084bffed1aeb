// Builds the unpacked extension (dist/extension/, one folder for Firefox and Chrome) and the command
// line (dist/cli/quotelight.mjs). esbuild does not type-check: `npm run typecheck` does.
import { build } from 'esbuild';
import { access, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { contentFooter } from './lib/content-footer.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// `--out DIR` builds elsewhere than dist/ (the packaging test builds twice, side by side).
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 && process.argv[outAt + 1] ? path.resolve(process.argv[outAt + 1]) : path.join(root, 'dist');
const extension = path.join(out, 'extension');
const minify = !process.argv.includes('--dev');
// `--metafile`: esbuild's account of what each bundle holds, written beside it (scripts/bench/popup-size.mjs reads it).
const metafile = process.argv.includes('--metafile');
/** The page-to-popup boundary's names, shared with src/core/extraction-result.ts. */
const contentScript = JSON.parse(await readFile(path.join(root, 'src/core/content-script.json'), 'utf8'));
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

await rm(out, { recursive: true, force: true });
await mkdir(extension, { recursive: true });

/**
 * DOMPurify and Readability ship beside our code as their own unmodified files (vendor/), as Mozilla's
 * add-on review asks of third-party libraries, instead of being bundled into ours. Our modules import
 * them as usual; in the extension build the import resolves to the global the library's file defines.
 */
const VENDOR_FILES = {
  'dompurify/dist/purify.min.js': 'vendor/purify.min.js',
  'dompurify/dist/purify.min.js.map': 'vendor/purify.min.js.map',
  '@mozilla/readability/Readability.js': 'vendor/Readability.js',
  '@mozilla/readability/Readability-readerable.js': 'vendor/Readability-readerable.js',
};
const VENDOR_GLOBALS = {
  dompurify: 'export default globalThis.DOMPurify;',
  '@mozilla/readability':
    'export const Readability = globalThis.Readability; export const isProbablyReaderable = globalThis.isProbablyReaderable;',
};
const vendorGlobals = {
  name: 'vendor-globals',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(VENDOR_GLOBALS).map((name) => name.replace(/[/@.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'vendor-global' }));
    build.onLoad({ filter: /.*/, namespace: 'vendor-global' }, (args) => ({ contents: VENDOR_GLOBALS[args.path], loader: 'js' }));
  },
};

/**
 * The popup and the reader tab bundle only English's quote lexicon and clean-up phrases; every other
 * language is a file of its own in lang/, fetched when an article needs it (src/ui/load-languages.ts).
 * Node builds keep them all. Each entry: the module that imports them, what it imports, its stand-in.
 */
const ENGLISH_ONLY = [
  ['src/core/quotes/find-quotes.ts', './lexicons.js', 'lexicons-english.ts'],
  ['src/core/clean/phrases.ts', './phrase-files.js', 'phrase-files-english.ts'],
];
const englishOnly = {
  name: 'english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:lexicons|phrase-files)\.js$/ }, (args) => {
      const swap = ENGLISH_ONLY.find(([importer, imported]) => args.importer === path.join(root, importer) && args.path === imported);
      return swap ? { path: path.join(path.dirname(args.importer), swap[2]) } : undefined;
    });
  },
};

/**
 * The data files the bundles import (lexicons, phrases, labels, messages) become one JSON.parse of a string
 * instead of a JavaScript object literal: an engine scans a string and parses JSON much faster than it
 * parses and compiles the same data as code, and the popup does this on every start (docs/performance.md,
 * ninth session). Default imports only, as the sources write them.
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const data = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(data)});`, loader: 'js' };
    });
  },
};

/**
 * webextension-polyfill as an ES module whose default export is the polyfill's `module.exports`, as is.
 * Bundled as CommonJS, a default import goes through esbuild's interop, which copies every property of
 * the exports onto a new object and reads each one's descriptor: where the polyfill hands the browser's
 * own `browser` through (Firefox, and Chromium since it has one), that makes the browser build every
 * extension API namespace (windows, action, …) while the popup starts (docs/performance.md, ninth session).
 */
const polyfillAsModule = {
  name: 'polyfill-as-module',
  setup(build) {
    build.onLoad({ filter: /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/ }, async (args) => ({
      contents: `const module = { exports: {} };\nconst exports = module.exports;\n${await readFile(args.path, 'utf8')}\nexport default module.exports;\n`,
      loader: 'js',
    }));
  },
};

// UTF-8 output: lexicons in Cyrillic, Devanagari or Japanese would triple in size as \u escapes.
const common = { bundle: true, minify, sourcemap: false, legalComments: 'none', logLevel: 'warning', charset: 'utf8' };

// The content script's last statement asks for the article: one executeScript call injects it and
// returns the answer (the script's completion value), with no second round trip.
await build({
  ...common,
  // print.css and tab.css: the reader tab's print style and its progress bar and contents, files of their
  // own so that the popup (never printed, with neither) does not carry them.
  entryPoints: {
    content: 'src/content/content.ts', 'reader-style': 'src/ui/reader.css', print: 'src/ui/styles/print.css', tab: 'src/ui/styles/tab.css',
  },
  footer: { js: contentFooter(contentScript.entry) },
  // Each build's entry replaces one an earlier build left in a page (src/content/content-entry.ts).
  // `npm run package` gives an id made from the sources instead of the time, so that its zips are reproducible.
  define: { QUOTELIGHT_BUILD: JSON.stringify(process.env.QUOTELIGHT_BUILD_ID || `${pkg.version}+${Date.now()}`) },
  outdir: extension,
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  plugins: [vendorGlobals],
  absWorkingDir: root,
});
// One classic script per page: split ES modules were measured slower to start in a popup (each module
// is a request of its own through the extension protocol, compiled cold every time the popup opens).
const pages = await build({
  ...common,
  metafile,
  entryPoints: { popup: 'src/popup/popup.ts', reader: 'src/reader/reader.ts' },
  outdir: extension,
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  plugins: [vendorGlobals, englishOnly, jsonAsParse, polyfillAsModule],
  absWorkingDir: root,
});
if (metafile) await writeFile(path.join(out, 'pages-meta.json'), JSON.stringify(pages.metafile));
// esbuild names CSS after its entry; the pages link reader.css.
await cp(path.join(extension, 'reader-style.css'), path.join(extension, 'reader.css'));
await rm(path.join(extension, 'reader-style.css'));

await build({
  ...common,
  minify: false,
  entryPoints: { quotelight: 'src/cli/quotelight.ts' },
  outdir: path.join(out, 'cli'),
  outExtension: { '.js': '.mjs' },
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['jsdom'],
  banner: { js: '#!/usr/bin/env node' },
  // `quotelight --version`: package.json's, fixed at build time (the bundle is the whole program).
  define: { QUOTELIGHT_VERSION: JSON.stringify(JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).version) },
  absWorkingDir: root,
});

const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
manifest.version = pkg.version;
await writeFile(path.join(extension, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
await cp(path.join(root, 'src/popup/popup.html'), path.join(extension, 'popup.html'));
await cp(path.join(root, 'src/reader/reader.html'), path.join(extension, 'reader.html'));
for (const [from, to] of Object.entries(VENDOR_FILES)) {
  await mkdir(path.dirname(path.join(extension, to)), { recursive: true });
  await cp(path.join(root, 'node_modules', from), path.join(extension, to));
}
// One file per language beyond English, lang/<code>.json: its quote lexicon (with its given names and
// titles, joined as lexicons.ts joins them) and its clean-up phrases, each when the language has them.
const lexiconDir = path.join(root, 'src/core/quotes/lexicon');
const phraseDir = path.join(root, 'src/core/clean/phrases');
const jsonIn = async (dir) => (await readdir(dir)).filter((name) => name.endsWith('.json') && name !== 'en.json');
const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const languages = {};
for (const file of await jsonIn(lexiconDir)) {
  const lexicon = await readJson(path.join(lexiconDir, file));
  const names = path.join(lexiconDir, 'names', file);
  if (existsSync(names)) lexicon.names = await readJson(names);
  (languages[file] ??= {}).lexicon = lexicon;
}
for (const file of await jsonIn(phraseDir)) (languages[file] ??= {}).phrases = await readJson(path.join(phraseDir, file));
await mkdir(path.join(extension, 'lang'));
for (const [file, data] of Object.entries(languages).sort(([a], [b]) => a.localeCompare(b))) {
  await writeFile(path.join(extension, 'lang', file), JSON.stringify(data));
}
// Interface strings in every language; the browser picks the user's (manifest default_locale: en).
await cp(path.join(root, '_locales'), path.join(extension, '_locales'), { recursive: true });
await cp(path.join(root, 'icons'), path.join(extension, 'icons'), { recursive: true, filter: (file) => !file.endsWith('.svg') });
// Every file the extension injects (src/platform/browser.ts) must be in the build.
for (const file of contentScript.files) await access(path.join(extension, file));
console.log(`built ${path.relative(root, extension)} and ${path.relative(root, path.join(out, 'cli/quotelight.mjs'))}`);
