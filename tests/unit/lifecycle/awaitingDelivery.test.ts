// A self-care or self-referral decision waits for the patient to have the advice (docs/messaging.md):
// the hub closes it on delivery, a person on a phone call; anyone else is refused.
import { describe, expect, it } from 'vitest';
import { decide } from '../../../shared/lifecycle/decide';
import { SYSTEM_ACTOR, type Actor, type LifecycleContext } from '../../../shared/lifecycle/events';
import type { HandoffBody } from '../../../shared/schemas/handoff';

const coordinator: Actor = { kind: 'staff', id: 1, name: 'Coordinator 1', roles: ['coordinator'] };
const anp: Actor = { kind: 'staff', id: 20, name: 'Ana Nurse', roles: ['anp'] };
const practiceStaff: Actor = { kind: 'staff', id: 40, name: 'Pat', roles: ['practice'], practiceOds: 'E85001' };
const manager: Actor = { kind: 'staff', id: 50, name: 'Mo', roles: ['manager'] };

const context = (overrides: Partial<LifecycleContext> = {}): LifecycleContext => ({
  kind: 'clinical',
  practiceOds: 'E85001',
  redFlags: [],
  possibleRedFlags: [],
  patient: { birthDate: '1990-05-17', sex: 'female' },
  submittedAt: '2026-11-24T10:00:00.000Z',
  claimedBy: null,
  assigneeId: 20,
  pendingDestination: null,
  pendingOrganisationOds: null,
  coordinatorMaySelfCare: false,
  dutyClinicianId: null,
  ...overrides,
});
const waiting = context({ assigneeId: null, pendingDestination: 'self_care' });
const SAFETY = 'If it gets worse, call NHS 111 or your practice.';

describe('awaiting delivery', () => {
  it('is where self-care and self-referral go, and urgent advice still closes at once', () => {
    const offer = (handoff: Partial<HandoffBody>) => decide('with_clinician', context(), { type: 'offer', actor: anp, handoff: { reason: { code: 'protocol_match' }, expectedVersion: 3, ...handoff } as HandoffBody });
    expect(offer({ destination: 'self_care', safetyNetting: SAFETY })).toMatchObject({ ok: true, status: 'awaiting_delivery', context: { pendingDestination: 'self_care', assigneeId: null } });
    expect(offer({ destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY })).toMatchObject({ ok: true, status: 'awaiting_delivery' });
    expect(offer({ destination: 'urgent' })).toMatchObject({ ok: true, status: 'closed' });
  });

  it('closes on delivery, sent by the hub only', () => {
    const delivered = { type: 'message_delivered', messageId: 1, channel: 'sms', evidence: 'delivered' } as const;
    expect(decide('awaiting_delivery', waiting, { ...delivered, actor: SYSTEM_ACTOR })).toMatchObject({ ok: true, status: 'closed', context: { pendingDestination: null } });
    expect(decide('awaiting_delivery', waiting, { ...delivered, actor: coordinator })).toMatchObject({ ok: false });
  });

  it('stays waiting when the message fails, for a person to reach the patient', () => {
    expect(decide('awaiting_delivery', waiting, { type: 'message_failed', actor: SYSTEM_ACTOR, messageId: 1, failure: 'permanent_failure', taskId: 2 })).toMatchObject({ ok: true, status: 'awaiting_delivery' });
  });

  it('lets a coordinator or a clinician record the patient told by phone, or not reached', () => {
    for (const actor of [coordinator, anp]) {
      expect(decide('awaiting_delivery', waiting, { type: 'patient_told', actor, taskId: 2, note: 'read it out' })).toMatchObject({ ok: true, status: 'closed' });
      expect(decide('awaiting_delivery', waiting, { type: 'patient_not_reached', actor, taskId: 2, reason: 'no answer' })).toMatchObject({ ok: true, status: 'queued', context: { pendingDestination: null } });
    }
    for (const actor of [practiceStaff, manager]) {
      expect(decide('awaiting_delivery', waiting, { type: 'patient_told', actor, taskId: 2, note: 'read it out' })).toMatchObject({ ok: false });
    }
  });

  it('takes no claim and no phone call once closed', () => {
    expect(decide('awaiting_delivery', waiting, { type: 'claim', actor: coordinator })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
    expect(decide('closed', context({ assigneeId: null }), { type: 'patient_told', actor: coordinator, taskId: 2, note: 'read it out' })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });
  });
});
