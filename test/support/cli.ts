import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The command line built from the current sources with scripts/build.mjs's options, into a file of the
 * calling test's own: dist/ may be stale, and another build may be rewriting it at the same moment.
 */
export async function buildCli(name: string): Promise<string> {
  const outfile = path.join(repoRoot, 'node_modules/.cache/quotelight-cli-test', `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(repoRoot, 'src/cli/quotelight.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom'],
    logLevel: 'warning',
    define: { QUOTELIGHT_VERSION: JSON.stringify(version) },
  });
  return outfile;
}

export const removeCli = (file: string): void => rmSync(file, { force: true });

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(cli: string, args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', input, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Standard output as JSON lines: one object a line, the last line ended. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}
