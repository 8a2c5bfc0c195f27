// What staff see of messages after they go (docs/messaging.md): the sent-messages page as the patient
// saw each message, the journey's record of messages and contact tasks, and resolving a contact task.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ContactTaskView, HubApi, PatientMessageView } from '../../client/src/api/http';
import { ApiError } from '../../client/src/api/errors';
import { COORDINATOR_1, MANAGER_1, queueItem } from './fixtures';
import { renderHub } from './harness';

const DELIVERED_SMS: PatientMessageView = {
  id: 7,
  consultationId: 12,
  cause: { kind: 'handoff', handoffId: 30, destination: 'pharmacy_first' },
  channel: 'sms',
  to: '07700900123',
  subject: null,
  body: 'Riverside Surgery has referred you to High Street Pharmacy. If you get worse, call NHS 111.',
  status: 'delivered',
  failure: null,
  reference: 'ehub-msg-7',
  createdAt: '2026-11-24T10:00:00.000Z',
  sentBy: 'Coordinator 1',
  transport: 'embedded',
  events: [
    { at: '2026-11-24T10:00:00.000Z', status: 'queued', detail: null },
    { at: '2026-11-24T10:00:02.000Z', status: 'accepted', detail: null },
    { at: '2026-11-24T10:00:09.000Z', status: 'delivered', detail: null },
  ],
};
const FAILED_EMAIL: PatientMessageView = {
  ...DELIVERED_SMS,
  id: 8,
  consultationId: 13,
  cause: { kind: 'outcome', outcome: 'advice_given' },
  channel: 'email',
  to: 'testy@example.com',
  subject: 'Your request to Riverside Surgery',
  body: 'Follow the advice you were given. If you get worse, call NHS 111.',
  status: 'failed',
  failure: 'permanent_failure',
  createdAt: '2026-11-24T10:05:00.000Z',
  events: [
    { at: '2026-11-24T10:05:00.000Z', status: 'queued', detail: null },
    { at: '2026-11-24T10:05:30.000Z', status: 'failed', detail: 'Notify: permanent-failure' },
  ],
};
const NOT_TOLD: ContactTaskView = {
  id: 4,
  consultationId: 12,
  kind: 'not_told',
  reason: 'No mobile number or email to send the self-care advice to',
  messageId: null,
  createdAt: '2026-11-24T09:40:00.000Z',
  resolvedAt: null,
  resolvedBy: null,
  resolution: null,
  note: null,
};

describe('sent messages page', () => {
  it('shows each message as the patient saw it, with its status changes and a failure in words, and says why nothing was really sent', async () => {
    const sentMessages = vi.fn<HubApi['sentMessages']>(async () => [FAILED_EMAIL, DELIVERED_SMS]);
    const { link } = renderHub({ user: COORDINATOR_1, route: '/messages', api: { sentMessages } });
    expect(await screen.findByRole('heading', { name: 'Sent messages' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('Without a GOV.UK Notify account');
    const sms = await screen.findByTestId('sent-message-7');
    expect(sms).toHaveTextContent('Text message to 07700 900123');
    expect(sms).toHaveTextContent('Delivered');
    expect(sms).toHaveTextContent('Routing to Community pharmacy: Pharmacy First clinical pathway');
    expect(within(sms).getByTestId('message-text')).toHaveTextContent('referred you to High Street Pharmacy');
    expect(within(sms).getByRole('list', { name: 'Status changes' }).children).toHaveLength(3);
    const email = screen.getByTestId('sent-message-8');
    expect(email).toHaveTextContent('Email to testy@example.com');
    expect(email).toHaveTextContent('Your request to Riverside Surgery');
    expect(email).toHaveTextContent('Not delivered: the number or address does not exist');
    expect(email).toHaveTextContent('Notify: permanent-failure');
    // Newest first, as the hub answered.
    const shown = [...screen.getByRole('list', { name: 'Messages, newest first' }).children].map((li) => li.getAttribute('data-testid'));
    expect(shown).toEqual(['sent-message-8', 'sent-message-7']);
    // The hub says a message changed: the page asks again.
    const asked = sentMessages.mock.calls.length;
    link.notice({ topic: 'messages', at: '2026-11-24T10:06:00.000Z' });
    await waitFor(() => expect(sentMessages).toHaveBeenCalledTimes(asked + 1));
    expect(sentMessages).toHaveBeenLastCalledWith(200);
  });

  it('is linked for the hub team, and a manager never sees message text', async () => {
    renderHub({ user: COORDINATOR_1, route: '/queue' });
    expect(await screen.findByRole('link', { name: 'Sent messages' })).toHaveAttribute('href', '/messages');
    const sentMessages = vi.fn<HubApi['sentMessages']>(async () => [DELIVERED_SMS]);
    renderHub({ user: MANAGER_1, route: '/messages', api: { sentMessages } });
    expect(await screen.findByRole('heading', { name: /dashboard/i })).toBeInTheDocument();
    expect(sentMessages).not.toHaveBeenCalled();
  });
});

describe('journey', () => {
  it('shows each message’s channel, template and status changes, and each contact task and how it was resolved', async () => {
    const resolved: ContactTaskView = { ...NOT_TOLD, resolvedAt: '2026-11-24T10:20:00.000Z', resolvedBy: 'Coordinator 2', resolution: 'told_by_phone', note: 'Rang her, she will see the pharmacist' };
    const { to: _to, subject: _s, body: _b, ...journeyMessage } = FAILED_EMAIL;
    const liability = vi.fn<HubApi['liability']>(async (id) => ({ consultationId: id, status: 'closed', intervals: [], handoffs: [], messages: [journeyMessage], contactTasks: [resolved] }));
    renderHub({ user: COORDINATOR_1, route: '/requests/13', items: [queueItem({ id: 13 })], api: { liability } });
    const message = await screen.findByTestId(`journey-message-${FAILED_EMAIL.id}`);
    expect(message).toHaveTextContent('Email: Outcome: Advice given');
    expect(message).toHaveTextContent('Not delivered: the number or address does not exist');
    expect(message).not.toHaveTextContent('testy@example.com');
    const task = screen.getByTestId('journey-contact-task-4');
    expect(task).toHaveTextContent('Patient could not be told');
    expect(task).toHaveTextContent('Told the patient by phone, by Coordinator 2');
    expect(task).toHaveTextContent('“Rang her, she will see the pharmacist”');
  });

  it('shows the text and the address only when asked, by an audited read of the request’s messages', async () => {
    const { to: _to, subject: _s, body: _b, ...journeyMessage } = DELIVERED_SMS;
    const liability = vi.fn<HubApi['liability']>(async (id) => ({ consultationId: id, status: 'redirected', intervals: [], handoffs: [], messages: [journeyMessage] }));
    const consultationMessages = vi.fn<HubApi['consultationMessages']>(async () => [DELIVERED_SMS]);
    const { keys } = renderHub({ user: COORDINATOR_1, route: '/requests/12', items: [queueItem({ id: 12 })], api: { liability, consultationMessages } });
    const message = await screen.findByTestId('journey-message-7');
    expect(message).toHaveTextContent('Text message: Routing to Community pharmacy');
    expect(consultationMessages).not.toHaveBeenCalled();
    await keys.click(screen.getByRole('button', { name: 'Show what the patient was sent' }));
    expect(await within(message).findByTestId('message-text')).toHaveTextContent('referred you to High Street Pharmacy');
    expect(message).toHaveTextContent('To 07700 900123');
    expect(consultationMessages).toHaveBeenCalledWith(12);
  });
});

describe('patients to contact, on the hub queue', () => {
  async function openTask(api: Partial<HubApi>) {
    const hub = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 12 })], api: { contactTasks: async () => [NOT_TOLD], ...api } });
    const panel = await screen.findByRole('region', { name: 'Patients to contact (1)' });
    expect(panel).toHaveTextContent('Patient could not be told: No mobile number or email to send the self-care advice to.');
    expect(panel).toHaveTextContent('waiting 30 min');
    expect(within(panel).getByRole('link', { name: 'Request 12' })).toHaveAttribute('href', '/requests/12');
    await hub.keys.click(within(panel).getByRole('button', { name: 'Resolve: request 12' }));
    expect(within(panel).getByRole('radio', { name: 'Told the patient by phone' })).toHaveFocus();
    return { ...hub, panel };
  }

  it('resolves a task with what was done and a note, from the keyboard', async () => {
    const resolveContactTask = vi.fn<HubApi['resolveContactTask']>(async () => undefined);
    const { keys, panel } = await openTask({ resolveContactTask });
    await keys.click(within(panel).getByRole('button', { name: 'Resolve' }));
    expect(panel).toHaveTextContent('Choose what was done.');
    expect(resolveContactTask).not.toHaveBeenCalled();
    await keys.keyboard(' ');
    await keys.tab();
    await keys.type(within(panel).getByRole('textbox', { name: 'Note' }), 'Rang the patient, read the advice');
    await keys.click(within(panel).getByRole('button', { name: 'Resolve' }));
    expect(resolveContactTask).toHaveBeenCalledWith(4, { resolution: 'told_by_phone', note: 'Rang the patient, read the advice' });
    expect(await within(panel).findByText('Contact task for request 12 resolved.')).toBeInTheDocument();
  });

  it('shows the hub’s 409 in words when someone resolved it first', async () => {
    const words = 'This contact task was already resolved by Coordinator 2.';
    const resolveContactTask = vi.fn<HubApi['resolveContactTask']>(async () => Promise.reject(new ApiError('CONTACT_TASK_RESOLVED', words, 409)));
    const { keys, panel } = await openTask({ resolveContactTask });
    await keys.click(within(panel).getByRole('radio', { name: 'No action needed' }));
    await keys.type(within(panel).getByRole('textbox', { name: 'Note' }), 'The ANP team will ring her');
    await keys.click(within(panel).getByRole('button', { name: 'Resolve' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(words);
    expect(resolveContactTask).toHaveBeenCalledWith(4, { resolution: 'no_action_needed', note: 'The ANP team will ring her' });
  });

  it('says in words that a request came back because the message did not arrive', async () => {
    renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 12, returnedBecause: 'patient_not_reached' })] });
    expect(await screen.findByTestId('queue-row-12')).toHaveTextContent('Returned: Patient not reached: the message did not arrive');
  });

  it('refetches the tasks when the hub says messages changed', async () => {
    const contactTasks = vi.fn<HubApi['contactTasks']>(async () => [NOT_TOLD]);
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 12 })], api: { contactTasks } });
    await screen.findByRole('region', { name: 'Patients to contact (1)' });
    contactTasks.mockImplementation(async () => []);
    link.notice({ topic: 'messages', at: '2026-11-24T10:11:00.000Z' });
    expect(await screen.findByRole('region', { name: 'Patients to contact (0)' })).toHaveTextContent('No patient is waiting to be contacted.');
  });
});
