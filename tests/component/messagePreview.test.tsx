// The message to the patient, before it goes (docs/messaging.md): the routing panel and the outcome form
// show how it will go and the template filled in, let the sender edit it within the channel's limits,
// and send the edit as `patientMessage` only when it differs from the template's text.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ConsultationDetail, QueueItem } from '../../shared/schemas/api';
import type { HubApi } from '../../client/src/api/http';
import { ApiError } from '../../client/src/api/errors';
import { ANP_1, COORDINATOR_1, acceptedBy, detailOf, offeredTo, queueItem } from './fixtures';
import { renderHub } from './harness';

const PHARMACIES = [
  { ods: 'FA101', name: 'High Street Pharmacy', distanceSelling: false, address: '1 High Street, Testbury', phone: '01632 960001', openingHours: 'Mon to Sat 8am to 6pm' },
];
const routed = (item: QueueItem) => ({ seq: 120, item: { ...item, version: item.version + 2, status: 'offered' as const, claimedBy: null, leaseExpiresAt: null } });

async function openRouting(patient: Partial<ConsultationDetail['patient']> = {}, api: Partial<HubApi> = {}) {
  const item = queueItem({ id: 1 });
  const route = vi.fn<HubApi['route']>(async () => routed(item));
  const consultation = async () => ({ ...detailOf(item), patient: { ...detailOf(item).patient, ...patient } });
  const hub = renderHub({ user: COORDINATOR_1, items: [item], api: { route, consultation, pharmacies: async () => PHARMACIES, ...api } });
  await hub.keys.click(within(await screen.findByTestId('queue-row-1')).getByRole('button'));
  await hub.keys.click(await screen.findByRole('button', { name: 'Claim' }));
  await hub.keys.click(await screen.findByRole('button', { name: /^Route/ }));
  await screen.findByRole('region', { name: 'Route this request' });
  return { ...hub, route };
}

const preview = () => screen.getByRole('region', { name: 'Message to the patient' });
const routeToAnp = async (keys: ReturnType<typeof renderHub>['keys']) => {
  await keys.click(screen.getByRole('radio', { name: 'ANP team' }));
  await keys.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'clinical_assessment_needed');
};

describe('routing panel: the message to the patient', () => {
  it('fills in the ANP team’s template with the practice and the request’s outcome deadline, by text message', async () => {
    const { keys } = await openRouting();
    await routeToAnp(keys);
    expect(within(preview()).getByTestId('message-route')).toHaveTextContent('Text message to 07700 900123');
    expect(within(preview()).getByTestId('message-text')).toHaveTextContent(
      'Thank you for contacting Riverside Surgery. An advanced nurse practitioner from our local hub will contact you by 8:00am tomorrow.',
    );
  });

  it('names the chosen pharmacy with its address, phone and hours for Pharmacy First, and changes with the destination', async () => {
    const { keys } = await openRouting();
    await keys.click(screen.getByRole('radio', { name: 'Community pharmacy: Pharmacy First clinical pathway' }));
    expect(within(preview()).getByTestId('message-text')).toHaveTextContent('{pharmacyName}');
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Pharmacy' }), 'FA101');
    expect(within(preview()).getByTestId('message-text')).toHaveTextContent(
      'Riverside Surgery has referred you to High Street Pharmacy, 1 High Street, Testbury, for a consultation with a pharmacist. Please call them on 01632 960001 or go in today (Mon to Sat 8am to 6pm).',
    );
    await routeToAnp(keys);
    expect(within(preview()).getByTestId('message-text')).not.toHaveTextContent('High Street Pharmacy');
  });

  it('goes by email, with its subject, when the patient prefers email', async () => {
    const { keys } = await openRouting({ email: 'testy@example.com', preferredContact: 'email' });
    await routeToAnp(keys);
    expect(within(preview()).getByTestId('message-route')).toHaveTextContent('Email to testy@example.com');
    expect(preview()).toHaveTextContent('Your request to Riverside Surgery');
  });

  it('says the hub will get a task to phone a patient with no mobile number or email, and offers no message to edit', async () => {
    const { keys } = await openRouting({ phone: '01632 960999', email: null });
    await routeToAnp(keys);
    expect(within(preview()).getByTestId('message-route')).toHaveTextContent('No mobile number or email: the hub will get a task to phone the patient');
    expect(preview()).toHaveTextContent('the only phone number is not a mobile');
    expect(within(preview()).queryByRole('button', { name: 'Edit message' })).not.toBeInTheDocument();
  });

  it('counts an over-long edit against the text message limit, says so, and sends nothing', async () => {
    const { keys, route } = await openRouting();
    await routeToAnp(keys);
    await keys.click(within(preview()).getByRole('button', { name: 'Edit message' }));
    const box = screen.getByRole('textbox', { name: 'Edit message' });
    await keys.clear(box);
    await keys.click(box);
    await keys.paste(`Call NHS 111 if you get worse. ${'Please wait for our call. '.repeat(40)}`);
    expect(preview()).toHaveTextContent('1070 of 918 characters: 152 too many');
    expect(preview()).toHaveTextContent('a text message takes at most 918');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await keys.click(screen.getByRole('button', { name: 'Confirm route' }));
    expect(route).not.toHaveBeenCalled();
    expect(box).toHaveFocus();
  });

  it('sends the sender’s edit as patientMessage', async () => {
    const { keys, route } = await openRouting();
    await routeToAnp(keys);
    await keys.click(within(preview()).getByRole('button', { name: 'Edit message' }));
    await keys.type(screen.getByRole('textbox', { name: 'Edit message' }), ' We will call from a withheld number.');
    await keys.click(screen.getByRole('button', { name: 'Confirm route' }));
    expect(route).toHaveBeenCalledWith(1, expect.objectContaining({ destination: 'anp', patientMessage: expect.stringMatching(/call 999\. We will call from a withheld number\.$/) }));
  });

  it('does not send patientMessage when the sender kept the template’s words or reset to them', async () => {
    const { keys, route } = await openRouting();
    await routeToAnp(keys);
    await keys.click(within(preview()).getByRole('button', { name: 'Edit message' }));
    await keys.type(screen.getByRole('textbox', { name: 'Edit message' }), ' Changed my mind.');
    await keys.click(screen.getByRole('button', { name: 'Reset to the template' }));
    expect(within(preview()).getByTestId('message-text')).toHaveTextContent(/call 999\.$/);
    await keys.click(within(preview()).getByRole('button', { name: 'Edit message' }));
    await keys.click(screen.getByRole('button', { name: 'Confirm route' }));
    expect(route).toHaveBeenCalledTimes(1);
    expect(route.mock.calls[0]![1]).not.toHaveProperty('patientMessage');
  });

  it('shows the hub’s refusal of an edit by the message, not as a banner', async () => {
    const refusal = 'The message to the patient must not carry their NHS number.';
    const route = vi.fn<HubApi['route']>(async () => Promise.reject(new ApiError('MESSAGE_NOT_ALLOWED', refusal, 422)));
    const { keys } = await openRouting({}, { route });
    await routeToAnp(keys);
    await keys.click(within(preview()).getByRole('button', { name: 'Edit message' }));
    await keys.type(screen.getByRole('textbox', { name: 'Edit message' }), ' Thanks.');
    await keys.click(screen.getByRole('button', { name: 'Confirm route' }));
    expect(await within(preview()).findByText(refusal)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('outcome form: the message to the patient', () => {
  async function openOutcome(api: Partial<HubApi> = {}) {
    const mine = acceptedBy(offeredTo('anp', { id: 3 }), ANP_1);
    const complete = vi.fn<HubApi['complete']>(async () => ({ seq: 200, item: { ...mine, version: mine.version + 1, status: 'closed' as const } }));
    const hub = renderHub({ user: ANP_1, items: [mine], route: '/inbox', api: { complete, ...api } });
    await hub.keys.click(within(await screen.findByTestId('inbox-row-3')).getByRole('button'));
    const pane = await screen.findByRole('region', { name: /^Request from/ });
    await hub.keys.click(within(pane).getByRole('button', { name: /^Complete/ }));
    return { ...hub, complete };
  }

  it('previews the chosen outcome’s template and sends no patientMessage when untouched', async () => {
    const { keys, complete } = await openOutcome();
    expect(screen.queryByRole('region', { name: 'Message to the patient' })).not.toBeInTheDocument();
    await keys.click(screen.getByRole('radio', { name: 'Prescription issued' }));
    expect(within(preview()).getByTestId('message-text')).toHaveTextContent('A prescription has been sent for you.');
    await keys.click(screen.getByRole('radio', { name: 'Advice given' }));
    expect(within(preview()).getByTestId('message-text')).toHaveTextContent(
      'Thank you for speaking with our local hub team on behalf of Riverside Surgery. Follow the advice you were given.',
    );
    await keys.click(screen.getByRole('button', { name: 'Complete the request' }));
    expect(complete).toHaveBeenCalledWith(3, { outcome: 'advice_given' });
  });

  it('sends an edit as patientMessage, and refuses one that drops where to get help', async () => {
    const { keys, complete } = await openOutcome();
    await keys.click(screen.getByRole('radio', { name: 'Advice given' }));
    await keys.click(within(preview()).getByRole('button', { name: 'Edit message' }));
    const box = screen.getByRole('textbox', { name: 'Edit message' });
    await keys.clear(box);
    await keys.type(box, 'Thank you for speaking with us today. Take the tablets as discussed.');
    expect(preview()).toHaveTextContent('must still say where to get help if they get worse (NHS 111 or 999)');
    await keys.click(screen.getByRole('button', { name: 'Complete the request' }));
    expect(complete).not.toHaveBeenCalled();
    await keys.type(box, ' If you get worse, call NHS 111.');
    await keys.click(screen.getByRole('button', { name: 'Complete the request' }));
    expect(complete).toHaveBeenCalledWith(3, {
      outcome: 'advice_given',
      patientMessage: 'Thank you for speaking with us today. Take the tablets as discussed. If you get worse, call NHS 111.',
    });
  });
});
