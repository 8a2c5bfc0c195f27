// The review sample: every decision of a kind the policy names, and a seeded, reproducible random share of the rest.
import { describe, expect, it } from 'vitest';
import { sampleDecision, sampleDraw, type DecisionFacts } from '../../../shared/rules/reviewSampling';
import { DEFAULT_REVIEW_POLICY, reviewPolicySchema, type ReviewPolicy } from '../../../shared/schemas/reviews';

const routine = (handoffId: number, over: Partial<DecisionFacts> = {}): DecisionFacts => ({
  handoffId,
  destination: 'anp',
  byCoordinator: true,
  suggestionFollowed: true,
  status: 'accepted',
  redFlag: false,
  ...over,
});
const noRandom: ReviewPolicy = { ...DEFAULT_REVIEW_POLICY, randomShare: 0 };

describe('the kinds of decision the policy always samples', () => {
  it.each([
    ['a red-flag journey', { redFlag: true }, 'red_flag'],
    ['a coordinator not following the suggestion', { suggestionFollowed: false }, 'not_following_suggestion'],
    ['a coordinator redirecting to self-care', { destination: 'self_care' }, 'coordinator_self_care_or_self_referral'],
    ['a coordinator redirecting to a self-referral pathway', { destination: 'self_referral' }, 'coordinator_self_care_or_self_referral'],
    ['a declined offer', { status: 'declined' }, 'declined_or_expired'],
    ['an expired offer', { status: 'expired' }, 'declined_or_expired'],
  ] as const)('samples %s, and says so in words', (_what, over, reason) => {
    const verdict = sampleDecision(routine(7, over as Partial<DecisionFacts>), noRandom);
    expect(verdict).toMatchObject({ sampled: true, reasons: [reason] });
    expect(verdict.words[0]).toMatch(/\w+ \w+/);
  });

  it('leaves a clinician’s self-care decision, or one without a suggestion, to the random share', () => {
    expect(sampleDecision(routine(7, { destination: 'self_care', byCoordinator: false }), noRandom).sampled).toBe(false);
    expect(sampleDecision(routine(7, { suggestionFollowed: null }), noRandom).sampled).toBe(false);
    expect(sampleDecision(routine(7, { suggestionFollowed: false, byCoordinator: false }), noRandom).sampled).toBe(false);
  });

  it('names every reason that applies, and drops a kind the lead switched off', () => {
    const both = routine(7, { redFlag: true, status: 'declined' });
    expect(sampleDecision(both, noRandom).reasons).toEqual(['red_flag', 'declined_or_expired']);
    expect(sampleDecision(both, { ...noRandom, redFlags: false }).reasons).toEqual(['declined_or_expired']);
    expect(sampleDecision(both, { ...noRandom, redFlags: false, declinedOrExpired: false }).sampled).toBe(false);
  });
});

describe('the random share', () => {
  const ids = Array.from({ length: 20_000 }, (_, i) => i + 1);
  const drawn = (policy: ReviewPolicy) => ids.filter((id) => sampleDecision(routine(id), policy).sampled);

  it('draws about the share asked for', () => {
    expect(drawn(DEFAULT_REVIEW_POLICY).length / ids.length).toBeGreaterThan(0.09);
    expect(drawn(DEFAULT_REVIEW_POLICY).length / ids.length).toBeLessThan(0.11);
    expect(drawn({ ...DEFAULT_REVIEW_POLICY, randomShare: 0 })).toEqual([]);
    expect(drawn({ ...DEFAULT_REVIEW_POLICY, randomShare: 1 })).toHaveLength(ids.length);
  });

  it('draws the same sample from the same seed, always, and another from another seed', () => {
    const a = { ...DEFAULT_REVIEW_POLICY, seed: 'November 2026' };
    const first = drawn(a);
    expect(drawn({ ...a })).toEqual(first);
    const b = drawn({ ...a, seed: 'December 2026' });
    expect(b).not.toEqual(first);
    // Two independent 10% samples share about 1% of the decisions.
    const inFirst = new Set(first);
    const overlap = b.filter((id) => inFirst.has(id)).length / ids.length;
    expect(overlap).toBeLessThan(0.02);
  });

  it('is a fraction in [0, 1) fixed by seed and hand-off alone', () => {
    for (const id of [1, 2, 99, 2 ** 40]) {
      const x = sampleDraw('seed', id);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      expect(sampleDraw('seed', id)).toBe(x);
    }
    expect(sampleDraw('seed', 1)).not.toBe(sampleDraw('seed', 2));
  });
});

describe('the policy a lead may store', () => {
  it('defaults to every kind and a tenth of the rest, and bounds the share and the seed', () => {
    expect(reviewPolicySchema.parse({})).toMatchObject({ redFlags: true, notFollowingSuggestion: true, coordinatorSelfCareOrSelfReferral: true, declinedOrExpired: true, randomShare: 0.1 });
    expect(reviewPolicySchema.safeParse({ randomShare: 1.5 }).success).toBe(false);
    expect(reviewPolicySchema.safeParse({ randomShare: -0.1 }).success).toBe(false);
    expect(reviewPolicySchema.safeParse({ seed: '' }).success).toBe(false);
    expect(reviewPolicySchema.safeParse({ seed: 'x'.repeat(65) }).success).toBe(false);
    expect(reviewPolicySchema.safeParse({ other: true }).success).toBe(false);
  });
});
