/**
 * An offer's details as the form holds them: text as typed (pay in major units), lists of
 * ticked values. The server turns them into the shared schema's input, and back.
 */
export interface OfferFormValues {
  title: string;
  description: string;
  municipalityId: string;
  remote: boolean;
  contractType: string;
  workingTime: string;
  days: string[];
  shifts: string[];
  salaryKind: 'range' | 'to_agree';
  salaryMin: string;
  salaryMax: string;
  salaryPeriod: string;
  vacancies: string;
  acceptedAuthorizations: string[];
  suitableForAdolescents: boolean;
  howToApply: string;
  closesOn: string;
}

/** Who may usually work: nationals and residents, refugees, and asylum seekers holding a work permit. */
export const DEFAULT_AUTHORIZATIONS = ['citizen_or_resident', 'refugee', 'asylum_seeker_with_permit'];

/** A new offer's form: the organisation's municipality, monthly pay, a month to apply. */
export function newOfferValues(municipalityId: number, today: Date): OfferFormValues {
  const closes = new Date(today.getTime() + 30 * 86_400_000);
  return {
    title: '',
    description: '',
    municipalityId: String(municipalityId),
    remote: false,
    contractType: '',
    workingTime: '',
    days: [],
    shifts: [],
    salaryKind: 'range',
    salaryMin: '',
    salaryMax: '',
    salaryPeriod: 'month',
    vacancies: '1',
    acceptedAuthorizations: DEFAULT_AUTHORIZATIONS,
    suitableForAdolescents: false,
    howToApply: '',
    closesOn: closes.toISOString().slice(0, 10),
  };
}
