// The lifecycle machine decides which event is allowed in which state, by whom; refusals carry a code.
import { describe, expect, it } from 'vitest';
import { decide, eventsHandledIn } from '../../../shared/lifecycle/decide';
import { SYSTEM_ACTOR, type Actor, type LifecycleContext, type LifecycleEvent } from '../../../shared/lifecycle/events';
import type { HandoffBody } from '../../../shared/schemas/handoff';
import { STATUSES } from '../../../shared/schemas/domain';
import { lifecycleMachine } from '../../../shared/lifecycle/machine';

const coordinator = (id = 1): Actor => ({ kind: 'staff', id, name: `Coordinator ${id}`, roles: ['coordinator'] });
const anp: Actor = { kind: 'staff', id: 20, name: 'Ana Nurse', roles: ['anp'] };
const physio: Actor = { kind: 'staff', id: 21, name: 'Femi Physio', roles: ['physio'] };
const lead: Actor = { kind: 'staff', id: 30, name: 'Dr Lead', roles: ['lead'] };
const practiceStaff = (ods: string): Actor => ({ kind: 'staff', id: 40, name: 'Pat', roles: ['practice'], practiceOds: ods });

const context = (overrides: Partial<LifecycleContext> = {}): LifecycleContext => ({
  kind: 'clinical',
  practiceOds: 'E85001',
  redFlags: [],
  possibleRedFlags: [],
  patient: { birthDate: '1990-05-17', sex: 'female' },
  submittedAt: '2026-11-24T10:00:00.000Z',
  claimedBy: null,
  assigneeId: null,
  pendingDestination: null,
  pendingOrganisationOds: null,
  coordinatorMaySelfCare: false,
  dutyClinicianId: null,
  ...overrides,
});

const handoff = (body: Partial<HandoffBody> & Pick<HandoffBody, 'destination'>): HandoffBody =>
  ({ reason: { code: 'protocol_match' }, expectedVersion: 2, ...body }) as HandoffBody;

describe('claiming', () => {
  it('lets a coordinator claim a queued request, holding it in triage', () => {
    const d = decide('queued', context(), { type: 'claim', actor: coordinator(1) });
    expect(d).toMatchObject({ ok: true, status: 'in_triage', context: { claimedBy: 1 } });
  });

  it('refuses a second coordinator with ALREADY_CLAIMED', () => {
    const d = decide('in_triage', context({ claimedBy: 1 }), { type: 'claim', actor: coordinator(2) });
    expect(d).toMatchObject({ ok: false, code: 'ALREADY_CLAIMED' });
  });

  it('lets the holder claim again to renew, staying in triage', () => {
    const d = decide('in_triage', context({ claimedBy: 1 }), { type: 'claim', actor: coordinator(1) });
    expect(d).toMatchObject({ ok: true, status: 'in_triage', context: { claimedBy: 1 } });
  });

  it('refuses a claim by an ANP, who works offers rather than the triage queue', () => {
    expect(decide('queued', context(), { type: 'claim', actor: anp })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lets only the holder or the clinical lead release', () => {
    const held = context({ claimedBy: 1 });
    expect(decide('in_triage', held, { type: 'release', actor: coordinator(2) })).toMatchObject({ ok: false, code: 'NOT_CLAIMED' });
    expect(decide('in_triage', held, { type: 'release', actor: coordinator(1) })).toMatchObject({ ok: true, status: 'queued', context: { claimedBy: null } });
    expect(decide('in_triage', held, { type: 'release', actor: lead })).toMatchObject({ ok: true, status: 'queued' });
  });

  it('expires a lease only when the scheduler says so', () => {
    const held = context({ claimedBy: 1 });
    expect(decide('in_triage', held, { type: 'lease_expired', actor: coordinator(2) })).toMatchObject({ ok: false });
    expect(decide('in_triage', held, { type: 'lease_expired', actor: SYSTEM_ACTOR })).toMatchObject({ ok: true, status: 'queued' });
  });

  it('refuses an event the state does not handle with INVALID_TRANSITION naming the state', () => {
    const d = decide('queued', context(), { type: 'release', actor: coordinator(1) });
    expect(d).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', message: expect.stringContaining('waiting in the queue') });
  });
});

describe('routing', () => {
  const held = context({ claimedBy: 1 });

  it('offers to the ANP team and clears the claim', () => {
    const d = decide('in_triage', held, { type: 'offer', actor: coordinator(1), handoff: handoff({ destination: 'anp' }) });
    expect(d).toMatchObject({ ok: true, status: 'offered', context: { claimedBy: null, pendingDestination: 'anp' } });
  });

  it('returns to the practice for a GP, awaiting the practice’s acceptance', () => {
    const d = decide('in_triage', held, { type: 'offer', actor: coordinator(1), handoff: handoff({ destination: 'practice_gp' }) });
    expect(d).toMatchObject({ ok: true, status: 'returned_to_practice' });
  });

  it('refuses routing by someone who does not hold the claim', () => {
    const d = decide('in_triage', held, { type: 'offer', actor: coordinator(2), handoff: handoff({ destination: 'anp' }) });
    expect(d).toMatchObject({ ok: false, code: 'NOT_CLAIMED' });
  });

  it('refuses a coordinator sending a red-flagged request to community pharmacy', () => {
    const d = decide('in_triage', context({ claimedBy: 1, redFlags: ['chest_pain'] }), {
      type: 'offer',
      actor: coordinator(1),
      handoff: handoff({ destination: 'pharmacy_minor_illness', pharmacyOds: 'FA101' } as Partial<HandoffBody> & { destination: 'pharmacy_minor_illness' }),
      pharmacy: { ods: 'FA101', distanceSelling: false },
    });
    expect(d).toMatchObject({ ok: false, code: 'RED_FLAG_REQUIRES_CLINICIAN' });
  });

  it('refuses a coordinator sending anyone to urgent care, which needs a clinician', () => {
    const d = decide('in_triage', held, { type: 'offer', actor: coordinator(1), handoff: handoff({ destination: 'urgent' }) });
    expect(d).toMatchObject({ ok: false, code: 'DESTINATION_NOT_PERMITTED' });
  });

  it('lets the holder escalate to the duty clinician', () => {
    const d = decide('in_triage', held, { type: 'escalate', actor: coordinator(1), reason: 'worried' });
    expect(d).toMatchObject({ ok: true, status: 'offered', context: { pendingDestination: 'duty_clinician' } });
  });
});

describe('offers and acceptance', () => {
  const offeredToAnp = context({ pendingDestination: 'anp' });

  it('lets a member of the offered team accept, becoming the assignee', () => {
    const d = decide('offered', offeredToAnp, { type: 'accept', actor: anp });
    expect(d).toMatchObject({ ok: true, status: 'with_clinician', context: { assigneeId: 20, pendingDestination: null } });
  });

  it('refuses acceptance by another team', () => {
    expect(decide('offered', offeredToAnp, { type: 'accept', actor: physio })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('sends a declined offer back to the triage queue', () => {
    expect(decide('offered', offeredToAnp, { type: 'decline', actor: anp, reason: 'needs GP' })).toMatchObject({ ok: true, status: 'queued' });
  });

  it('lets only the assignee complete, and then the request is closed', () => {
    const withAnp = context({ assigneeId: 20 });
    const other: Actor = { kind: 'staff', id: 22, name: 'Ben Nurse', roles: ['anp'] };
    expect(decide('with_clinician', withAnp, { type: 'complete', actor: other, outcome: 'advice_given' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(decide('with_clinician', withAnp, { type: 'complete', actor: anp, outcome: 'advice_given' })).toMatchObject({ ok: true, status: 'closed' });
  });

  it('lets only the request’s own practice accept what is handed back to it', () => {
    const returned = context({ pendingDestination: 'practice_gp' });
    expect(decide('returned_to_practice', returned, { type: 'accept', actor: practiceStaff('E85002') })).toMatchObject({ ok: false });
    expect(decide('returned_to_practice', returned, { type: 'accept', actor: practiceStaff('E85001') })).toMatchObject({ ok: true, status: 'closed' });
  });
});

describe('red flags and reopening', () => {
  it('lets a coordinator raise a red flag by hand but only a clinician clear it', () => {
    const raised = decide('queued', context(), { type: 'raise_red_flag', actor: coordinator(1), reason: 'sounds unwell' });
    expect(raised).toMatchObject({ ok: true, context: { redFlags: ['raised_by_hand'] } });
    const flagged = context({ redFlags: ['raised_by_hand'] });
    expect(decide('queued', flagged, { type: 'clear_red_flag', actor: coordinator(1), reason: 'x' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(decide('queued', flagged, { type: 'clear_red_flag', actor: anp, reason: 'reviewed' })).toMatchObject({ ok: true, context: { redFlags: [] } });
  });

  it('raises the rule the sender names, settling a possible flag of that rule', () => {
    const possible = context({ possibleRedFlags: ['baby_fever', 'unwell_child'] });
    const raised = decide('queued', possible, { type: 'raise_red_flag', actor: coordinator(1), reason: 'mum says floppy', ruleId: 'baby_fever' });
    expect(raised).toMatchObject({ ok: true, status: 'queued', context: { redFlags: ['baby_fever'], possibleRedFlags: ['unwell_child'] } });
  });

  it('refuses a raise by practice staff, who do not triage', () => {
    expect(decide('queued', context(), { type: 'raise_red_flag', actor: practiceStaff('E85001'), reason: 'worried' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lets a clinician confirm possible red flags, which become red flags', () => {
    const possible = context({ possibleRedFlags: ['baby_fever'] });
    const d = decide('queued', possible, { type: 'confirm_red_flag', actor: anp, reason: 'a baby this young with a fever' });
    expect(d).toMatchObject({ ok: true, status: 'queued', context: { redFlags: ['baby_fever'], possibleRedFlags: [] } });
    expect(decide('with_clinician', context({ assigneeId: 20, redFlags: ['raised_by_hand'], possibleRedFlags: ['unwell_child'] }), { type: 'confirm_red_flag', actor: anp, reason: 'agreed' }))
      .toMatchObject({ ok: true, status: 'with_clinician', context: { redFlags: ['raised_by_hand', 'unwell_child'], possibleRedFlags: [] } });
  });

  it('refuses a confirm by a coordinator with FORBIDDEN, and with nothing possible with NO_POSSIBLE_RED_FLAG', () => {
    const possible = context({ possibleRedFlags: ['baby_fever'] });
    expect(decide('queued', possible, { type: 'confirm_red_flag', actor: coordinator(1), reason: 'looks bad' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(decide('queued', context({ redFlags: ['chest_pain'] }), { type: 'confirm_red_flag', actor: anp, reason: 'agreed' })).toMatchObject({ ok: false, code: 'NO_POSSIBLE_RED_FLAG' });
  });

  it('lets a clinician clear possible flags as well as definite ones, and refuses with NO_RED_FLAG when there is nothing', () => {
    const both = context({ redFlags: ['raised_by_hand'], possibleRedFlags: ['baby_fever'] });
    expect(decide('queued', both, { type: 'clear_red_flag', actor: lead, reason: 'spoke to mum, no fever' })).toMatchObject({ ok: true, context: { redFlags: [], possibleRedFlags: [] } });
    expect(decide('queued', context({ possibleRedFlags: ['baby_fever'] }), { type: 'clear_red_flag', actor: physio, reason: 'not a fever' })).toMatchObject({ ok: true, context: { possibleRedFlags: [] } });
    expect(decide('queued', context(), { type: 'clear_red_flag', actor: anp, reason: 'nothing' })).toMatchObject({ ok: false, code: 'NO_RED_FLAG' });
    expect(decide('queued', context(), { type: 'clear_red_flag', actor: coordinator(1), reason: 'nothing' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('takes no red-flag decision on a request that has left the hub', () => {
    const possible = context({ possibleRedFlags: ['baby_fever'] });
    for (const status of ['redirected', 'returned_to_practice', 'closed', 'cancelled'] as const) {
      expect(decide(status, possible, { type: 'confirm_red_flag', actor: anp, reason: 'agreed' })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    }
  });

  it('lets only the clinical lead reopen a closed request', () => {
    expect(decide('closed', context(), { type: 'reopen', actor: coordinator(1), reason: 'x' })).toMatchObject({ ok: false });
    expect(decide('closed', context(), { type: 'reopen', actor: lead, reason: 'review' })).toMatchObject({ ok: true, status: 'queued' });
  });

  it('lets the lead reopen a referral or hand-back still waiting for its answer, and not a request with a clinician', () => {
    const waiting = context({ pendingDestination: 'pharmacy_minor_illness', pendingOrganisationOds: 'FA101' });
    for (const status of ['redirected', 'returned_to_practice'] as const) {
      expect(decide(status, waiting, { type: 'reopen', actor: lead, reason: 'after review', afterReview: true })).toMatchObject({ ok: true, status: 'queued', context: { pendingDestination: null } });
      expect(decide(status, waiting, { type: 'reopen', actor: coordinator(1), reason: 'x' })).toMatchObject({ ok: false });
    }
    expect(decide('with_clinician', context(), { type: 'reopen', actor: lead, reason: 'x' })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('accepts nothing on a closed or cancelled request but the lead’s reopen', () => {
    expect(eventsHandledIn('closed')).toEqual(['reopen']);
    expect(eventsHandledIn('cancelled')).toEqual(['reopen']);
  });

  it('defines every status of the contract as a state', () => {
    expect(Object.keys(lifecycleMachine.config.states ?? {}).sort()).toEqual([...STATUSES].sort());
    const all = new Set(STATUSES.flatMap((s) => eventsHandledIn(s)));
    const expected: LifecycleEvent['type'][] = ['claim', 'release', 'lease_expired', 'offer', 'accept', 'decline', 'offer_expired', 'escalate', 'complete', 'hand_back', 'reopen', 'cancel'];
    for (const e of expected) expect(all.has(e)).toBe(true);
  });
});

describe('events that change no state', () => {
  it('lets the scheduler record an SLA breach on an open request, and nobody else', () => {
    expect(decide('queued', context(), { type: 'sla_breached', actor: SYSTEM_ACTOR, deadline: 'first_action' })).toMatchObject({ ok: true, status: 'queued' });
    expect(decide('queued', context(), { type: 'sla_breached', actor: coordinator(1), deadline: 'first_action' })).toMatchObject({ ok: false });
    expect(decide('closed', context(), { type: 'sla_breached', actor: SYSTEM_ACTOR, deadline: 'outcome' })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });

  it('lets the holder renew the lease and nobody else', () => {
    const held = context({ claimedBy: 1 });
    expect(decide('in_triage', held, { type: 'renew', actor: coordinator(1) })).toMatchObject({ ok: true, status: 'in_triage' });
    expect(decide('in_triage', held, { type: 'renew', actor: coordinator(2) })).toMatchObject({ ok: false, code: 'NOT_CLAIMED' });
  });
});

describe('decide agrees with the machine’s own can()', () => {
  it('allows exactly the events can() allows, in every state, for every kind of actor', async () => {
    const { lifecycleMachine: machine } = await import('../../../shared/lifecycle/machine');
    const actors = [coordinator(1), coordinator(2), anp, physio, lead, practiceStaff('E85001'), SYSTEM_ACTOR];
    const contexts = [
      context(),
      context({ claimedBy: 1 }),
      context({ assigneeId: 20, pendingDestination: 'anp' }),
      context({ redFlags: ['chest_pain'], claimedBy: 1 }),
      context({ possibleRedFlags: ['baby_fever'], assigneeId: 20 }),
    ];
    const events = (actor: Actor): LifecycleEvent[] => [
      { type: 'claim', actor }, { type: 'renew', actor }, { type: 'release', actor }, { type: 'lease_expired', actor },
      { type: 'offer', actor, handoff: handoff({ destination: 'anp' }) }, { type: 'accept', actor }, { type: 'decline', actor, reason: 'x' },
      { type: 'offer_expired', actor }, { type: 'escalate', actor, reason: 'x' }, { type: 'complete', actor, outcome: 'advice_given' },
      { type: 'hand_back', actor, reason: 'x' }, { type: 'reopen', actor, reason: 'x' }, { type: 'sla_breached', actor, deadline: 'outcome' },
      { type: 'raise_red_flag', actor, reason: 'x' }, { type: 'clear_red_flag', actor, reason: 'x' }, { type: 'confirm_red_flag', actor, reason: 'x' },
    ];
    for (const status of STATUSES) for (const ctx of contexts) for (const actor of actors) for (const event of events(actor)) {
      const can = machine.resolveState({ value: status, context: ctx }).can(event);
      expect(decide(status, ctx, event).ok, `${status} ${event.type} by ${actor.name}`).toBe(can);
    }
  });
});
