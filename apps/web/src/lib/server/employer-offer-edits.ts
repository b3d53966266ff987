import { redirect, type RequestEvent } from '@sveltejs/kit';
import { languageLevels, skillLevels, type OfferInput } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { samePage } from '$lib/employer/offer-paths';
import { languageCodes } from '$lib/profile/places-and-languages';
import { relayApiCookies } from './api-cookies';
import { apiFailure } from './api-errors';
import { idParam, loadOffer, type LoadedOffer } from './employer';
import { formChoice, formLevels, formNumber, formText } from './form-input';

// The offer's lists (occupation, skills, languages), each changed by a small form of its
// own and saved at once: the API takes only the fields that changed.

type Event = Pick<RequestEvent, 'locals' | 'cookies' | 'url' | 'params' | 'request'>;
type Skill = OfferInput['skills'][number];
type Language = OfferInput['languages'][number];
type Changes = Partial<Pick<OfferInput, 'occupationId' | 'skills' | 'languages'>>;

/** Skills as the API takes them, from the offer as shown. */
const skillsOf = (offer: LoadedOffer): Skill[] =>
  offer.skills.map((s) => ({ skillId: s.id, level: skillLevels.find((l) => l === s.level) ?? 'intermediate', required: s.required }));
const languagesOf = (offer: LoadedOffer): Language[] =>
  offer.languages.map((l) => ({ code: l.code, level: languageLevels.find((level) => level === l.level) ?? 'B1' }));

function listMessages() {
  return { occupationId: m.employer_error_occupation(), skills: m.employer_error_skills(), languages: m.employer_error_languages() };
}

/** Saves one list's change and comes back to the page, keeping its searches (or dropping the occupation search once one is chosen). */
async function change(event: Event, make: (offer: LoadedOffer, data: FormData) => Changes, done: string, after = event.url) {
  const id = idParam(event.params.id);
  const [offer, data] = await Promise.all([loadOffer(event.locals.api, id, event.url.pathname), event.request.formData()]);
  const res = await event.locals.api.api.offers[':id'].$patch({ param: { id }, json: make(offer, data) });
  relayApiCookies(res, event.cookies);
  if (!res.ok) return apiFailure(res, {}, { fields: listMessages(), conflict: m.employer_offer_not_editable() });
  redirect(303, samePage(after, done));
}

const DEFAULT_LEVEL = 'intermediate';

export const listActions = {
  occupation: (event: Event) => {
    const after = new URL(event.url);
    after.searchParams.delete('occupation');
    return change(event, (_, data) => ({ occupationId: formNumber(data, 'occupationId') }), 'occupation', after);
  },
  clearOccupation: (event: Event) => change(event, () => ({ occupationId: null }), 'occupation'),
  addSkill: (event: Event) =>
    change(event, (offer, data) => {
      const skillId = formNumber(data, 'skillId');
      const skills = skillsOf(offer);
      return { skills: skills.some((s) => s.skillId === skillId) ? skills : [...skills, { skillId, level: DEFAULT_LEVEL, required: true }] };
    }, 'skills'),
  skills: (event: Event) =>
    change(event, (offer, data) => {
      const levels = formLevels(data, skillLevels);
      return { skills: skillsOf(offer).map((s) => ({ ...s, level: levels.get(String(s.skillId)) ?? s.level, required: formText(data, `need:${s.skillId}`) !== 'desired' })) };
    }, 'skills'),
  removeSkill: (event: Event) =>
    change(event, (offer, data) => ({ skills: skillsOf(offer).filter((s) => String(s.skillId) !== formText(data, 'remove')) }), 'skills'),
  addLanguage: (event: Event) =>
    change(event, (offer, data) => {
      const code = formChoice(data, 'code', languageCodes);
      const level = formChoice(data, 'level', languageLevels) ?? 'B1';
      // An unknown code is sent as typed, so the API's refusal names the field.
      const added = { code: code ?? formText(data, 'code'), level };
      return { languages: [...languagesOf(offer).filter((l) => l.code !== added.code), added] };
    }, 'languages'),
  languages: (event: Event) =>
    change(event, (offer, data) => {
      const levels = formLevels(data, languageLevels);
      return { languages: languagesOf(offer).map((l) => ({ ...l, level: levels.get(l.code) ?? l.level })) };
    }, 'languages'),
  removeLanguage: (event: Event) =>
    change(event, (offer, data) => ({ languages: languagesOf(offer).filter((l) => l.code !== formText(data, 'remove')) }), 'languages'),
};

