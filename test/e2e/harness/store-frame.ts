import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { repoRoot } from './paths.js';

/** The size both stores accept for screenshots (Chrome Web Store: 1280x800 or 640x400; AMO: 1280x800 shown best). */
export const STORE_SIZE = { width: 1280, height: 800 } as const;
export const storeDir = path.join(repoRoot, 'test-results/store');

const dataUrl = (file: string): string => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

/**
 * Puts each screenshot of the real extension on a 1280x800 canvas, scaled down to fit when larger, with a
 * one-line caption: the stores want one exact size, and a popup is a few hundred pixels wide. Drawn by
 * Debian's Chromium (no extension), written as PNG to test-results/store/<name>.png.
 */
export async function frameForStore(shots: { file: string; name: string; caption: string }[]): Promise<string[]> {
  mkdirSync(storeDir, { recursive: true });
  const browser = await puppeteer.launch({
    executablePath: '/usr/lib/chromium/chromium',
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const written: string[] = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ ...STORE_SIZE, deviceScaleFactor: 1 });
    for (const shot of shots) {
      await page.setContent(`<!doctype html><meta charset="utf-8"><style>
        html, body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; }
        body { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 20px;
               background: #eef1f5; font: 600 26px/1.2 system-ui, sans-serif; color: #1d2733; }
        img { max-width: ${STORE_SIZE.width - 80}px; max-height: ${STORE_SIZE.height - 110}px; border-radius: 8px;
              box-shadow: 0 6px 28px rgba(0, 0, 0, .22); background: #fff; }
      </style><img alt=""><p style="margin:0"></p>`);
      await page.evaluate((src: string, caption: string) => {
        document.querySelector('p')!.textContent = caption;
        const img = document.querySelector('img')!;
        return new Promise<void>((resolve, reject) => {
          img.onload = () => resolve();
          img.onerror = () => reject(new Error('screenshot did not load'));
          img.src = src;
        });
      }, dataUrl(shot.file), shot.caption);
      const out = path.join(storeDir, `${shot.name}.png`);
      await page.screenshot({ path: out as `${string}.png` });
      written.push(out);
    }
  } finally {
    await browser.close();
  }
  return written;
}
