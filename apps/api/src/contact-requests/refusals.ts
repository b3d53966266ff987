import { ApiError } from '../errors';

// The two reasons an employer's ask is refused with a 409, told apart by the code of the
// envelope's one reason: asking again is pointless in one case and not allowed in the other.

export const alreadyAsked = () =>
  new ApiError('CONFLICT', 'This organisation already asked this person.', undefined, undefined, [
    { code: 'already_asked', es: 'Su organización ya le pidió el contacto a esta persona.', en: 'Your organisation has already asked this person for their contact.' },
  ]);

/** Never agreed to be contacted by employers, or withdrew that consent: the same answer, so it does not say which. */
export const takesNoContactRequests = () =>
  new ApiError('CONFLICT', 'This person does not take contact requests.', undefined, undefined, [
    { code: 'takes_no_contact_requests', es: 'Esta persona no recibe pedidos de contacto.', en: 'This person takes no contact requests.' },
  ]);
