import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './chromium.js';
import { launchFirefox } from './firefox.js';
import type { BrowserName, ExtensionBrowser } from './types.js';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * Starts `name` with the extension built in `extensionDir`. The browsers load an unpacked extension's
 * files lazily, and other work in the same checkout rebuilds dist/ at any time, so each browser gets its
 * own copy, deleted when it closes.
 */
export async function launchBrowser(name: BrowserName, extensionDir: string): Promise<ExtensionBrowser> {
  const copy = await mkdtemp(path.join(os.tmpdir(), `ql-extension-${name}-`));
  try {
    await cp(extensionDir, copy, { recursive: true });
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
