// decide() runs the machine through one inert scope built once, not xstate's transition(), which
// builds a new actor per call: for any state, context and event the two must give the same answer.
import fc from 'fast-check';
import { transition } from 'xstate';
import { expect, it } from 'vitest';
import { transitionOf } from '../../../shared/lifecycle/decide';
import type { Actor, LifecycleContext, LifecycleEvent } from '../../../shared/lifecycle/events';
import { SYSTEM_ACTOR } from '../../../shared/lifecycle/events';
import { lifecycleMachine } from '../../../shared/lifecycle/machine';
import { DESTINATIONS, STATUSES } from '../../../shared/schemas/domain';

const actors: Actor[] = [
  { kind: 'staff', id: 1, name: 'Coordinator 1', roles: ['coordinator'] },
  { kind: 'staff', id: 2, name: 'Coordinator 2', roles: ['coordinator'] },
  { kind: 'staff', id: 20, name: 'Ana Nurse', roles: ['anp'] },
  { kind: 'staff', id: 22, name: 'Phil Pharmacist', roles: ['pharmacist'] },
  { kind: 'staff', id: 30, name: 'Dr Lead', roles: ['lead'] },
  { kind: 'staff', id: 40, name: 'Pat', roles: ['practice'], practiceOds: 'E85001' },
  { kind: 'integration', id: 'pharmacy:FA101', name: 'Pharmacy', roles: [], organisationOds: 'FA101' },
  SYSTEM_ACTOR,
];

const context: fc.Arbitrary<LifecycleContext> = fc.record({
  kind: fc.constantFrom('clinical' as const, 'admin' as const),
  practiceOds: fc.constant('E85001'),
  redFlags: fc.constantFrom([], ['chest_pain']),
  patient: fc.record({ birthDate: fc.constantFrom('1990-05-17', '2019-02-01', '1950-01-01'), sex: fc.constantFrom('female' as const, 'male' as const) }),
  submittedAt: fc.constant('2026-11-24T10:00:00.000Z'),
  claimedBy: fc.constantFrom(null, 1, 2),
  assigneeId: fc.constantFrom(null, 20, 22),
  pendingDestination: fc.constantFrom(null, 'anp', 'duty_clinician', 'community_pharmacy_referral'),
  pendingOrganisationOds: fc.constantFrom(null, 'FA101', 'E85001'),
  coordinatorMaySelfCare: fc.boolean(),
}) as fc.Arbitrary<LifecycleContext>;

const event: fc.Arbitrary<LifecycleEvent> = fc
  .record({
    type: fc.constantFrom(
      'claim', 'renew', 'release', 'lease_expired', 'offer', 'accept', 'decline', 'offer_expired', 'acknowledge',
      'acknowledgement_expired', 'escalate', 'complete', 'hand_back', 'reopen', 'cancel', 'raise_red_flag', 'clear_red_flag', 'sla_breached',
    ),
    actor: fc.constantFrom(...actors),
    destination: fc.constantFrom(...DESTINATIONS),
  })
  .map(({ type, actor, destination }) => ({
    type,
    actor,
    reason: 'a reason',
    outcome: 'advice_given',
    deadline: 'first_action',
    handoff: { destination, reason: { code: 'protocol_match' }, expectedVersion: 2, safetyNetting: 'advice sent', pharmacyOds: 'FA101', condition: 'sore_throat', exclusions: {} },
  }) as unknown as LifecycleEvent);

it('gives exactly what xstate transition() gives: the same next state, context and actions', () => {
  let moved = 0;
  fc.assert(
    fc.property(fc.constantFrom(...STATUSES), context, event, (status, ctx, e) => {
      const snapshot = lifecycleMachine.resolveState({ value: status, context: ctx });
      const [expected, expectedActions] = transition(lifecycleMachine, snapshot, e);
      const [actual, actions] = transitionOf(snapshot, e);
      expect(actual.value).toEqual(expected.value);
      expect(actual.context).toEqual(expected.context);
      expect(actual === snapshot).toBe(expected === snapshot);
      expect(actions.map((a) => (a as { type: string }).type)).toEqual(expectedActions.map((a) => a.type));
      if (expected !== snapshot) moved++;
    }),
    { numRuns: 10_000 },
  );
  // Guard against a generator whose events the machine only ever refuses.
  expect(moved).toBeGreaterThan(200);
});
