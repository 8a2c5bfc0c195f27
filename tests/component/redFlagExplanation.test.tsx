// Why a flag fired or was set aside, and deciding on it: the queue marks a possible red flag in words
// and orders it between red flags and routine; the detail pane names each rule, marks the words that
// fired it and lists what the screen set aside; clinicians confirm or clear with a reason, coordinators
// and clinicians raise one, and nobody else sees those controls.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { QueueItem, User } from '../../shared/schemas/api';
import type { HubApi } from '../../client/src/api/http';
import { ApiError } from '../../client/src/api/errors';
import { flagTasksFor } from '../../client/src/features/redFlags/flagPermissions';
import {
  ANP_1,
  COORDINATOR_1,
  HILLVIEW,
  MANAGER_1,
  NOW,
  PHARMACIST_1,
  PRACTICE_1,
  acceptedBy,
  offeredTo,
  possiblyFlagged,
  queueItem,
  redFlagged,
  screenedDetailOf,
} from './fixtures';
import { renderHub, shownOrder } from './harness';

const reply = (item: QueueItem) => ({ seq: 200, item });
const flagsSection = () => screen.getByRole('region', { name: 'Red flags' });

async function openInQueue(item: QueueItem, user: User = COORDINATOR_1, api: Partial<HubApi> = {}) {
  const view = renderHub({ user, items: [item], api: { consultation: vi.fn(async () => screenedDetailOf(item)), ...api } });
  await view.keys.click(within(await screen.findByTestId(`queue-row-${item.id}`)).getByRole('button'));
  await screen.findByRole('region', { name: 'Red flags' });
  return view;
}

/** A request with a possible red flag that ANP 1 accepted, opened in their inbox. */
async function openInInbox(api: Partial<HubApi> = {}) {
  const item = acceptedBy(offeredTo('anp', { id: 7, priority: 'red_flag_possible', possibleRedFlags: ['sepsis_signs'] }), ANP_1);
  const view = renderHub({ user: ANP_1, items: [item], route: '/inbox', api: { consultation: vi.fn(async () => screenedDetailOf(item)), ...api } });
  await view.keys.click(within(await screen.findByTestId('inbox-row-7')).getByRole('button'));
  await screen.findByRole('region', { name: 'Red flags' });
  return { ...view, item };
}

describe('possible red flags in the queue', () => {
  it('marks a possible red flag in words, apart from a red flag, and orders red flag, possible, routine', async () => {
    const { container } = renderHub({
      user: COORDINATOR_1,
      items: [queueItem({ id: 1 }), possiblyFlagged({ id: 2 }), redFlagged({ id: 3, sla: { firstActionDue: '2026-11-24T11:00:00.000Z', outcomeDue: '2026-11-25T08:00:00.000Z' } })],
    });
    const possible = await screen.findByTestId('queue-row-2');
    expect(within(possible).getByText('Possible red flag')).toBeInTheDocument();
    expect(within(possible).queryByText('Red flag')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('queue-row-3')).getByText('Red flag')).toBeInTheDocument();
    expect(shownOrder(container)).toEqual([3, 2, 1]);
  });

  it('keeps possible red flags when the queue is narrowed to red flags', async () => {
    const { container, keys } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 }), possiblyFlagged({ id: 2 }), redFlagged({ id: 3 })] });
    await screen.findByTestId('queue-row-1');
    await keys.click(screen.getByRole('checkbox', { name: 'Red flags and possible' }));
    expect(shownOrder(container)).toEqual([3, 2]);
  });

  it('announces a newly arrived possible red flag at once', async () => {
    const { link } = renderHub({ user: COORDINATOR_1, items: [queueItem({ id: 1 })] });
    await screen.findByTestId('queue-row-1');
    link.change({ seq: 101, type: 'admitted', item: possiblyFlagged({ id: 2, ...HILLVIEW, submittedAt: new Date(NOW).toISOString() }) });
    expect(screen.getByTestId('announcer')).toHaveTextContent('New possible red-flag request from Hillview Practice');
  });

  it('tells a clinician when an offer with a possible red flag reaches their team', async () => {
    const { link } = renderHub({ user: ANP_1, items: [offeredTo('anp', { id: 1 })], route: '/inbox' });
    await screen.findByTestId('inbox-row-1');
    link.change({ seq: 101, type: 'offered', item: offeredTo('anp', { id: 2, ...HILLVIEW, priority: 'red_flag_possible', possibleRedFlags: ['sepsis_signs'] }) });
    expect(screen.getByTestId('inbox-announcer')).toHaveTextContent('New possible red-flag offer to your team from Hillview Practice');
  });
});

describe('why a flag fired', () => {
  it('marks the words that fired each rule in the patient’s text, named after the rule', async () => {
    await openInQueue(possiblyFlagged({ id: 1, redFlags: ['chest_pain', 'breathing_difficulty'], priority: 'red_flag' }));
    const words = screen.getByRole('region', { name: 'In the patient’s words' });
    const chest = within(words).getByRole('mark', { name: /Red flag: Chest pain, tightness or pressure/ });
    expect(chest).toHaveTextContent('chest feels tight');
    expect(within(words).getByRole('mark', { name: /Possible red flag: Sepsis signs/ })).toHaveTextContent('feel hot');
    // The set-aside seizure is not marked: it did not fire.
    expect(within(words).queryByRole('mark', { name: /Seizure/ })).not.toBeInTheDocument();
  });

  it('names each rule with its severity in words, where it stands, the words quoted and the NHS source', async () => {
    await openInQueue(possiblyFlagged({ id: 1, redFlags: ['chest_pain', 'breathing_difficulty'], priority: 'red_flag' }));
    const section = flagsSection();
    const chest = within(section).getByText('Chest pain, tightness or pressure (possible heart attack)').closest('li')!;
    expect(chest).toHaveTextContent('Emergency: advise 999 now');
    expect(chest).toHaveTextContent('“chest feels tight”');
    expect(within(chest).getByRole('link', { name: /NHS: Heart attack/ })).toHaveAttribute('href', 'https://www.nhs.uk/conditions/heart-attack/');
    const sepsis = within(section).getByText(/^Sepsis signs/).closest('li')!;
    expect(sepsis).toHaveTextContent('Possible: a clinician must confirm or clear');
  });

  it('says which answers fired a rule, and marks the words in a written answer', async () => {
    await openInQueue(redFlagged({ id: 1, redFlags: ['chest_pain', 'breathing_difficulty'], possibleRedFlags: ['sepsis_signs'] }));
    const answers = screen.getByRole('region', { name: 'Answers' });
    expect(within(answers).getAllByText('Fired red flag: Difficulty breathing or severe breathlessness')).toHaveLength(2);
    expect(within(answers).getByRole('mark', { name: /Red flag: Difficulty breathing/ })).toHaveTextContent('cannot breathe');
    expect(within(answers).getByText('1 day')).toBeInTheDocument();
  });

  it('lists what the screen set aside, with its reason, in a disclosure closed until opened', async () => {
    const { keys } = await openInQueue(possiblyFlagged({ id: 1 }));
    const reason = within(flagsSection()).getByText(/not counted because past: 'in 2019'/);
    expect(reason).toHaveTextContent('Seizure (fit), collapse or loss of consciousness: “seizure”');
    expect(reason).not.toBeVisible();
    await keys.click(screen.getByText('Set aside by the screen (1)'));
    expect(reason).toBeVisible();
  });
});

describe('deciding on a flag', () => {
  it('lets a clinician confirm a possible flag, with a reason required, and the pane shows it confirmed', async () => {
    const confirmRedFlag = vi.fn<HubApi['confirmRedFlag']>(async () =>
      reply({ ...item, version: item.version + 1, priority: 'red_flag', redFlags: ['sepsis_signs'], possibleRedFlags: [] }),
    );
    const { keys, item } = await openInInbox({ confirmRedFlag });
    const section = flagsSection();
    expect(within(section).getByRole('button', { name: 'Clear red flag' })).toBeInTheDocument();
    await keys.click(within(section).getByRole('button', { name: 'Confirm red flag' }));
    await keys.click(within(section).getByRole('button', { name: 'Confirm the red flag' }));
    expect(within(section).getByText('Say why, in a few words.')).toBeInTheDocument();
    expect(confirmRedFlag).not.toHaveBeenCalled();

    await keys.type(within(section).getByRole('textbox', { name: 'Why is it a red flag?' }), 'Mottled skin on the photo');
    await keys.click(within(section).getByRole('button', { name: 'Confirm the red flag' }));
    expect(confirmRedFlag).toHaveBeenCalledWith(7, 'Mottled skin on the photo');
    expect(await within(section).findByText('You confirmed the red flag.')).toBeInTheDocument();
    expect(within(section).getByText(/^Sepsis signs/).closest('li')).toHaveTextContent('Possible, confirmed by a clinician');
    expect(within(section).queryByRole('button', { name: 'Confirm red flag' })).not.toBeInTheDocument();
    expect(within(screen.getByTestId('inbox-row-7')).getByText('Red flag')).toBeInTheDocument();
  });

  it('lets a clinician clear a flag with a reason, and the request goes back to routine', async () => {
    const clearRedFlag = vi.fn<HubApi['clearRedFlag']>(async () => reply({ ...item, version: item.version + 1, priority: 'routine', possibleRedFlags: [] }));
    const { keys, item } = await openInInbox({ clearRedFlag });
    const section = flagsSection();
    await keys.click(within(section).getByRole('button', { name: 'Clear red flag' }));
    await keys.type(within(section).getByRole('textbox', { name: 'Why is it not a red flag?' }), 'Temperature 37.2 on a call back');
    await keys.click(within(section).getByRole('button', { name: 'Clear the red flag' }));
    expect(clearRedFlag).toHaveBeenCalledWith(7, 'Temperature 37.2 on a call back');
    expect(await within(section).findByText('You cleared the red flag.')).toBeInTheDocument();
    expect(within(section).getByText(/^Sepsis signs/).closest('li')).toHaveTextContent('Cleared by a clinician');
    expect(within(screen.getByTestId('inbox-row-7')).queryByText('Possible red flag')).not.toBeInTheDocument();
  });

  it('shows the hub’s refusal in the form and keeps the reason', async () => {
    const clearRedFlag = vi.fn<HubApi['clearRedFlag']>(async () => {
      throw new ApiError('VERSION_CONFLICT', 'Another clinician settled this flag first. Read the request again.', 409);
    });
    const { keys } = await openInInbox({ clearRedFlag });
    const section = flagsSection();
    await keys.click(within(section).getByRole('button', { name: 'Clear red flag' }));
    await keys.type(within(section).getByRole('textbox', { name: 'Why is it not a red flag?' }), 'Seen on video, well');
    await keys.click(within(section).getByRole('button', { name: 'Clear the red flag' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Another clinician settled this flag first. Read the request again.');
    expect(within(section).getByRole('textbox', { name: 'Why is it not a red flag?' })).toHaveValue('Seen on video, well');
  });

  it('lets a coordinator raise a flag naming a rule, but not confirm or clear one', async () => {
    const item = possiblyFlagged({ id: 4 });
    const raiseRedFlag = vi.fn<HubApi['raiseRedFlag']>(async () => reply({ ...item, version: 2, priority: 'red_flag', redFlags: ['chest_pain'] }));
    const { keys } = await openInQueue(item, COORDINATOR_1, { raiseRedFlag });
    const section = flagsSection();
    expect(within(section).queryByRole('button', { name: 'Confirm red flag' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Clear red flag' })).not.toBeInTheDocument();
    await keys.click(within(section).getByRole('button', { name: 'Raise red flag' }));
    await keys.selectOptions(within(section).getByRole('combobox', { name: 'Which red flag (optional)' }), 'Chest pain, tightness or pressure (possible heart attack)');
    await keys.type(within(section).getByRole('textbox', { name: 'Why does this request need a red flag?' }), 'Said on the phone it is crushing');
    await keys.click(within(section).getByRole('button', { name: 'Raise the red flag' }));
    expect(raiseRedFlag).toHaveBeenCalledWith(4, 'Said on the phone it is crushing', 'chest_pain');
    expect(await within(section).findByText('You raised a red flag on this request.')).toBeInTheDocument();
  });

  it('raises without a rule when none is chosen', async () => {
    const item = queueItem({ id: 5 });
    const raiseRedFlag = vi.fn<HubApi['raiseRedFlag']>(async () => reply({ ...item, version: 2, priority: 'red_flag', redFlags: ['raised_by_hand'] }));
    const { keys } = await openInQueue(item, COORDINATOR_1, { raiseRedFlag });
    await keys.click(within(flagsSection()).getByRole('button', { name: 'Raise red flag' }));
    await keys.type(screen.getByRole('textbox', { name: 'Why does this request need a red flag?' }), 'Sounds very unwell');
    await keys.click(screen.getByRole('button', { name: 'Raise the red flag' }));
    expect(raiseRedFlag).toHaveBeenCalledWith(5, 'Sounds very unwell', undefined);
  });

  it('shows practice staff why a flag fired, with no raise, confirm or clear', async () => {
    const item = possiblyFlagged({ id: 8, version: 4, status: 'returned_to_practice', pendingDestination: 'practice_gp' });
    const { keys } = renderHub({ user: PRACTICE_1, items: [item], route: '/practice', api: { consultation: vi.fn(async () => screenedDetailOf(item)) } });
    await keys.click(await screen.findByRole('button', { name: 'Read the request EH-26-00008' }));
    const section = await screen.findByRole('region', { name: 'Red flags' });
    expect(within(section).getByText(/^Sepsis signs/)).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /red flag/i })).not.toBeInTheDocument();
  });

  it('offers practice staff and managers none of raise, confirm or clear; nobody on a closed request', () => {
    const flagged = possiblyFlagged({ redFlags: ['chest_pain'] });
    expect([...flagTasksFor(PRACTICE_1, flagged)]).toEqual([]);
    expect([...flagTasksFor(MANAGER_1, flagged)]).toEqual([]);
    expect([...flagTasksFor(COORDINATOR_1, flagged)]).toEqual(['raise']);
    expect([...flagTasksFor(PHARMACIST_1, flagged)].sort()).toEqual(['clear', 'confirm', 'raise']);
    expect([...flagTasksFor(PHARMACIST_1, { ...flagged, status: 'closed' })]).toEqual([]);
  });
});
