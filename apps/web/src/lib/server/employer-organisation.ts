import { fail } from '@sveltejs/kit';
import { organisationInputSchema, parseIdentifier, type CountryCode, type OrganisationInput } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import type { OrganisationValues } from '$lib/employer/organisation-values';
import type { FieldErrors } from './api-errors';
import { formText } from './form-input';

// Registering an organisation: the form read, contacts written the way the API keeps
// them, and messages in the page's language (the API's are English, for developers).

export function readOrganisationForm(data: FormData): OrganisationValues {
  return {
    name: formText(data, 'name'),
    sector: formText(data, 'sector'),
    municipalityId: formText(data, 'municipalityId'),
    taxId: formText(data, 'taxId'),
    description: formText(data, 'description'),
    contactEmail: formText(data, 'contactEmail').trim(),
    contactPhone: formText(data, 'contactPhone').trim(),
    website: formText(data, 'website').trim(),
  };
}

const TAX_ID_MESSAGES: Record<CountryCode, () => string> = {
  CR: m.employer_error_tax_id_cr,
  GT: m.employer_error_tax_id_gt,
  HN: m.employer_error_tax_id_hn,
  PA: m.employer_error_tax_id_pa,
};

/** Messages by field; the tax id's names the format of the municipality's country. */
export function organisationFieldMessages(country: CountryCode | undefined): FieldErrors {
  return {
    name: m.employer_error_org_name(),
    sector: m.employer_error_choice(),
    municipalityId: m.employer_error_municipality(),
    taxId: country ? TAX_ID_MESSAGES[country]() : m.employer_error_tax_id(),
    description: m.employer_error_org_description(),
    contactEmail: m.employer_error_contact(),
    contactPhone: m.employer_error_phone(),
    website: m.employer_error_website(),
  };
}

/** The API's input: a local phone read in the municipality's country, a website with its https://. */
export function organisationInput(values: OrganisationValues, country: CountryCode | undefined) {
  const phone = values.contactPhone ? parseIdentifier(values.contactPhone, country) : null;
  const website = values.website && !/^https?:\/\//i.test(values.website) ? `https://${values.website}` : values.website;
  const candidate = {
    name: values.name,
    sector: values.sector,
    municipalityId: Number(values.municipalityId),
    taxId: values.taxId,
    description: values.description,
    contactEmail: values.contactEmail || null,
    contactPhone: values.contactPhone ? (phone?.kind === 'phone' ? phone.value : values.contactPhone) : null,
    website: website || null,
  };
  const checked = organisationInputSchema.safeParse(candidate);
  if (checked.success) return { input: checked.data as OrganisationInput };
  const messages = organisationFieldMessages(country);
  const fields: FieldErrors = {};
  for (const issue of checked.error.issues) {
    const name = String(issue.path[0] ?? '');
    fields[name] ??= messages[name] ?? m.error_form_invalid();
  }
  return { refused: fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields } }) };
}
