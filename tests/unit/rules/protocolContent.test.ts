// What a protocol version may hold: bounded templates, known placeholders, a Pharmacy First table the code
// implements, and the routing and decision-support switches within the safety floor (docs/protocol.md).
import { describe, expect, it } from 'vitest';
import { mayRoute } from '../../../shared/rules/destinations';
import { protocolCitation, routingProtocolOf } from '../../../shared/rules/protocol';
import { suggestDestinations } from '../../../shared/rules/suggestions';
import { DEFAULT_PROTOCOL_CONTENT as DEFAULTS, protocolContentSchema } from '../../../shared/schemas/protocol';

const firstIssue = (value: unknown) => {
  const parsed = protocolContentSchema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]!.path.join('.');
};
const template = { id: 'general', title: 'General', text: 'If you get worse, call NHS 111 or your practice.' };

describe('protocol content bounds', () => {
  it('accepts the defaults as they are', () => {
    expect(protocolContentSchema.parse(DEFAULTS)).toEqual(DEFAULTS);
  });

  it.each([
    ['more than 100 templates', { safetyNettingTemplates: Array.from({ length: 101 }, (_, i) => ({ ...template, id: `t${i}` })) }, 'safetyNettingTemplates'],
    ['a template of 100,000 characters', { safetyNettingTemplates: [{ ...template, text: 'x'.repeat(100_000) }] }, 'safetyNettingTemplates.0.text'],
    ['a template with no title', { safetyNettingTemplates: [{ ...template, title: '' }] }, 'safetyNettingTemplates.0.title'],
    ['two templates with one id', { safetyNettingTemplates: [template, { ...template }] }, 'safetyNettingTemplates'],
    ['a patient message with an unknown placeholder', { patientMessageTemplates: { ...DEFAULTS.patientMessageTemplates, anp: 'Hello {nhsNumber}, a nurse will call you today.' } }, 'patientMessageTemplates.anp'],
    ['a patient message of 5,000 characters', { patientMessageTemplates: { ...DEFAULTS.patientMessageTemplates, urgent: 'y'.repeat(5000) } }, 'patientMessageTemplates.urgent'],
    ['a Pharmacy First table the code does not implement', { pharmacyFirstSpec: '3.0' }, 'pharmacyFirstSpec'],
    ['a coordinator switch for urgent advice', { routing: { ...DEFAULTS.routing, coordinatorDestinations: { ...DEFAULTS.routing.coordinatorDestinations, urgent: true } } }, 'routing.coordinatorDestinations'],
    ['switching off the red-flag suggestion', { decisionSupport: { rules: { ...DEFAULTS.decisionSupport.rules, red_flag_to_duty_clinician: false } } }, 'decisionSupport.rules'],
  ])('refuses %s', (_, change, path) => {
    expect(firstIssue({ ...DEFAULTS, ...change })).toBe(path);
  });
});

describe('the protocol in force, applied', () => {
  const closing = (d: 'anp' | 'pharmacy_first') => routingProtocolOf({ ...DEFAULTS, routing: { ...DEFAULTS.routing, coordinatorDestinations: { ...DEFAULTS.routing.coordinatorDestinations, [d]: false } } });

  it('closes a destination to coordinators but not to clinicians', () => {
    expect(mayRoute(['coordinator'], 'anp', closing('anp'))).toBe(false);
    expect(mayRoute(['anp'], 'anp', closing('anp'))).toBe(true);
    expect(mayRoute(['lead'], 'anp', closing('anp'))).toBe(true);
  });

  it('never closes the practice or the duty clinician to anyone, whatever it lists', () => {
    const protocol = { coordinatorMaySelfCare: false, closedToCoordinators: ['practice_gp', 'duty_clinician'] as const };
    expect(mayRoute(['coordinator'], 'practice_gp', protocol)).toBe(true);
    expect(mayRoute(['coordinator'], 'duty_clinician', protocol)).toBe(true);
  });

  it('leaves out suggestions from rules it switches off, and still offers a hub clinician', () => {
    const request = { kind: 'clinical' as const, redFlags: [], text: 'I have a sore throat', patient: { birthDate: '1990-01-01', sex: 'female' as const }, submittedAt: '2026-11-24T10:00:00.000Z' };
    expect(suggestDestinations(request).map((s) => s.ruleId)).toContain('sore_throat_to_pharmacy_first');
    expect(suggestDestinations({ ...request, rulesOff: ['sore_throat_to_pharmacy_first'] }).map((s) => s.ruleId)).toEqual(['default_to_anp']);
  });

  it('cites the version, its signers and the day of the last sign-off', () => {
    expect(protocolCitation({ version: 'CN v4', signedOffBy: 'Dr A Lead', signedOffAt: '2026-12-03T11:00:00.000Z' })).toBe('hub protocol CN v4 signed off by Dr A Lead on 3 Dec 2026');
    expect(protocolCitation({ version: 'CN v3', signedOffBy: 'the GP clinical lead', signedOffAt: null })).toBe('hub protocol CN v3 signed off by the GP clinical lead');
  });
});
