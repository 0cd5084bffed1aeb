import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type ExtraFiles } from './launch.js';
import { extensionDir, fixturesDir } from './paths.js';
import { startFixtureServer, type FixtureServer } from './server.js';
import type { BrowserName, ExtensionBrowser } from './types.js';

export interface BrowserSession {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/**
 * The life of one describe block's browser: before its tests, the fixture server and `name` with the
 * built extension (plus `extraFiles` beside it) start, and `onStart` receives them; after its tests both
 * stop. Every e2e file opens its browser this way.
 */
export function useBrowserSession(name: BrowserName, onStart: (session: BrowserSession) => void, extraFiles: ExtraFiles = {}): void {
  let session: BrowserSession | null = null;
  beforeAll(async () => {
    const server = await startFixtureServer(fixturesDir);
    try {
      session = { server, browser: await launchBrowser(name, extensionDir(), extraFiles) };
    } catch (error) {
      await server.close();
      throw error;
    }
    onStart(session);
  });
  afterAll(async () => {
    await session?.browser.close();
    await session?.server.close();
  });
}
