import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { accessibilityViolations, launchChromium, navigation } from './browser';
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

  /**
   * axe needs JavaScript, which most journeys run without: the page as the JS-off browser
   * received it is served again, at its own address, to `checker`, a page that runs axe.
   */
  function axeChecker(checker: Page) {
    return async (page: Page) => {
      const url = page.url();
      const html = await page.content();
      const serve = (request: URL) => request.href === url;
      await checker.route(serve, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      try {
        await checker.goto(url);
        const path = `${url.slice(solidaria.url.length)} (${await page.locator('html').getAttribute('lang')})`;
        expect({ path, violations: await accessibilityViolations(checker) }).toEqual({ path, violations: [] });
      } finally {
        await checker.unroute(serve);
      }
    };
  }

  /** The same pages again in English, as the language switch leaves them (its cookie), then back to Spanish. */
  async function inEnglish(context: BrowserContext, page: Page, paths: string[], check: (page: Page) => Promise<void>) {
    await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: solidaria.url }]);
    for (const path of paths) {
      await page.goto(`${solidaria.url}${path}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await check(page);
    }
    await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'es', url: solidaria.url }]);
  }

  /**
   * The demo officer of Upala signs in (password from the credentials the first start
   * writes, then the authenticator code the test computes as the officer's app would).
   * `atCodeStep` sees the page that asks for the code.
   */
  async function signInAsOfficer(page: Page, atCodeStep?: (page: Page) => Promise<void>) {
    const text = readFileSync(join(solidaria.dataDir, 'demo-credentials.txt'), 'utf8');
    const [, email = '', password = ''] = /^officer: (\S+) \/ (\S+)/m.exec(text) ?? [];
    await go(page, '/login?redirectTo=/office', page.goto(`${solidaria.url}/office`));
    await page.getByLabel('Correo electrónico o teléfono').fill(email);
    await page.getByLabel('Contraseña').fill(password);
    await go(page, '/login/totp?redirectTo=%2Foffice', page.getByRole('button', { name: 'Entrar' }).click());
    await atCodeStep?.(page);
    const uri = (await mainOf(page).locator('code.uri').textContent()) ?? '';
    await page.getByLabel('Código de 6 números').fill(URI.parse(uri).generate());
    await go(page, '/office', page.getByRole('button', { name: 'Verificar' }).click());
  }

  return { solidaria, withContext, go, axeChecker, inEnglish, signInAsOfficer };
}

/** A cheap phone's screen, and that phone in Spanish without JavaScript: how most people read Solidaria. */
export const PHONE = { width: 360, height: 740 };
export const SPANISH_PHONE_NO_JS = { javaScriptEnabled: false, locale: 'es-CR', viewport: PHONE } as const;
export const mainOf = (page: Page) => page.getByRole('main');
