import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, repoRoot, version } from '../support/cli.js';

/**
 * The command line as people install it: `npm pack` in the repository, `npm install` of that tarball in a
 * folder of its own outside it, and the `quotelight` bin run from there.
 */

let scratch = '';
let app = '';

function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'quotelight-install-'));
  npm(['pack', '--pack-destination', scratch, '--silent'], repoRoot);
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  app = path.join(scratch, 'app');
  mkdirSync(app);
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', path.join(scratch, tarball)], app);
}, 600_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the installed command line', () => {
  const bin = (): string => path.join(app, 'node_modules/.bin/quotelight');

  it('answers --version and --help', () => {
    const versionRun = spawnSync(bin(), ['--version'], { cwd: app, encoding: 'utf8' });
    expect(versionRun.status).toBe(0);
    expect(versionRun.stdout).toBe(`quotelight ${version}\n`);
    const help = spawnSync(bin(), ['--help'], { cwd: app, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/usage:/);
  });

  it('extracts a saved page', () => {
    const page = path.join(app, 'story.html');
    copyFileSync(path.join(repoRoot, 'test/fixtures/wire-story/source.html'), page);
    const result = spawnSync(bin(), ['extract', 'story.html'], { cwd: app, encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)[0]).toMatchObject({ file: 'story.html', ok: true, title: 'Glacier monitoring pact agreed in Geneva after all-night talks' });
  }, 120_000);
});
