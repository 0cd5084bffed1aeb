import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { repoRoot } from './paths.js';

/**
 * test/support/inert.ts as source for `ExtensionView.evaluate`: `(doc) => problems` on the page's
 * `#content` (without the reader's own speaker tip). The module is compiled whole (its constants with it) rather than taken from a function's
 * text, which a transpiler may rewrite and which would lose the constants it refers to.
 */
export function inertnessCheckSource(): string {
  const source = readFileSync(path.join(repoRoot, 'test/support/inert.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'iife', globalName: 'inert', target: 'es2022' });
  // The speaker tip is the reader's own widget, placed with a style attribute beside the article.
  return `(doc) => {
    ${code};
    const content = doc.getElementById('content').cloneNode(true);
    content.querySelectorAll('.ql-speaker-tip').forEach((tip) => tip.remove());
    return inert.inertnessProblems(content);
  }`;
}
