import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { formNumber, formText } from '$lib/server/form-input';
import { officeMunicipalities } from '$lib/server/office-people';
import { searchTaxonomy } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

// A placement found outside the platform. The person comes from their record's link
// (`?person=`), or is left out for someone without an account; the occupation is found
// with a GET search (`?occupation=`) and chosen in the form, all without JavaScript.

export const load: PageServerLoad = async ({ locals, url, parent }) => {
  const { user } = await parent();
  const personParam = url.searchParams.get('person') ?? '';
  const q = url.searchParams.get('occupation') ?? '';
  const [municipalities, occupations, personRes] = await Promise.all([
    officeMunicipalities(locals.api, user.roles),
    searchTaxonomy(locals.api, 'occupations', q),
    /^[1-9]\d{0,9}$/.test(personParam) ? locals.api.api.office.people[':id'].$get({ param: { id: personParam } }) : null,
  ]);
  const person = personRes?.ok ? (await personRes.json()).person : null;
  return { municipalities, occupations, q, person: person ? { id: person.id, name: person.displayName, municipalityId: person.municipalityId } : null };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const data = await request.formData();
    const values = {
      userId: formText(data, 'userId'),
      employerName: formText(data, 'employerName').trim(),
      occupationId: formText(data, 'occupationId'),
      municipalityId: formText(data, 'municipalityId'),
      startsOn: formText(data, 'startsOn'),
    };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.startsOn)) {
      return fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields: { startsOn: m.office_placements_error_start() } } });
    }
    const res = await locals.api.api.placements.$post({
      json: {
        userId: values.userId ? formNumber(data, 'userId') : null,
        employerName: values.employerName,
        occupationId: values.occupationId ? formNumber(data, 'occupationId') : null,
        municipalityId: formNumber(data, 'municipalityId'),
        startsOn: values.startsOn,
      },
    });
    relayApiCookies(res, cookies);
    if (!res.ok) {
      return apiFailure(res, values, { fields: { employerName: m.office_placements_error_employer(), startsOn: m.office_placements_error_start(), municipalityId: m.error_field_municipality() } });
    }
    redirect(303, '/office/placements?status=all&done=recorded');
  },
};
