import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, navigation } from './browser';
import { startSolidaria, type RunningSolidaria } from './solidaria-server';

/**
 * One Solidaria server and one Chromium for a test file, started before its tests and
 * stopped after them, with what every journey needs: a fresh browser context per test
 * and a way to follow a page load to a path.
 */
export function solidariaInChromium(options: { env?: () => Promise<Record<string, string>> } = {}) {
  let running: RunningSolidaria | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [running, browser] = await Promise.all([options.env ? options.env().then(startSolidaria) : startSolidaria(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const solidaria = {
    get url() {
      return running!.url;
    },
    get dataDir() {
      return running!.dataDir;
    },
  };

  async function withContext<T>(options: Parameters<Browser['newContext']>[0], use: (context: BrowserContext) => Promise<T>) {
    const context = await browser!.newContext(options);
    try {
      return await use(context);
    } finally {
      await context.close();
    }
  }

  const go = (page: Page, path: string, action: Promise<unknown>) => navigation(page, `${solidaria.url}${path}`, action);
  return { solidaria, withContext, go };
}
