// The difference a protocol draft makes, in the words the lead signs off against (docs/protocol.md).
import { describe, expect, it } from 'vitest';
import { diffProtocol } from '../../../shared/rules/protocolDiff';
import { DEFAULT_PROTOCOL_CONTENT as IN_FORCE, type ProtocolContent } from '../../../shared/schemas/protocol';

const draft = (change: (c: ProtocolContent) => void): ProtocolContent => {
  const copy = structuredClone(IN_FORCE);
  change(copy);
  return copy;
};

describe('the difference between a draft and the protocol in force', () => {
  it('is empty for a draft that changes nothing', () => {
    expect(diffProtocol(IN_FORCE, structuredClone(IN_FORCE))).toEqual([]);
  });

  it('says in words that coordinators may now route to self-care', () => {
    expect(diffProtocol(IN_FORCE, draft((c) => (c.routing.coordinatorMaySelfCare = true)))).toEqual([
      { path: 'routing.coordinatorMaySelfCare', words: 'Coordinators may route to self-care: no → yes', before: 'no', after: 'yes' },
    ]);
  });

  it('names a destination closed to coordinators by its label', () => {
    const [change] = diffProtocol(IN_FORCE, draft((c) => (c.routing.coordinatorDestinations.pharmacy_first = false)));
    expect(change!.words).toBe('Coordinators may route to Community pharmacy: Pharmacy First clinical pathway: yes → no');
  });

  it('names a decision-support rule switched off by its sentence', () => {
    const [change] = diffProtocol(IN_FORCE, draft((c) => (c.decisionSupport.rules.msk_self_referral = false)));
    expect(change).toMatchObject({ path: 'decisionSupport.rules.msk_self_referral', before: 'on', after: 'off' });
    expect(change!.words).toBe('Decision support “Adults with a muscle, joint or back problem can self-refer to MSK physiotherapy.”: on → off');
  });

  it('gives a safety-netting template’s text before and after, and its title change in words', () => {
    const changes = diffProtocol(
      IN_FORCE,
      draft((c) => {
        c.safetyNettingTemplates[1] = { ...c.safetyNettingTemplates[1]!, title: 'Sore throat (adults)', text: 'Rest, drink plenty and call NHS 111 if you cannot swallow.' };
      }),
    );
    expect(changes).toEqual([
      { path: 'safetyNettingTemplates.sore_throat.title', words: 'Safety-netting template title: “Sore throat” → “Sore throat (adults)”', before: 'Sore throat', after: 'Sore throat (adults)' },
      {
        path: 'safetyNettingTemplates.sore_throat.text',
        words: 'Safety-netting template “Sore throat (adults)” text changed',
        before: IN_FORCE.safetyNettingTemplates[1]!.text,
        after: 'Rest, drink plenty and call NHS 111 if you cannot swallow.',
      },
    ]);
  });

  it('lists templates added and removed', () => {
    const added = { id: 'rash', title: 'Rash', text: 'Call 999 if a rash does not fade under a glass.' };
    const changes = diffProtocol(IN_FORCE, draft((c) => (c.safetyNettingTemplates = [...c.safetyNettingTemplates.filter((t) => t.id !== 'back_pain'), added])));
    expect(changes.map((c) => [c.words, c.before === null, c.after === null])).toEqual([
      ['Safety-netting template “Back pain” removed', false, true],
      ['Safety-netting template “Rash” added', true, false],
    ]);
  });

  it('gives a patient message before and after', () => {
    const text = 'You can look after this at home. If you get worse, contact {practiceName} or call NHS 111.';
    expect(diffProtocol(IN_FORCE, draft((c) => (c.patientMessageTemplates.self_care = text)))).toEqual([
      { path: 'patientMessageTemplates.self_care', words: 'Patient message for Self-care with safety-netting advice changed', before: IN_FORCE.patientMessageTemplates.self_care, after: text },
    ]);
  });
});
