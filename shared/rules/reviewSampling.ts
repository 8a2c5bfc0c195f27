// Which decisions the clinical lead reviews (docs/clinical-safety/review.md): every decision of a
// kind the policy names, and a random share of the rest. The random part is a keyed hash of the
// policy's seed and the hand-off id, so the same seed always draws the same sample and anyone can
// reproduce it. Pure: the server selects with it, tests and the client can explain with it.
import type { Destination } from '../schemas/domain';
import type { ReviewPolicy } from '../schemas/reviews';

/** What sampling needs to know of one decision (a hand-off) and its request. */
export interface DecisionFacts {
  handoffId: number;
  destination: Destination;
  /** The decision was made by a care coordinator (not a clinician). */
  byCoordinator: boolean;
  /** null where no suggestion was offered. */
  suggestionFollowed: boolean | null;
  status: 'offered' | 'accepted' | 'declined' | 'expired' | 'acknowledged' | 'sent' | 'withdrawn';
  /** The request carries a red flag (definite, or raised by hand). */
  redFlag: boolean;
}

export const SAMPLE_REASONS = {
  red_flag: 'a red-flag journey',
  not_following_suggestion: 'a coordinator did not follow the suggestion',
  coordinator_self_care_or_self_referral: 'a coordinator redirected the patient to self-care or a self-referral pathway',
  declined_or_expired: 'the offer was declined or expired',
  random: 'drawn in the random share',
} as const;
export type SampleReason = keyof typeof SAMPLE_REASONS;

export interface SampleVerdict {
  sampled: boolean;
  reasons: SampleReason[];
  /** The reasons in words, for the review queue. */
  words: string[];
}

/**
 * A 53-bit keyed hash (cyrb53, two multiply-xorshift lanes) of the seed and the hand-off id, as a
 * fraction in [0, 1). Plain arithmetic rather than node:crypto, so it runs the same in the browser.
 */
export function sampleDraw(seed: string, handoffId: number): number {
  const text = `${seed}\u0000${handoffId}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // 21 bits of one lane above the 32 of the other: a whole number below 2^53.
  return (4294967296 * (h2 & 0x1fffff) + (h1 >>> 0)) / 2 ** 53;
}

/** Whether the policy puts this decision in the review sample, and why. */
export function sampleDecision(facts: DecisionFacts, policy: ReviewPolicy): SampleVerdict {
  const reasons: SampleReason[] = [];
  if (policy.redFlags && facts.redFlag) reasons.push('red_flag');
  if (policy.notFollowingSuggestion && facts.byCoordinator && facts.suggestionFollowed === false) reasons.push('not_following_suggestion');
  if (policy.coordinatorSelfCareOrSelfReferral && facts.byCoordinator && (facts.destination === 'self_care' || facts.destination === 'self_referral')) {
    reasons.push('coordinator_self_care_or_self_referral');
  }
  if (policy.declinedOrExpired && (facts.status === 'declined' || facts.status === 'expired')) reasons.push('declined_or_expired');
  // The random share is drawn from the rest: a decision already sampled for a reason keeps that reason alone.
  if (reasons.length === 0 && sampleDraw(policy.seed, facts.handoffId) < policy.randomShare) reasons.push('random');
  return { sampled: reasons.length > 0, reasons, words: reasons.map((r) => SAMPLE_REASONS[r]) };
}
