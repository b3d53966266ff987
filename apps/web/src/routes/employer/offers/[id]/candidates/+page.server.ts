import { idParam, loadOffer } from '$lib/server/employer';
import { askedPeople, CANDIDATES_PER_PAGE, loadCandidates } from '$lib/server/matching';
import { namesFor } from '$lib/server/profile-names';
import { askForContact, viewFacts } from '$lib/server/matching-employer';
import type { Actions, PageServerLoad } from './$types';

// The API shows candidates for twenty pages at most.
const pageOf = (url: URL) => Math.min(20, Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1));

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const id = idParam(params.id);
  const path = url.pathname + url.search;
  const page = pageOf(url);
  const [offer, found] = await Promise.all([loadOffer(locals.api, id, path), loadCandidates(locals.api, id, page, path)]);
  const [names, asked] = await Promise.all([namesFor(locals.api, found.candidates.map((c) => c.view)), askedPeople(locals.api, offer.organisation.id)]);
  setHeaders({ 'cache-control': 'no-store' });
  return {
    offer: { id: offer.id, title: offer.title },
    total: found.total,
    page,
    pages: Math.min(20, Math.ceil(found.total / CANDIDATES_PER_PAGE)),
    candidates: found.candidates.map(({ view, contact, acceptsContactRequests, score, ...why }, i) => ({
      profileId: view.id,
      rank: (page - 1) * CANDIDATES_PER_PAGE + i + 1,
      name: contact?.displayName ?? view.displayName ?? null,
      shared: contact !== null,
      /** How the person answered an earlier request of this organisation, if it made one. */
      askedState: asked.get(view.id) ?? null,
      /** Only someone who agreed to be contacted by employers can be asked. */
      acceptsContactRequests,
      score,
      why,
      facts: viewFacts(view, names),
      contact,
    })),
    asked: url.searchParams.get('asked'),
  };
};

export const actions: Actions = {
  ask: async (event) => {
    const offer = await loadOffer(event.locals.api, idParam(event.params.id), event.url.pathname);
    return askForContact(event, offer.organisation.id);
  },
};
