import { answerContactRequestWrite, auditWrite, contactRequestsOfUser, type Write } from '@solidaria/db';
import type { Services } from '../services';

/**
 * The writes that close a person's pending contact requests when they withdraw the
 * consent to be contacted by employers, for the same atomic unit as the withdrawal.
 * "closed", not "declined": the person did not answer those organisations, and each may
 * ask again if the person agrees again. Nobody is told by e-mail: the organisation reads
 * it on its candidates page, and an e-mail about it would tie the person to the request.
 */
export async function closePendingContactRequestWrites({ db }: Services, userId: number, now: Date, requestId: string | null): Promise<Write[]> {
  const pending = (await contactRequestsOfUser(db, userId)).filter(({ request }) => request.state === 'pending');
  return pending.flatMap(({ request }) => [
    answerContactRequestWrite(db, request, 'closed', now),
    auditWrite(db, {
      at: now, actorUserId: userId, action: 'contact_request.closed', subjectType: 'contact_request', subjectId: request.id, requestId,
      details: { because: 'consent.withdrawn', organisationId: request.organisationId },
    }),
  ]);
}
