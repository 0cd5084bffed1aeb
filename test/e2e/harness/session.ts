import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type ExtraFiles } from './launch.js';
import { extensionDir, fixturesDir } from './paths.js';
import { startFixtureServer, type FixtureServer, type ServerOptions } from './server.js';
import type { BrowserName, ExtensionBrowser } from './types.js';

export interface BrowserSession {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

export interface SessionOptions {
  /** Files put beside the extension's own in the browser's copy (axe-core, for the accessibility test). */
  extraFiles?: ExtraFiles;
  /** Changes the browser's copy of the extension before it loads (a file that never arrives, for a stall). */
  prepareCopy?: (copy: string) => Promise<void>;
  /** The folder the server serves: the project's fixtures unless given. */
  pagesDir?: string;
  server?: ServerOptions;
}

/**
 * The life of one describe block's browser: before its tests, the page server and `name` with the
 * built extension start, and `onStart` receives them; after its tests both stop. Every e2e file opens
 * its browser this way.
 */
export function useBrowserSession(name: BrowserName, onStart: (session: BrowserSession) => void,
  { extraFiles = {}, prepareCopy, pagesDir = fixturesDir, server: serverOptions = {} }: SessionOptions = {}): void {
  let session: BrowserSession | null = null;
  beforeAll(async () => {
    const server = await startFixtureServer(pagesDir, serverOptions);
    try {
      session = { server, browser: await launchBrowser(name, extensionDir(name), extraFiles, prepareCopy) };
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
