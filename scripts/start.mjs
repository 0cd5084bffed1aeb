// `npm start`: build, serve the bundled demo news page on 127.0.0.1, and open a browser with the
// extension loaded on it: Firefox by default, Chromium with `npm start -- --chromium`. With `--message`
// it only prints what it would tell the user, and exits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFiles } from './lib/serve-files.mjs';
import { startMessage } from './start-message.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fixtures = path.join(root, 'test/fixtures');
const chromium = process.argv.includes('--chromium');
if (process.argv.includes('--message')) {
  console.log(startMessage({ chromium, url: '<the demo page>' }));
  process.exit(0);
}

function firstExisting(candidates) {
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

await run(process.execPath, ['scripts/build.mjs']);

const { server, base } = await serveFiles(fixtures, { index: '/news-example/source.html' });
const url = `${base}/news-example/source.html`;
console.log(startMessage({ chromium, url }));

const binary = chromium
  ? firstExisting([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
  : firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
if (binary === null) {
  console.error(`No ${chromium ? 'Chromium' : 'Firefox'} found. Install it (Debian: apt-get install ${chromium ? 'chromium' : 'firefox-esr'}) or set ${chromium ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}.`);
  server.close();
  process.exit(1);
}
const webExt = path.join(root, 'node_modules/.bin/web-ext');
const args = ['run', '--source-dir', 'dist/extension', '--start-url', url, '--no-reload'];
args.push(...(chromium ? ['--target', 'chromium', '--chromium-binary', binary] : ['--target', 'firefox-desktop', '--firefox', binary]));
// Chromium refuses to start as root with its sandbox on (containers, CI boxes).
if (chromium && process.getuid?.() === 0) args.push('--arg=--no-sandbox');
try {
  await run(webExt, args);
} catch (error) {
  console.error(`\nThe browser stopped: ${error.message}\nIt needs a display; on a machine without one, run the real-browser tests instead: npm run test:e2e`);
  process.exitCode = 1;
} finally {
  server.close();
}
