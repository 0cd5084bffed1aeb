import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './chromium.js';
import { launchFirefox } from './firefox.js';
import type { BrowserName, ExtensionBrowser } from './types.js';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Files put beside the extension's own in the browser's copy: name in the copy → file to copy. */
export type ExtraFiles = Readonly<Record<string, string>>;

/**
 * Starts `name` with the extension built in `extensionDir`. The browsers load an unpacked extension's
 * files lazily, and other work in the same checkout rebuilds dist/ at any time, so each browser gets its
 * own copy, deleted when it closes; `extraFiles` go into that copy (axe-core, for the accessibility test),
 * and `prepareCopy` may change it before the browser loads it.
 */
export async function launchBrowser(name: BrowserName, extensionDir: string, extraFiles: ExtraFiles = {},
  prepareCopy?: (copy: string) => Promise<void>): Promise<ExtensionBrowser> {
  const copy = await mkdtemp(path.join(os.tmpdir(), `ql-extension-${name}-`));
  try {
    await cp(extensionDir, copy, { recursive: true });
    for (const [target, file] of Object.entries(extraFiles)) await cp(file, path.join(copy, target));
    await prepareCopy?.(copy);
    const browser = await (name === 'chromium' ? launchChromium(copy) : launchFirefox(copy));
    return {
      ...browser,
      async close() {
        await browser.close();
        await rm(copy, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(copy, { recursive: true, force: true });
    throw error;
  }
}
