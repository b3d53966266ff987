import { applicationStates } from '@solidaria/core';
import { idParam, loadOffer } from '$lib/server/employer';
import { loadPipeline } from '$lib/server/matching';
import { namesFor } from '$lib/server/profile-names';
import { employerMoves, moveApplication, viewFacts } from '$lib/server/matching-employer';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const id = idParam(params.id);
  const path = url.pathname + url.search;
  const [offer, applications] = await Promise.all([loadOffer(locals.api, id, path), loadPipeline(locals.api, id, path)]);
  const names = await namesFor(locals.api, applications.flatMap((a) => (a.candidate ? [a.candidate] : [])));
  const items = applications.map((a) => ({
    id: a.id,
    state: a.state,
    score: a.score === null ? null : Math.round(a.score),
    note: a.note,
    createdAt: a.createdAt,
    history: a.history,
    name: a.contact?.displayName ?? a.candidate?.displayName ?? null,
    available: a.candidate !== null,
    facts: a.candidate ? viewFacts(a.candidate, names) : [],
    contact: a.contact,
    minor: a.minor,
    why: a.why,
    moves: employerMoves(a.state),
  }));
  setHeaders({ 'cache-control': 'no-store' });
  return {
    offer: { id: offer.id, title: offer.title },
    timeZone: offer.municipality.timeZone,
    // One group per state, in the pipeline's order, best score first within each.
    groups: applicationStates.map((state) => ({ state, items: items.filter((a) => a.state === state) })).filter((g) => g.items.length > 0),
    done: applicationStates.find((state) => state === url.searchParams.get('done')) ?? null,
  };
};

export const actions: Actions = { move: moveApplication };
