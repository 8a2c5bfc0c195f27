// The message a decision will send the patient, worked out as the hub will (shared/rules/patientMessages.ts):
// which channel and address, the template filled in, the sender's edit if any, and whether it may go.
import { ALLOWED, type Verdict } from '../../../../shared/errors';
import {
  checkMessage,
  composeMessage,
  contactRouteOf,
  emailSubject,
  maxChars,
  messageFacts,
  type ContactRoute,
  type MessageContext,
} from '../../../../shared/rules/patientMessages';
import type { ConsultationDetail } from '../../../../shared/schemas/api';

export interface MessagePreview {
  route: ContactRoute;
  /** The template filled in (and the safety-netting advice after it): what goes when nobody edits it. */
  defaultText: string;
  /** What will go: the sender's edit, or the default. */
  text: string;
  /** True when the sender's words differ from the default: only then is the edit sent. */
  edited: boolean;
  subject: string | null;
  /** The channel's limit, null when no message can go. */
  max: number | null;
  verdict: Verdict;
}

export interface PreviewInput {
  detail: Pick<ConsultationDetail, 'patient' | 'practiceName' | 'sla'>;
  template: string;
  /** What the hub knows besides the request: its name, the chosen pharmacy or pathway. */
  context: Pick<MessageContext, 'hubName' | 'pharmacy' | 'pathway'>;
  safetyNetting?: string;
  needsSafetyNet: boolean;
  /** The sender's words, or null while they keep the template's. */
  edit: string | null;
  now: number;
}

export function messagePreviewOf({ detail, template, context, safetyNetting, needsSafetyNet, edit, now }: PreviewInput): MessagePreview {
  const { patient } = detail;
  const route = contactRouteOf(patient);
  // The hub team's promise to the patient is the request's outcome deadline.
  const facts = messageFacts({
    ...context,
    practiceName: detail.practiceName,
    patientGivenName: patient.givenName,
    contactBy: { at: Date.parse(detail.sla.outcomeDue), now },
  });
  const defaultText = composeMessage(template, facts, safetyNetting);
  const text = edit ?? defaultText;
  const edited = edit !== null && edit.trim() !== defaultText.trim();
  const channel = route.channel;
  return {
    route,
    defaultText,
    text,
    edited,
    subject: channel === 'email' ? emailSubject(facts) : null,
    max: channel ? maxChars(channel) : null,
    verdict: channel ? checkMessage(text, { channel, nhsNumber: patient.nhsNumber, birthDate: patient.birthDate, needsSafetyNet }) : ALLOWED,
  };
}

/** "07700 900123", as a person reads a UK mobile number. */
export const mobileWords = (mobile: string) => (/^07\d{9}$/.test(mobile) ? `${mobile.slice(0, 5)} ${mobile.slice(5)}` : mobile);

/** How the message will go, in one line. */
export function routeWords(route: ContactRoute): string {
  if (route.channel === 'sms') return `Text message to ${mobileWords(route.to)}`;
  if (route.channel === 'email') return `Email to ${route.to}`;
  return 'No mobile number or email: the hub will get a task to phone the patient';
}

/** The body of a decision's request, with the sender's words only when they changed the template's. */
export const patientMessageEditOf = (preview: MessagePreview | null) =>
  preview?.route.channel && preview.edited ? { patientMessage: preview.text.trim() } : {};
