import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startMessage } from '../../scripts/start-message.mjs';

/**
 * What `npm start` tells a first-time user (issue 18): a new extension sits in the browser's extensions
 * menu, not on the toolbar, so the message says where to find the button, how to pin it, and the
 * shortcut (which Chromium leaves unassigned).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const URL = 'http://127.0.0.1:8000/news-example/source.html';

describe('npm start\'s message (scripts/start-message.mjs)', () => {
  it('Firefox: the demo page, the puzzle-piece menu, Pin to Toolbar, and Alt+Shift+R', () => {
    const message = startMessage({ chromium: false, url: URL });
    expect(message).toContain(URL);
    expect(message).toMatch(/extensions menu \(the puzzle piece/);
    expect(message).toContain('Pin to Toolbar');
    expect(message).toContain('Alt+Shift+R');
    expect(message).not.toMatch(/click the Quotelight button in the toolbar/i);
  });

  it('Chromium: the puzzle-piece menu, "Access requested" explained, the pin, and where to set the shortcut', () => {
    const message = startMessage({ chromium: true, url: URL });
    expect(message).toContain(URL);
    expect(message).toMatch(/extensions menu \(the puzzle piece/);
    expect(message).toMatch(/"Access\s+requested"/);
    expect(message).toMatch(/activeTab/);
    expect(message).toMatch(/pin/i);
    expect(message).toMatch(/Alt\+Shift\+R unassigned/);
    expect(message).toContain('chrome://extensions/shortcuts');
  });

  it('is what npm start prints: --message prints it for the browser chosen and exits without building or opening one', async () => {
    for (const chromium of [false, true]) {
      const args = ['scripts/start.mjs', '--message', ...(chromium ? ['--chromium'] : [])];
      const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: root, timeout: 10_000 });
      expect(stdout.trim()).toBe(startMessage({ chromium, url: '<the demo page>' }).trim());
    }
  });
});
