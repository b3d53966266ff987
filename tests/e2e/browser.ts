import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium; the flags keep it from reaching for a network this machine lacks.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown }[];
}

/** Runs axe-core (WCAG 2.2 A and AA rules) on the page as it is and returns the violations. */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate() is not subject to the page's CSP, which rightly forbids injected scripts.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/**
 * Runs an action that loads a new page and waits for that very load at `url`. With
 * JavaScript off a form often answers at the address it was posted from, so waiting for
 * the address alone would return before the new page arrives.
 */
export async function navigation(page: Page, url: string, action: Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForNavigation({ url: (u) => u.href === url, waitUntil: 'load' }), action]);
}

/** Runs an action that submits a form and waits for the page it brings, wherever that is. */
export async function submitted(page: Page, action: Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action]);
}
