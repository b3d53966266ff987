// The screening of a job offer before it can be published: hard blocks (refused, with the
// reason) and flags (sent to an officer, never published automatically). Pure: everything
// it knows comes in the arguments, so the API, the web form and the tests get the same
// answer on Node and on Workers.

import { ageOrGenderTargeting } from './rules/targeting';
import { duplicateText, newOrganisationManyOffers } from './rules/account-signals';
import { highRiskWork } from './rules/high-risk-work';
import { identityDocuments } from './rules/identity-documents';
import { payAboveUsual, payMissing } from './rules/pay';
import { privateContactOnly } from './rules/private-contact';
import { tooGoodToBeTrue } from './rules/too-good';
import { workAbroad } from './rules/work-abroad';
import { workerFee } from './rules/worker-fee';
import { sourcesOf } from './text-match';
import { type Finding, type ScreeningContext, type ScreeningInput, type ScreeningResult, blockCodes, flagCodes } from './types';

function inCodeOrder<Code extends string>(order: readonly Code[], findings: Finding<Code>[]): Finding<Code>[] {
  return [...findings].sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
}

export function screenOffer(input: ScreeningInput, context: ScreeningContext): ScreeningResult {
  const sources = sourcesOf(input);
  const abroad = workAbroad(input, sources, context);
  return {
    blocks: inCodeOrder(blockCodes, [...workerFee(sources), ...identityDocuments(sources), ...abroad.blocks]),
    flags: inCodeOrder(flagCodes, [
      ...payAboveUsual(input, sources, context),
      ...payMissing(input, sources),
      ...privateContactOnly(sources, context.country),
      ...tooGoodToBeTrue(input, sources, context),
      ...ageOrGenderTargeting(sources),
      ...highRiskWork(sources),
      ...duplicateText(context),
      ...newOrganisationManyOffers(context),
      ...abroad.flags,
    ]),
  };
}
