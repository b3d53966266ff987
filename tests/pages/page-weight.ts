import type { BrowserContext, Request } from 'playwright-core';

export interface Transfer {
  url: string;
  type: string;
  /** Bytes on the wire: headers plus the body as sent (compressed when it was). */
  bytes: number;
  encoding: string | null;
}

export interface PageWeight {
  path: string;
  transfers: Transfer[];
  total: number;
  script: number;
  fontRequests: number;
  fontFaces: number;
  /** What the browser complained about: a style or script the CSP refused, a failed request. */
  consoleErrors: string[];
  images: { src: string; width: string | null; height: string | null; loading: string | null }[];
}

/**
 * Loads a page in a fresh context (nothing cached, as on a first visit) and adds up what
 * crossed the wire until the load event: the HTML, its styles, any script, font or image.
 */
export async function firstLoad(context: BrowserContext, baseUrl: string, path: string): Promise<PageWeight> {
  const page = await context.newPage();
  const finished: Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  // Styles can declare fonts that no element uses yet; both count.
  const fontFaces = await page.evaluate(() =>
    [...document.styleSheets].reduce((n, sheet) => n + [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).length, 0),
  );
  const images = await page.locator('img').evaluateAll((imgs) =>
    imgs.map((img) => ({ src: img.getAttribute('src') ?? '', width: img.getAttribute('width'), height: img.getAttribute('height'), loading: img.getAttribute('loading') })),
  );
  const transfers = await Promise.all(
    finished.map(async (request) => {
      const sizes = await request.sizes();
      const response = await request.response();
      return {
        url: request.url(),
        type: request.resourceType(),
        bytes: sizes.responseHeadersSize + sizes.responseBodySize,
        encoding: (await response?.headerValue('content-encoding')) ?? null,
      };
    }),
  );
  await page.close();
  const sum = (list: Transfer[]) => list.reduce((n, t) => n + t.bytes, 0);
  return {
    path,
    transfers,
    total: sum(transfers),
    script: sum(transfers.filter((t) => t.type === 'script')),
    fontRequests: transfers.filter((t) => t.type === 'font').length,
    fontFaces,
    consoleErrors,
    images,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The table the budget test prints: page → bytes, JavaScript bytes, requests. */
export function weightTable(weights: PageWeight[]): string {
  const rows = weights.map((w) => `| ${w.path} | ${kb(w.total)} | ${kb(w.script)} | ${w.transfers.length} | ${w.images.length} |`);
  return ['| page | transferred | JavaScript | requests | images |', '| --- | --: | --: | --: | --: |', ...rows].join('\n');
}
