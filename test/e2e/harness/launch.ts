import { launchChromium } from './chromium.js';
import { launchFirefox } from './firefox.js';
import type { BrowserName, ExtensionBrowser } from './types.js';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function launchBrowser(name: BrowserName, extensionDir: string): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(extensionDir) : launchFirefox(extensionDir);
}
