import type { PageServerLoad } from './$types';
import { figuresHref, readFiguresRequest } from '../figures-request';
import { loadFigures } from '../load-figures';

// The printable report: the same figures and tables as the page, without charts or navigation.
export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  const request = readFiguresRequest(url.searchParams);
  const figures = await loadFigures(locals.api, request, url.pathname + url.search);
  setHeaders({ 'cache-control': 'private, no-store', vary: 'Cookie' });
  return { request, figures, backHref: figuresHref('/office/figures', request) };
};
