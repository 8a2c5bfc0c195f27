// Routing rules: who may send a request where, red flags, admin requests, Pharmacy First, and the hand-off body.
import { describe, expect, it } from 'vitest';
import { DESTINATIONS, type Destination, type Role } from '../../../shared/schemas/domain';
import { handoffBodySchema, type HandoffInput, REASON_CODES } from '../../../shared/schemas/handoff';
import {
  checkRoute,
  DESTINATION_RULES,
  mayRoute,
  routableDestinations,
  type RouteConsultation,
} from '../../../shared/rules/destinations';

const REASON = { code: 'protocol_match' } as const;

/** A valid hand-off body for each destination, so a test only states what it is about. */
function body(destination: Destination, extra: Partial<Record<string, unknown>> = {}) {
  const base = { destination, reason: REASON, expectedVersion: 3 };
  const perDestination: Partial<Record<Destination, Record<string, unknown>>> = {
    pharmacy_first: {
      condition: 'uti',
      pharmacyOds: 'FA123',
      exclusions: { pregnant: false, recurrentUti: false, catheter: false },
    },
    pharmacy_minor_illness: { pharmacyOds: 'FA123' },
    self_referral: { pathway: 'msk_physio', safetyNetting: 'If the pain gets worse or you notice numbness, call NHS 111 or your GP.' },
    self_care: { safetyNetting: 'Call 111 or your practice if the pain worsens or you develop a fever.' },
  };
  return handoffBodySchema.parse({ ...base, ...perDestination[destination], ...extra } as HandoffInput);
}

const CLINICAL: RouteConsultation = {
  kind: 'clinical',
  redFlags: [],
  patient: { birthDate: '1990-01-01', sex: 'female' },
  submittedAt: '2025-03-03T10:00:00Z',
};
const PHARMACY = { ods: 'FA123', distanceSelling: false };

function route(
  actorRoles: Role[],
  destination: Destination,
  opts: { consultation?: Partial<RouteConsultation>; extra?: Record<string, unknown>; coordinatorMaySelfCare?: boolean } = {},
) {
  return checkRoute({
    actorRoles,
    destination,
    consultation: { ...CLINICAL, ...opts.consultation },
    details: body(destination, opts.extra),
    pharmacy: PHARMACY,
    protocol: { coordinatorMaySelfCare: opts.coordinatorMaySelfCare ?? false },
  });
}

describe('who may route where', () => {
  it.each(['anp', 'pharmacist', 'physio', 'duty_clinician', 'pharmacy_first', 'pharmacy_minor_illness', 'self_referral', 'practice_gp', 'practice_admin'] as const)(
    'lets a coordinator route to %s',
    (destination) => {
      expect(route(['coordinator'], destination)).toEqual({ ok: true });
    },
  );

  it('refuses urgent advice from a coordinator, naming role and destination', () => {
    const verdict = route(['coordinator'], 'urgent');
    expect(verdict).toMatchObject({ ok: false, code: 'DESTINATION_NOT_PERMITTED' });
    expect(!verdict.ok && verdict.message).toMatch(/care coordinator.*Urgent: advise 999/);
  });

  it('refuses self-care from a coordinator unless the protocol allows it', () => {
    expect(route(['coordinator'], 'self_care')).toMatchObject({ ok: false, code: 'DESTINATION_NOT_PERMITTED' });
    expect(route(['coordinator'], 'self_care', { coordinatorMaySelfCare: true })).toEqual({ ok: true });
  });

  it.each(['anp', 'pharmacist', 'physio', 'lead'] as const)('lets a %s advise urgent care and self-care', (role) => {
    expect(route([role], 'urgent')).toEqual({ ok: true });
    expect(route([role], 'self_care')).toEqual({ ok: true });
  });

  it.each(['manager', 'admin'] as const)('refuses a %s any route, even escalation', (role) => {
    for (const d of DESTINATIONS) expect(mayRoute([role], d)).toBe(false);
  });

  it('lets anyone who works requests escalate to the duty clinician or hand back to the practice', () => {
    for (const role of ['coordinator', 'anp', 'pharmacist', 'physio', 'lead'] as const) {
      expect(mayRoute([role], 'duty_clinician')).toBe(true);
      expect(mayRoute([role], 'practice_gp')).toBe(true);
      expect(mayRoute([role], 'practice_admin')).toBe(true);
    }
  });
});

describe('red flags', () => {
  const flagged = { consultation: { redFlags: ['chest_pain'] }, coordinatorMaySelfCare: true };

  it.each(['self_care', 'self_referral', 'pharmacy_first', 'pharmacy_minor_illness'] as const)(
    'refuses a coordinator sending a red-flagged request to %s',
    (destination) => {
      const verdict = route(['coordinator'], destination, flagged);
      expect(verdict).toMatchObject({ ok: false, code: 'RED_FLAG_REQUIRES_CLINICIAN' });
      expect(!verdict.ok && verdict.message).toContain('Chest pain');
    },
  );

  it.each(['duty_clinician', 'anp', 'practice_gp'] as const)('lets a coordinator send a red-flagged request to %s', (destination) => {
    expect(route(['coordinator'], destination, flagged)).toEqual({ ok: true });
  });

  it('lets a clinician choose self-care or self-referral for a red-flagged request', () => {
    expect(route(['anp'], 'self_care', flagged)).toEqual({ ok: true });
    expect(route(['anp'], 'self_referral', flagged)).toEqual({ ok: true });
  });

  it('keeps community pharmacy closed to red flags even for a clinician, until the flag is cleared', () => {
    expect(route(['anp'], 'pharmacy_minor_illness', flagged)).toMatchObject({ ok: false, code: 'RED_FLAG_REQUIRES_CLINICIAN' });
    expect(route(['lead'], 'pharmacy_first', flagged)).toMatchObject({ ok: false, code: 'RED_FLAG_REQUIRES_CLINICIAN' });
  });

  it('treats a coordinator who is also a clinician as a clinician', () => {
    expect(route(['coordinator', 'anp'], 'self_referral', flagged)).toEqual({ ok: true });
  });
});

describe('administrative requests', () => {
  const admin = { consultation: { kind: 'admin' as const }, coordinatorMaySelfCare: true };

  it.each(['pharmacy_first', 'pharmacy_minor_illness', 'self_referral', 'self_care'] as const)(
    'refuses an admin request to %s',
    (destination) => {
      expect(route(['coordinator'], destination, admin)).toMatchObject({ ok: false, code: 'ADMIN_REQUEST_DESTINATION' });
    },
  );

  it.each(['practice_admin', 'practice_gp', 'anp', 'pharmacist', 'physio', 'duty_clinician'] as const)(
    'lets an admin request go to %s',
    (destination) => {
      expect(route(['coordinator'], destination, admin)).toEqual({ ok: true });
    },
  );
});

describe('Pharmacy First through checkRoute', () => {
  it('refuses Pharmacy First UTI pathway for a man', () => {
    expect(route(['coordinator'], 'pharmacy_first', { consultation: { patient: { birthDate: '1990-01-01', sex: 'male' } } })).toEqual({
      ok: false,
      code: 'PHARMACY_FIRST_NOT_ELIGIBLE',
      message: 'Not eligible for Pharmacy First: uncomplicated UTI: women aged 16 to 64',
    });
  });

  it('refuses when the exclusion questions were not answered', () => {
    expect(route(['anp'], 'pharmacy_first', { extra: { exclusions: {} } })).toMatchObject({ ok: false, code: 'PHARMACY_FIRST_NOT_ELIGIBLE' });
  });

  it('refuses when the pharmacy looked up is not the one in the hand-off', () => {
    expect(route(['coordinator'], 'pharmacy_first', { extra: { pharmacyOds: 'FB456' } })).toMatchObject({
      ok: false,
      code: 'DESTINATION_DETAILS_REQUIRED',
    });
  });
});

describe('rule order', () => {
  it('checks the role before red flags', () => {
    expect(route(['coordinator'], 'urgent', { consultation: { redFlags: ['chest_pain'] } })).toMatchObject({ code: 'DESTINATION_NOT_PERMITTED' });
  });

  it('checks red flags before the admin rule and eligibility', () => {
    const consultation = { redFlags: ['chest_pain'], kind: 'admin' as const, patient: { birthDate: '1990-01-01', sex: 'male' as const } };
    expect(route(['coordinator'], 'pharmacy_first', { consultation })).toMatchObject({ code: 'RED_FLAG_REQUIRES_CLINICIAN' });
  });

  it('refuses details written for another destination', () => {
    const verdict = checkRoute({ actorRoles: ['coordinator'], destination: 'anp', consultation: CLINICAL, details: body('physio') });
    expect(verdict).toMatchObject({ ok: false, code: 'DESTINATION_DETAILS_REQUIRED' });
  });
});

describe('routableDestinations', () => {
  it('offers a coordinator everything but urgent and self-care on a routine clinical request', () => {
    expect(routableDestinations({ actorRoles: ['coordinator'], consultation: CLINICAL })).toEqual(
      DESTINATIONS.filter((d) => d !== 'urgent' && d !== 'self_care'),
    );
  });

  it('offers a coordinator only hub teams and the practice for a red-flagged request', () => {
    const consultation = { ...CLINICAL, redFlags: ['stroke_signs'] };
    expect(routableDestinations({ actorRoles: ['coordinator'], consultation })).toEqual([
      'anp',
      'pharmacist',
      'physio',
      'duty_clinician',
      'practice_gp',
      'practice_admin',
    ]);
  });
});

describe('liability facts', () => {
  it('moves responsibility to a hub team or the practice only on acceptance', () => {
    for (const d of ['anp', 'pharmacist', 'physio', 'duty_clinician', 'practice_gp', 'practice_admin'] as const) {
      expect(DESTINATION_RULES[d]).toMatchObject({ needsAcceptance: true, responsibilityMoves: 'on_acceptance' });
    }
  });

  it('moves responsibility to a community pharmacy on acknowledgement', () => {
    expect(DESTINATION_RULES.pharmacy_first.responsibilityMoves).toBe('on_acknowledgement');
    expect(DESTINATION_RULES.pharmacy_minor_illness.responsibilityMoves).toBe('on_acknowledgement');
  });

  it('moves responsibility to the patient once safety-netting advice is sent', () => {
    expect(DESTINATION_RULES.self_care).toMatchObject({ needsAcceptance: false, responsibilityMoves: 'on_safety_netting_sent' });
    expect(DESTINATION_RULES.self_referral).toMatchObject({ needsAcceptance: false, responsibilityMoves: 'on_safety_netting_sent' });
  });

  it('names the accepting ANP in the responsibility note', () => {
    expect(DESTINATION_RULES.anp.responsibilityNote).toBe(
      'The offering side stays accountable until a member of the ANP team accepts; then the accepting ANP owns and is accountable on the basis of the accepted hand-off.',
    );
  });
});

describe('hand-off body', () => {
  it('requires a text when the reason is "other"', () => {
    expect(handoffBodySchema.safeParse({ destination: 'anp', reason: { code: 'other' }, expectedVersion: 1 }).success).toBe(false);
    expect(
      handoffBodySchema.safeParse({ destination: 'anp', reason: { code: 'other', text: 'patient asked for a nurse' }, expectedVersion: 1 }).success,
    ).toBe(true);
  });

  it('refuses an unknown reason code', () => {
    expect(handoffBodySchema.safeParse({ destination: 'anp', reason: { code: 'because' }, expectedVersion: 1 }).success).toBe(false);
  });

  it('requires a condition and a pharmacy for Pharmacy First', () => {
    expect(handoffBodySchema.safeParse({ destination: 'pharmacy_first', reason: REASON, expectedVersion: 1 }).success).toBe(false);
  });

  it('requires safety-netting advice of at least 20 characters for self-care', () => {
    expect(handoffBodySchema.safeParse({ destination: 'self_care', reason: REASON, expectedVersion: 1, safetyNetting: 'call 111' }).success).toBe(false);
  });

  it('requires safety-netting advice for a self-referral, since responsibility passes to the patient with it', () => {
    expect(handoffBodySchema.safeParse({ destination: 'self_referral', reason: REASON, expectedVersion: 1, pathway: 'podiatry' }).success).toBe(false);
  });

  it('requires a known self-referral pathway', () => {
    expect(handoffBodySchema.safeParse({ destination: 'self_referral', reason: REASON, expectedVersion: 1, pathway: 'yoga' }).success).toBe(false);
    expect(body('self_referral', { pathway: 'talking_therapies', safetyNetting: 'If you feel unsafe at any time, call NHS 111 option 2 or 999.' })).toMatchObject({ pathway: 'talking_therapies' });
  });

  it('upper-cases the pharmacy ODS code and defaults the exclusion answers', () => {
    const parsed = handoffBodySchema.parse({
      destination: 'pharmacy_first',
      reason: REASON,
      expectedVersion: 0,
      condition: 'sinusitis',
      pharmacyOds: 'fa123',
    });
    expect(parsed).toMatchObject({ pharmacyOds: 'FA123', exclusions: {} });
  });

  it('refuses a negative or fractional expected version', () => {
    expect(handoffBodySchema.safeParse({ destination: 'anp', reason: REASON, expectedVersion: -1 }).success).toBe(false);
    expect(handoffBodySchema.safeParse({ destination: 'anp', reason: REASON, expectedVersion: 1.5 }).success).toBe(false);
  });

  it('labels every reason code', () => {
    for (const label of Object.values(REASON_CODES)) expect(label.length).toBeGreaterThan(3);
  });
});
