// A clinician's inbox: offers to my team (not another team's) and the requests I accepted, from the
// same live queue; accept, decline, complete, hand back through the API with the right arguments;
// the same actions on keys, listed in the help overlay; another ANP's acceptance removes the offer.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { QueueItem } from '../../shared/schemas/api';
import type { HubApi } from '../../client/src/api/http';
import { ACTIONS } from '../../client/src/actions';
import type { Action } from '../../client/src/actions/registry';
import { ANP_1, ANP_2, LEAD_1, acceptedBy, offeredTo, queueItem } from './fixtures';
import { renderHub } from './harness';

const offeredList = () => screen.getByTestId('inbox-offered');
const mineList = () => screen.getByTestId('inbox-mine');
const rowIds = (list: HTMLElement) => [...list.querySelectorAll<HTMLElement>('[data-testid^="inbox-row-"]')].map((r) => Number(r.dataset.testid!.slice(10)));
const reply = (item: QueueItem) => ({ seq: 200, item });

function inbox(items: QueueItem[], api: Partial<HubApi> = {}, user = ANP_1) {
  return renderHub({ user, items, route: '/inbox', api });
}

async function openRow(keys: ReturnType<typeof inbox>['keys'], id: number) {
  await keys.click(within(await screen.findByTestId(`inbox-row-${id}`)).getByRole('button'));
  return screen.findByRole('region', { name: /^Request from/ });
}

describe('inbox lists', () => {
  const items = [
    offeredTo('anp', { id: 1 }),
    offeredTo('pharmacist', { id: 2 }),
    acceptedBy(offeredTo('anp', { id: 3 }), ANP_1),
    acceptedBy(offeredTo('anp', { id: 4 }), ANP_2),
    queueItem({ id: 5 }),
    offeredTo('anp', { id: 6, priority: 'red_flag', redFlags: ['chest_pain'] }),
  ];

  it('lists offers to my team, red flags first, and not another team’s or the queue’s', async () => {
    inbox(items);
    await screen.findByTestId('inbox-row-1');
    expect(rowIds(offeredList())).toEqual([6, 1]);
    expect(within(offeredList()).getByRole('heading')).toHaveTextContent('Offered to my team (2)');
  });

  it('lists under Mine only what I accepted', async () => {
    inbox(items);
    await screen.findByTestId('inbox-row-3');
    expect(rowIds(mineList())).toEqual([3]);
  });

  it('shows who offered it, how long ago, why, and its SLA', async () => {
    inbox(items);
    const row = await screen.findByTestId('inbox-row-1');
    expect(row).toHaveTextContent('Offered by Coordinator 1, 12 min ago');
    expect(row).toHaveTextContent('Needs a clinical assessment: Worse at night');
    expect(row).toHaveTextContent(/left · outcome by/);
  });

  it('gives the lead the duty clinician’s offers', async () => {
    inbox(items.concat(offeredTo('duty_clinician', { id: 7 })), {}, LEAD_1);
    await screen.findByTestId('inbox-row-7');
    expect(rowIds(offeredList())).toEqual([7]);
  });

  it('removes an offer at once when another ANP accepts it', async () => {
    const offer = offeredTo('anp', { id: 1 });
    const { link } = inbox([offer]);
    await screen.findByTestId('inbox-row-1');
    link.change({ seq: 101, type: 'accept', item: acceptedBy(offer, ANP_2) });
    expect(screen.queryByTestId('inbox-row-1')).not.toBeInTheDocument();
    expect(screen.getByText('Nothing is waiting for your team.')).toBeInTheDocument();
  });
});

describe('inbox actions', () => {
  it('accepts an offer with its hand-off id; it moves to Mine', async () => {
    const offer = offeredTo('anp', { id: 1 });
    const accept = vi.fn<HubApi['accept']>(async () => reply(acceptedBy(offer, ANP_1)));
    const { keys } = inbox([offer], { accept });
    const pane = await openRow(keys, 1);
    await keys.click(within(pane).getByRole('button', { name: /^Accept/ }));
    expect(accept).toHaveBeenCalledWith(81);
    await waitFor(() => expect(rowIds(mineList())).toEqual([1]));
    expect(await within(pane).findByRole('button', { name: /^Complete/ })).toBeEnabled();
  });

  it('declines with a reason: decline(handoffId, reason)', async () => {
    const offer = offeredTo('anp', { id: 1 });
    const decline = vi.fn<HubApi['decline']>(async () => reply({ ...offer, version: 4, status: 'queued', pendingDestination: null, pendingHandoff: null }));
    const { keys } = inbox([offer], { decline });
    const pane = await openRow(keys, 1);
    await keys.click(within(pane).getByRole('button', { name: /^Decline/ }));
    await keys.click(screen.getByRole('button', { name: 'Decline the offer' }));
    expect(screen.getByRole('textbox', { name: 'Why are you declining it?' })).toHaveAccessibleDescription(/Say why, in a few words/);
    expect(decline).not.toHaveBeenCalled();
    await keys.type(screen.getByRole('textbox', { name: 'Why are you declining it?' }), 'Needs the practice GP');
    await keys.click(screen.getByRole('button', { name: 'Decline the offer' }));
    expect(decline).toHaveBeenCalledWith(81, 'Needs the practice GP');
    expect(await screen.findByText(/You declined the offer/)).toBeInTheDocument();
    expect(screen.queryByTestId('inbox-row-1')).not.toBeInTheDocument();
  });

  it('completes a request I accepted with an outcome and notes', async () => {
    const mine = acceptedBy(offeredTo('anp', { id: 3 }), ANP_1);
    const complete = vi.fn<HubApi['complete']>(async () => reply({ ...mine, version: mine.version + 1, status: 'closed' }));
    const { keys } = inbox([mine], { complete });
    const pane = await openRow(keys, 3);
    expect(within(pane).queryByRole('button', { name: /^Accept/ })).not.toBeInTheDocument();
    await keys.click(within(pane).getByRole('button', { name: /^Complete/ }));
    await keys.click(screen.getByRole('radio', { name: 'Advice given' }));
    await keys.type(screen.getByRole('textbox', { name: /Notes/ }), 'Self-care advice by phone');
    await keys.click(screen.getByRole('button', { name: 'Complete the request' }));
    expect(complete).toHaveBeenCalledWith(3, { outcome: 'advice_given', notes: 'Self-care advice by phone' });
    expect(await screen.findByText('Outcome recorded: the request is closed.')).toBeInTheDocument();
    expect(screen.queryByTestId('inbox-row-3')).not.toBeInTheDocument();
  });

  it('routes onward a request I accepted, with a clinician’s permissions', async () => {
    const mine = acceptedBy(offeredTo('anp', { id: 3 }), ANP_1);
    const route = vi.fn<HubApi['route']>(async () => reply({ ...mine, version: 9, status: 'closed' }));
    const templates = [{ id: 'general', title: 'General worsening advice', text: 'If your symptoms get worse, contact your practice or call NHS 111.' }];
    const { keys } = inbox([mine], { route, safetyNettingTemplates: async () => templates });
    const pane = await openRow(keys, 3);
    await keys.click(within(pane).getByRole('button', { name: /^Route onward/ }));
    expect(screen.getByRole('radio', { name: /^Urgent: advise 999/ })).toBeEnabled();
    await keys.click(screen.getByRole('radio', { name: 'Self-care with safety-netting advice' }));
    expect(screen.getByTestId('responsibility-preview')).toHaveTextContent('Until the message with the advice reaches the patient, the hub holds the request and you stay accountable.');
    expect(screen.getByTestId('responsibility-preview')).toHaveTextContent('When it is delivered (or someone tells the patient by phone), the patient becomes responsible.');
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Start from a template' }), 'general');
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'self_care_appropriate');
    await keys.click(screen.getByRole('button', { name: 'Confirm route' }));
    expect(route).toHaveBeenCalledWith(3, {
      destination: 'self_care',
      safetyNetting: templates[0]!.text,
      reason: { code: 'self_care_appropriate' },
      expectedVersion: 4,
      suggestionFollowed: false,
    });
    expect(await screen.findByText('You routed the request on.')).toBeInTheDocument();
  });

  it('shows only what the lifecycle machine allows: an offer to another team offers nothing', async () => {
    const { keys } = inbox([offeredTo('pharmacist', { id: 2 })]);
    await keys.click(await screen.findByRole('link', { name: 'Hub queue' }));
    await keys.click(within(await screen.findByTestId('queue-row-2')).getByRole('button'));
    const pane = await screen.findByRole('region', { name: /^Request from/ });
    expect(within(pane).queryByRole('button', { name: /^Accept/ })).not.toBeInTheDocument();
    expect(within(pane).queryByRole('button', { name: /^Decline/ })).not.toBeInTheDocument();
  });

  it('shows the hub’s refusal when the offer was taken first', async () => {
    const offer = offeredTo('anp', { id: 1 });
    const { ApiError } = await import('../../client/src/api/errors');
    const accept = vi.fn<HubApi['accept']>(async () => {
      throw new ApiError('ALREADY_RESPONDED', 'Hand-off #81 has already been answered or withdrawn.', 409);
    });
    const { keys } = inbox([offer], { accept });
    const pane = await openRow(keys, 1);
    await keys.click(within(pane).getByRole('button', { name: /^Accept/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Hand-off #81 has already been answered or withdrawn.');
  });
});

describe('inbox keyboard', () => {
  it('j selects the first offer and y accepts it', async () => {
    const offer = offeredTo('anp', { id: 1 });
    const accept = vi.fn<HubApi['accept']>(async () => reply(acceptedBy(offer, ANP_1)));
    const { keys } = inbox([offer, acceptedBy(offeredTo('anp', { id: 3 }), ANP_1)], { accept });
    await screen.findByTestId('inbox-row-1');
    await keys.keyboard('j');
    expect(within(screen.getByTestId('inbox-row-1')).getByRole('button')).toHaveFocus();
    await keys.keyboard('y');
    expect(accept).toHaveBeenCalledWith(81);
  });

  it('b on a request I hold opens the hand-back form, which sends handBack(id, reason)', async () => {
    const mine = acceptedBy(offeredTo('anp', { id: 3 }), ANP_1);
    const handBack = vi.fn<HubApi['handBack']>(async () => reply({ ...mine, version: 9, status: 'queued', assignee: null }));
    const { keys } = inbox([mine], { handBack });
    await screen.findByTestId('inbox-row-3');
    await keys.keyboard('jb');
    const reason = await screen.findByRole('textbox', { name: 'Why are you handing it back?' });
    await keys.type(reason, 'Needs a GP');
    await keys.click(screen.getByRole('button', { name: 'Hand it back' }));
    expect(handBack).toHaveBeenCalledWith(3, 'Needs a GP');
  });

  it('e escalates a request I hold to the duty clinician: escalate(id, reason)', async () => {
    const mine = acceptedBy(offeredTo('anp', { id: 3 }), ANP_1);
    const escalate = vi.fn<HubApi['escalate']>(async () => reply({ ...offeredTo('duty_clinician', { id: 3 }), version: 9 }));
    const { keys } = inbox([mine], { escalate });
    await screen.findByTestId('inbox-row-3');
    await keys.keyboard('je');
    await keys.type(await screen.findByRole('textbox', { name: 'Why does the duty clinician need to see it?' }), 'Possible sepsis');
    await keys.click(screen.getByRole('button', { name: 'Send to the duty clinician' }));
    expect(escalate).toHaveBeenCalledWith(3, 'Possible sepsis');
    expect(await screen.findByText('You escalated the request to the duty clinician.')).toBeInTheDocument();
  });

  it('lists the clinician shortcuts in the help overlay, from the registry', async () => {
    const { keys } = inbox([offeredTo('anp', { id: 1 })]);
    await screen.findByTestId('inbox-row-1');
    await keys.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const name of ['accept', 'decline', 'complete', 'handBack', 'escalate', 'startRouting']) {
      const action = (ACTIONS as readonly Action[]).find((a) => a.name === name)!;
      expect(action.keyTest).toBeTruthy();
      expect(within(dialog).getByTestId(`shortcut-${name}`)).toHaveTextContent(`${action.keyTest}${action.description}`);
    }
  });
});
