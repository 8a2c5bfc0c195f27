// What the patient is told, and how (docs/messaging.md). Pure: the routing panel and the outcome form
// preview the message with these functions, and the server composes and checks the one it queues with
// the same ones, whatever the client sent.
import { ALLOWED, refuse, type Verdict } from '../errors';
import type { Destination, SelfReferralPathway } from '../schemas/domain';
import type { MessageChannel } from '../schemas/messages';
import { MESSAGE_PLACEHOLDERS } from '../schemas/protocol';
import { SELF_REFERRAL_SERVICES } from './selfReferralServices';

/** Notify sends an SMS of at most 918 characters (6 fragments); longer is refused, so the hub refuses first. */
export const SMS_MAX_CHARS = 918;
/** Long enough for a template and a full safety-netting paragraph; an email is not a leaflet. */
export const EMAIL_MAX_CHARS = 5000;
export const MESSAGE_MIN_CHARS = 20;

export interface PatientContact {
  phone: string | null;
  email: string | null;
  /** As the online consultation form recorded it: 'sms', 'email', 'phone', 'app', or nothing. */
  preferredContact: string | null;
}

/** Where a message can go: a channel and its address, or why there is none (patient-free words). */
export type ContactRoute = { channel: MessageChannel; to: string } | { channel: null; why: string };

/** A UK mobile number in the form Notify takes ("07700900123"), or null for a landline or anything else. */
export function ukMobile(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[\s()-]/g, '');
  const national = digits.startsWith('+44') ? `0${digits.slice(3)}` : digits.startsWith('0044') ? `0${digits.slice(4)}` : digits;
  return /^07\d{9}$/.test(national) ? national : null;
}

/**
 * The patient's preferred channel when it is usable, else the other one: a text to a mobile, or an email.
 * A preference for a call or the app cannot be met by Notify, so the mobile comes first, then email.
 */
export function contactRouteOf(contact: PatientContact): ContactRoute {
  const mobile = ukMobile(contact.phone);
  const email = contact.email?.trim() || null;
  if (contact.preferredContact === 'email' && email) return { channel: 'email', to: email };
  if (mobile) return { channel: 'sms', to: mobile };
  if (email) return { channel: 'email', to: email };
  return { channel: null, why: contact.phone ? 'the only phone number is not a mobile, and there is no email address' : 'there is no mobile number or email address' };
}

export type MessageFacts = Partial<Record<(typeof MESSAGE_PLACEHOLDERS)[number], string>>;

/** The template with its placeholders filled in; one without a value is left as written, and checkMessage refuses it. */
export const fillTemplate = (template: string, facts: MessageFacts): string =>
  template.replace(/\{([^{}]*)\}/g, (whole, name: string) => facts[name as keyof MessageFacts] ?? whole);

/** Destinations whose message carries the safety-netting advice the sender wrote (responsibility passes to the patient on it). */
export const carriesSafetyNetting = (destination: Destination) => destination === 'self_care' || destination === 'self_referral';

/** The message as it will go: the filled-in template, then any safety-netting advice, as one text. */
export function composeMessage(template: string, facts: MessageFacts, safetyNetting?: string): string {
  const main = fillTemplate(template, facts).trim();
  return safetyNetting?.trim() ? `${main}\n\n${safetyNetting.trim()}` : main;
}

export const emailSubject = (facts: MessageFacts) => `Your request to ${facts.practiceName ?? 'your GP practice'}`;

export const maxChars = (channel: MessageChannel) => (channel === 'sms' ? SMS_MAX_CHARS : EMAIL_MAX_CHARS);

/** What the patient must not be sent in a message: identifiers that belong in the record, not on a lock screen. */
export interface MessageLimits {
  channel: MessageChannel | null;
  nhsNumber: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  /** Whether the message must still tell the patient where to go if they get worse (NHS 111 or 999). */
  needsSafetyNet: boolean;
}

const UNFILLED = /\{[^{}]*\}/;
const SAFETY_NET = /\b(111|999)\b/;

/**
 * Whether a message (the template's or the sender's edit) may go: plain text of a length the channel takes,
 * every placeholder filled, still saying where to get help, and no NHS number or date of birth.
 */
export function checkMessage(text: string, limits: MessageLimits): Verdict {
  const body = text.trim();
  if (body.length < MESSAGE_MIN_CHARS) return refuse('MESSAGE_NOT_ALLOWED', `The message to the patient is too short: at least ${MESSAGE_MIN_CHARS} characters.`);
  if (limits.channel && body.length > maxChars(limits.channel)) {
    return refuse(
      'MESSAGE_NOT_ALLOWED',
      `The message to the patient is ${body.length} characters; ${limits.channel === 'sms' ? 'a text message' : 'an email'} takes at most ${maxChars(limits.channel)}. Shorten it or the safety-netting advice.`,
    );
  }
  const unfilled = UNFILLED.exec(body);
  if (unfilled) return refuse('MESSAGE_NOT_ALLOWED', `The message to the patient still has the placeholder ${unfilled[0]}: write the words in.`);
  if (/<[a-z/][^>]*>/i.test(body)) return refuse('MESSAGE_NOT_ALLOWED', 'The message to the patient must be plain text, without HTML tags.');
  if (limits.needsSafetyNet && !SAFETY_NET.test(body)) {
    return refuse('MESSAGE_NOT_ALLOWED', 'The message to the patient must still say where to get help if they get worse (NHS 111 or 999).');
  }
  const digits = body.replace(/[\s-]/g, '');
  if (limits.nhsNumber && digits.includes(limits.nhsNumber)) return refuse('MESSAGE_NOT_ALLOWED', 'The message to the patient must not carry their NHS number.');
  const [y, m, d] = limits.birthDate.split('-');
  if (y && m && d && (body.includes(limits.birthDate) || body.includes(`${d}/${m}/${y}`))) {
    return refuse('MESSAGE_NOT_ALLOWED', 'The message to the patient must not carry their date of birth.');
  }
  return ALLOWED;
}

/** What the hub knows when it writes a message; the routing panel, the outcome form and the server pass the same. */
export interface MessageContext {
  hubName: string;
  practiceName: string;
  patientGivenName: string;
  /** The chosen pharmacy, for a referral to one; missing details read as "ask the practice" rather than a gap. */
  pharmacy?: { name: string; address: string | null; phone: string | null; openingHours: string | null };
  pathway?: SelfReferralPathway;
  /** When the hub team expects to contact the patient (the request's outcome deadline), and the instant of writing. */
  contactBy?: { at: number; now: number };
}

const LONDON = 'Europe/London';
const TIME = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: LONDON });
const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: LONDON });
const DATE_KEY = new Intl.DateTimeFormat('en-CA', { timeZone: LONDON });

/** "by 6:30pm today", "by 10:00am tomorrow", "by 9:00am on Monday 7 December": plain words, London time. */
export function contactByWords(at: number, now: number): string {
  const time = TIME.format(at).replace(' ', '').toLowerCase();
  const day = DATE_KEY.format(at);
  if (day === DATE_KEY.format(now)) return `by ${time} today`;
  if (day === DATE_KEY.format(now + 86_400_000)) return `by ${time} tomorrow`;
  return `by ${time} on ${DAY.format(at)}`;
}

/** The placeholder values for a message, from what the hub knows. */
export function messageFacts(context: MessageContext): MessageFacts {
  const { pharmacy, pathway } = context;
  const service = pathway ? SELF_REFERRAL_SERVICES[pathway] : undefined;
  return {
    hubName: context.hubName,
    practiceName: context.practiceName,
    patientFirstName: context.patientGivenName,
    ...(pharmacy
      ? {
          pharmacyName: pharmacy.name,
          pharmacyAddress: pharmacy.address ?? 'at the address your practice can give you',
          pharmacyPhone: pharmacy.phone ?? 'the number your practice can give you',
          pharmacyHours: pharmacy.openingHours ?? 'check their opening hours',
        }
      : {}),
    ...(service ? { pathwayName: service.name, pathwayContact: service.howToRefer } : {}),
    ...(context.contactBy ? { contactBy: contactByWords(context.contactBy.at, context.contactBy.now) } : {}),
  };
}

/** Whether a destination's message must keep telling the patient where to get help (its default template does). */
export const needsSafetyNet = (destination: Destination) => destination !== 'practice_admin';
