// How patient messages and contact tasks read on screen: statuses, channels, what a message was about,
// failures and resolutions, in plain words (docs/messaging.md).
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import { OUTCOMES } from '../../../../shared/schemas/outcome';
import {
  MESSAGE_FAILURE_WORDS,
  type ContactTaskKind,
  type ContactTaskResolution,
  type MessageCause,
  type MessageChannel,
  type MessageFailure,
  type MessageStatus,
} from '../../../../shared/schemas/messages';

export const MESSAGE_STATUS_WORDS: Record<MessageStatus, string> = {
  queued: 'Waiting to be sent',
  sending: 'Being sent',
  accepted: 'Accepted for delivery',
  delivered: 'Delivered',
  failed: 'Not delivered',
};

export const CHANNEL_WORDS: Record<MessageChannel, string> = { sms: 'Text message', email: 'Email' };

export const TRANSPORT_WORDS = {
  embedded: 'recorded by the hub (no GOV.UK Notify account)',
  notify: 'sent through GOV.UK Notify',
} as const;

/** Which template the message came from: "Routing to ANP team", "Outcome: Advice given". */
export function causeWords(cause: MessageCause): string {
  return cause.kind === 'handoff' ? `Routing to ${DESTINATION_RULES[cause.destination].label}` : `Outcome: ${OUTCOMES[cause.outcome]}`;
}

/** "Not delivered: the number or address does not exist". */
export const failureWords = (failure: MessageFailure) => `Not delivered: ${MESSAGE_FAILURE_WORDS[failure]}`;

export const CONTACT_TASK_KIND_WORDS: Record<ContactTaskKind, string> = {
  not_told: 'Patient could not be told',
  not_reached: 'Patient not reached',
};

export const RESOLUTION_WORDS: Record<ContactTaskResolution, string> = {
  told_by_phone: 'Told the patient by phone',
  back_to_queue: 'Sent the request back to the queue for a new decision',
  no_action_needed: 'No action needed',
};

/** What each resolution means, beside its radio button. */
export const RESOLUTION_HINTS: Record<ContactTaskResolution, string> = {
  told_by_phone: 'You phoned the patient and gave them the message.',
  back_to_queue: 'Only while the hub waits on a message to the patient: the request needs a new decision.',
  no_action_needed: 'The receiving team contacts the patient themselves; say so in the note.',
};
