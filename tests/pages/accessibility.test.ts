import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, type AxeViolation } from '../e2e/browser';
import { solidariaInChromium } from '../e2e/fixture';
import { demoRecords, signIn } from './demo-records';
import { errorPages, pageCoverage, pageRouteIds, roles, uncoveredPages, type Role } from './page-routes';

const { solidaria, withContext } = solidariaInChromium();
const PHONE = { width: 360, height: 740 };
const languages = ['es', 'en'] as const;

interface Finding {
  role: Role;
  lang: string;
  url: string;
  problem: string;
  violations?: AxeViolation[];
}

/**
 * Visits every page as one role in both languages and runs axe on what the server
 * answered: the page itself, or wherever it sent this role (the sign-in page, an error),
 * each distinct answer once. axe needs JavaScript, so the context runs it; the pages are
 * the same server-rendered HTML a browser without JavaScript gets.
 */
async function auditAs(context: BrowserContext, role: Role, visits: { url: string; shownTo: readonly Role[] }[]): Promise<{ findings: Finding[]; checked: number }> {
  const page = await context.newPage();
  const findings: Finding[] = [];
  const checked = new Set<string>();
  for (const lang of languages) {
    await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: lang, url: solidaria.url }]);
    for (const { url, shownTo } of visits) {
      // Where the server sends this role, asked without rendering: most pages send most roles elsewhere.
      const answer = await context.request.get(`${solidaria.url}${url}`);
      const arrived = answer.url().slice(solidaria.url.length);
      const status = answer.status();
      if (shownTo.includes(role) && (arrived !== url || status !== 200)) {
        findings.push({ role, lang, url, problem: `expected the page, got ${status} at ${arrived}` });
      }
      // A page sent elsewhere (the sign-in page with its redirectTo) counts once per place.
      const key = `${lang} ${arrived === url ? url : new URL(answer.url()).pathname} ${status}`;
      if (checked.has(key)) continue;
      checked.add(key);
      await page.goto(`${solidaria.url}${url}`);
      const pageLang = await page.locator('html').getAttribute('lang');
      if (pageLang !== lang) findings.push({ role, lang, url, problem: `html lang is ${pageLang}` });
      const violations = await accessibilityViolations(page);
      if (violations.length > 0) findings.push({ role, lang, url: arrived, problem: 'axe', violations });
    }
  }
  await page.close();
  return { findings, checked: checked.size };
}

describe('accessibility of every page', () => {
  it('covers every +page.svelte of the web app, or lists why not', () => {
    const routes = pageRouteIds();
    const listed = new Set([...Object.keys(pageCoverage), ...Object.keys(uncoveredPages)]);
    expect(routes.filter((route) => !listed.has(route))).toEqual([]);
    // A page that was removed or renamed must leave the list too.
    expect([...listed].filter((route) => !routes.includes(route))).toEqual([]);
  });

  // About two and a half minutes alone on two cores; the timeout leaves room for a busy `npm test`.
  it('has no axe violations on any page, in Spanish and English, for each role', { timeout: 300_000 }, async () => {
    // Each role keeps its own context (its session cookie) for the whole run.
    const withRoles = async <T>(remaining: readonly Role[], use: (as: Map<Role, BrowserContext>) => Promise<T>, as = new Map<Role, BrowserContext>()): Promise<T> => {
      const [role, ...rest] = remaining;
      if (!role) return use(as);
      return withContext({ viewport: PHONE, locale: 'es-CR' }, async (context) => {
        await signIn(context.request, solidaria.url, solidaria.dataDir, role);
        return withRoles(rest, use, as.set(role, context));
      });
    };
    const results = await withRoles(roles, async (as) => {
      const requests = Object.fromEntries([...as].map(([role, context]) => [role, context.request])) as Record<Role, APIRequestContext>;
      const records = await demoRecords(requests, solidaria.url);
      const visits = [
        ...Object.values(pageCoverage).flatMap(({ urls, shownTo }) => urls(records).map((url) => ({ url, shownTo }))),
        ...errorPages.map((url) => ({ url, shownTo: [] })),
      ];
      // Three roles at a time: the browser, the server and the test share two cores.
      const queue = [...roles];
      const done: { findings: Finding[]; checked: number }[] = [];
      await Promise.all(
        [0, 1, 2].map(async () => {
          for (let role = queue.shift(); role; role = queue.shift()) done.push(await auditAs(as.get(role)!, role, visits));
        }),
      );
      return done;
    });
    console.log(`axe checked ${results.reduce((n, r) => n + r.checked, 0)} distinct answers (role × language × page)`);
    expect(results.flatMap((r) => r.findings)).toEqual([]);
  });
});
