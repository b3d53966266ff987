/** An organisation's registration form as typed. */
export interface OrganisationValues {
  name: string;
  sector: string;
  municipalityId: string;
  taxId: string;
  description: string;
  contactEmail: string;
  contactPhone: string;
  website: string;
}

export const emptyOrganisation: OrganisationValues = {
  name: '', sector: '', municipalityId: '', taxId: '', description: '', contactEmail: '', contactPhone: '', website: '',
};
