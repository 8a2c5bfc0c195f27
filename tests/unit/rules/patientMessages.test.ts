// The pure rules of what the patient is told and how (shared/rules/patientMessages.ts): which channel,
// the template filled in, and the limits an edited message is held to.
import { describe, expect, it } from 'vitest';
import {
  checkMessage,
  composeMessage,
  contactByWords,
  contactRouteOf,
  fillTemplate,
  messageFacts,
  needsSafetyNet,
  carriesSafetyNetting,
  ukMobile,
  type MessageLimits,
} from '../../../shared/rules/patientMessages';
import { DEFAULT_PATIENT_MESSAGES } from '../../../shared/schemas/protocol';

describe('the channel a message goes by', () => {
  it('texts a UK mobile, written with spaces, +44 or 0044', () => {
    expect(ukMobile('07700 900123')).toBe('07700900123');
    expect(ukMobile('+44 7700 900123')).toBe('07700900123');
    expect(ukMobile('0044 (7700) 900-123')).toBe('07700900123');
    expect(contactRouteOf({ phone: '+447700900123', email: null, preferredContact: 'sms' })).toEqual({ channel: 'sms', to: '07700900123' });
  });

  it('never texts a landline or a number of the wrong length', () => {
    expect(ukMobile('0113 496 0000')).toBeNull();
    expect(ukMobile('+44 113 496 0000')).toBeNull();
    expect(ukMobile('07700 90012')).toBeNull();
    expect(ukMobile('07700 9001234')).toBeNull();
  });

  it('emails a patient who prefers email and gave an address', () => {
    expect(contactRouteOf({ phone: '07700 900123', email: ' pat@example.com ', preferredContact: 'email' })).toEqual({ channel: 'email', to: 'pat@example.com' });
  });

  it('texts first when the patient asked for a call or the app, which Notify cannot do', () => {
    expect(contactRouteOf({ phone: '07700 900123', email: 'pat@example.com', preferredContact: 'phone' })).toEqual({ channel: 'sms', to: '07700900123' });
    expect(contactRouteOf({ phone: '07700 900123', email: 'pat@example.com', preferredContact: 'app' })).toEqual({ channel: 'sms', to: '07700900123' });
  });

  it('falls back to the other channel when the preferred one is not usable', () => {
    expect(contactRouteOf({ phone: '07700 900123', email: null, preferredContact: 'email' })).toEqual({ channel: 'sms', to: '07700900123' });
    expect(contactRouteOf({ phone: '0113 496 0000', email: 'pat@example.com', preferredContact: 'sms' })).toEqual({ channel: 'email', to: 'pat@example.com' });
  });

  it('says why there is no channel, in words for the contact task', () => {
    expect(contactRouteOf({ phone: '0113 496 0000', email: null, preferredContact: 'phone' })).toEqual({ channel: null, why: 'the only phone number is not a mobile, and there is no email address' });
    expect(contactRouteOf({ phone: null, email: '  ', preferredContact: null })).toEqual({ channel: null, why: 'there is no mobile number or email address' });
  });
});

describe('the message from its template', () => {
  const now = Date.parse('2026-11-24T10:00:00Z');

  it('fills in the pharmacy, with plain words where the hub has not recorded a detail', () => {
    const facts = messageFacts({
      hubName: 'Northway hub',
      practiceName: 'Riverside Surgery',
      patientGivenName: 'Testy',
      pharmacy: { name: 'Cobblewick Pharmacy', address: null, phone: '0118 496 0123', openingHours: null },
    });
    expect(fillTemplate(DEFAULT_PATIENT_MESSAGES.pharmacy_first, facts)).toBe(
      'Riverside Surgery has referred you to Cobblewick Pharmacy, at the address your practice can give you, for a consultation with a pharmacist. Please call them on 0118 496 0123 or go in today (check their opening hours). If you get worse, call NHS 111; in an emergency call 999.',
    );
  });

  it('fills in the self-referral service and how to refer, then the safety-netting advice', () => {
    const facts = messageFacts({ hubName: 'h', practiceName: 'Riverside Surgery', patientGivenName: 'T', pathway: 'talking_therapies' });
    expect(composeMessage(DEFAULT_PATIENT_MESSAGES.self_referral, facts, '  Call 111 if worse.  ')).toBe(
      'You can refer yourself to NHS Talking Therapies without seeing a GP: refer yourself online at www.nhs.uk/talk. If your symptoms get worse, contact Riverside Surgery or call NHS 111.\n\nCall 111 if worse.',
    );
  });

  it('leaves a placeholder it has no value for, so the check refuses it', () => {
    expect(fillTemplate('Go to {pharmacyName} today.', {})).toBe('Go to {pharmacyName} today.');
  });

  it('says when the hub team will call in London words: today, tomorrow, or the day', () => {
    expect(contactByWords(Date.parse('2026-11-24T18:30:00Z'), now)).toBe('by 6:30pm today');
    expect(contactByWords(Date.parse('2026-11-25T10:00:00Z'), now)).toBe('by 10:00am tomorrow');
    expect(contactByWords(Date.parse('2026-11-30T09:00:00Z'), now)).toBe('by 9:00am on Monday 30 November');
    // British Summer Time: 17:00 UTC is 6pm in London.
    expect(contactByWords(Date.parse('2026-06-01T17:00:00Z'), Date.parse('2026-06-01T08:00:00Z'))).toBe('by 6:00pm today');
  });

  it('carries safety-netting for self-care and self-referral only, and keeps 111/999 on all but admin', () => {
    expect(carriesSafetyNetting('self_care') && carriesSafetyNetting('self_referral')).toBe(true);
    expect(carriesSafetyNetting('anp')).toBe(false);
    expect(needsSafetyNet('practice_admin')).toBe(false);
    expect(needsSafetyNet('pharmacy_first')).toBe(true);
  });
});

describe('the limits a message is held to', () => {
  const limits: MessageLimits = { channel: 'sms', nhsNumber: '9434765919', birthDate: '1990-05-17', needsSafetyNet: true };
  const base = 'Please see a pharmacist today. If you get worse, call NHS 111.';
  const ofLength = (n: number) => `${base} ${'x'.repeat(n - base.length - 1)}`;
  const refusal = (text: string, l: MessageLimits = limits) => {
    const verdict = checkMessage(text, l);
    return verdict.ok ? null : verdict;
  };

  it('takes a text message of 918 characters and refuses 919', () => {
    expect(refusal(ofLength(918))).toBeNull();
    expect(refusal(ofLength(919))).toMatchObject({ code: 'MESSAGE_NOT_ALLOWED', message: expect.stringContaining('919 characters; a text message takes at most 918') });
  });

  it('takes an email of 5000 characters and refuses 5001', () => {
    const email = { ...limits, channel: 'email' as const };
    expect(refusal(ofLength(5000), email)).toBeNull();
    expect(refusal(ofLength(5001), email)).toMatchObject({ message: expect.stringContaining('an email takes at most 5000') });
  });

  it('refuses fewer than 20 characters, counted without surrounding space', () => {
    expect(refusal('Call NHS 111 today.')).toMatchObject({ message: expect.stringContaining('too short') });
    expect(refusal('   Call NHS 111 today now.   ')).toBeNull();
  });

  it('refuses a placeholder left in', () => {
    expect(refusal(`${base} See you {contactBy}.`)).toMatchObject({ message: expect.stringContaining('{contactBy}') });
  });

  it('refuses a message that no longer says 111 or 999, unless none is needed', () => {
    expect(refusal('Please see a pharmacist today about it.')).toMatchObject({ message: expect.stringContaining('NHS 111 or 999') });
    expect(refusal('In an emergency call 999 straight away.')).toBeNull();
    expect(refusal('Please see a pharmacist today about it.', { ...limits, needsSafetyNet: false })).toBeNull();
    // 1110 is not 111.
    expect(refusal('Please call us on 01110 or see a pharmacist.')).toMatchObject({ message: expect.stringContaining('NHS 111 or 999') });
  });

  it('refuses the NHS number however it is spaced', () => {
    expect(refusal(`${base} Ref 943 476 5919.`)).toMatchObject({ message: expect.stringContaining('NHS number') });
    expect(refusal(`${base} Ref 943-476-5919.`)).toMatchObject({ message: expect.stringContaining('NHS number') });
  });

  it('refuses the date of birth, ISO or day/month/year', () => {
    expect(refusal(`${base} Born 1990-05-17.`)).toMatchObject({ message: expect.stringContaining('date of birth') });
    expect(refusal(`${base} Born 17/05/1990.`)).toMatchObject({ message: expect.stringContaining('date of birth') });
  });

  it('refuses HTML', () => {
    expect(refusal(`<p>${base}</p>`)).toMatchObject({ message: expect.stringContaining('plain text') });
  });

  it('checks no length where no channel is known yet', () => {
    expect(refusal(ofLength(6000), { ...limits, channel: null })).toBeNull();
  });
});
