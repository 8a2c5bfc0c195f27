// The routing panel: decision support with each suggestion's reason, the shared rules' refusals before
// submit (in the hub's own sentences), who will be responsible, and the hand-off body it sends.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { redFlagLabel } from '../../shared/rules/redFlags';
import type { QueueItem } from '../../shared/schemas/api';
import type { HubApi } from '../../client/src/api/http';
import { ApiError } from '../../client/src/api/errors';
import { DEFAULT_HUB_SETTINGS } from '../../client/src/stores/hubSettingsStore';
import { slaPolicySchema } from '../../shared/time/hubCalendar';
import { COORDINATOR_1, detailOf, queueItem, redFlagged } from './fixtures';
import { renderHub } from './harness';

const PHARMACIES = [
  { ods: 'FA101', name: 'High Street Pharmacy', distanceSelling: false, address: '1 High Street, Testbury', phone: '01632 960001', openingHours: 'Mon to Sat 8am to 6pm' },
  { ods: 'FQ202', name: 'Online Pharmacy', distanceSelling: true, address: null, phone: null, openingHours: null },
];

/** The hub's reply to a route: the request offered on, out of the coordinator's hands. */
const routed = (item: QueueItem): Awaited<ReturnType<HubApi['route']>> => ({
  seq: 120,
  item: { ...item, version: item.version + 2, status: 'offered', claimedBy: null, leaseExpiresAt: null, pendingDestination: 'anp' },
});

async function openRouting(item: QueueItem, api: Partial<HubApi> = {}) {
  const route = vi.fn<HubApi['route']>(async () => routed(item));
  const hub = renderHub({ user: COORDINATOR_1, items: [item], api: { route, pharmacies: async () => PHARMACIES, ...api } });
  await hub.keys.click(within(await screen.findByTestId(`queue-row-${item.id}`)).getByRole('button'));
  await hub.keys.click(await screen.findByRole('button', { name: 'Claim' }));
  await hub.keys.click(await screen.findByRole('button', { name: /^Route/ }));
  const panel = await screen.findByRole('region', { name: 'Route this request' });
  return { ...hub, route: (api.route as typeof route | undefined) ?? route, panel };
}

const confirm = () => screen.getByRole('button', { name: 'Confirm route' });

/** The hub's settings (GET /api/hub) with the signed-off protocol letting coordinators close with self-care. */
const SELF_CARE_PROTOCOL = { version: 'CN v4', signedOffBy: 'Dr Lee Lead', coordinatorMaySelfCare: true };
const hubAllowingSelfCare = async () => ({ ...DEFAULT_HUB_SETTINGS, protocol: SELF_CARE_PROTOCOL });

describe('routing panel: decision support', () => {
  it('shows the first suggestion with its rule’s because-sentence', async () => {
    const { panel } = await openRouting(queueItem({ id: 1 }));
    const first = within(panel).getByTestId('suggestion-sore_throat_to_pharmacy_first');
    expect(first).toHaveTextContent('First suggestion');
    expect(first).toHaveTextContent('Community pharmacy: Pharmacy First clinical pathway — acute sore throat');
    expect(first).toHaveTextContent(
      'Pharmacy First acute sore throat: aged 5 and over; the patient is 36 on the day of submission. Ask the exclusion questions before offering.',
    );
    expect(within(panel).getByTestId('suggestion-default_to_anp')).toHaveTextContent('If the pathway above does not fit, the ANP team assesses the request.');
  });

  it('pre-fills the form from a suggestion and records suggestionFollowed: true', async () => {
    const { panel, keys, route } = await openRouting(queueItem({ id: 1 }));
    await keys.click(within(within(panel).getByTestId('suggestion-sore_throat_to_pharmacy_first')).getByRole('button', { name: /^Use this/ }));
    expect(screen.getByRole('radio', { name: 'Community pharmacy: Pharmacy First clinical pathway' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Pharmacy First condition' })).toHaveValue('sore_throat');
    expect(screen.getByRole('combobox', { name: 'Reason' })).toHaveValue('eligible_pharmacy_first');
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Pharmacy' }), 'FA101');
    await keys.click(confirm());
    expect(route).toHaveBeenCalledWith(1, {
      destination: 'pharmacy_first',
      condition: 'sore_throat',
      pharmacyOds: 'FA101',
      exclusions: {},
      reason: { code: 'eligible_pharmacy_first' },
      expectedVersion: 2,
      suggestionFollowed: true,
    });
  });

  it('records suggestionFollowed: false when the coordinator chooses otherwise, and the request leaves their hands', async () => {
    const { keys, route } = await openRouting(queueItem({ id: 1 }));
    await keys.click(screen.getByRole('radio', { name: 'ANP team' }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'clinical_assessment_needed');
    await keys.type(screen.getByRole('textbox', { name: /Reason in your words/ }), 'Four days and worse');
    await keys.click(confirm());
    expect(route).toHaveBeenCalledWith(1, {
      destination: 'anp',
      reason: { code: 'clinical_assessment_needed', text: 'Four days and worse' },
      expectedVersion: 2,
      suggestionFollowed: false,
    });
    expect(await screen.findByText(/offered to the ANP team\. It has left your hands\./)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Route this request' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View its journey' })).toHaveAttribute('href', '/requests/1');
  });
});

describe('routing panel: opening', () => {
  it('opens with g on the request the coordinator holds, and Back to the request keeps the claim', async () => {
    const item = queueItem({ id: 1 });
    const { keys } = renderHub({ user: COORDINATOR_1, items: [item] });
    await keys.click(within(await screen.findByTestId('queue-row-1')).getByRole('button'));
    await keys.click(await screen.findByRole('button', { name: 'Claim' }));
    await screen.findByRole('button', { name: 'Release' });
    await keys.keyboard('g');
    const heading = await screen.findByRole('heading', { name: 'Route this request' });
    expect(heading).toHaveFocus();
    await keys.click(screen.getByRole('button', { name: 'Back to the request' }));
    expect(screen.queryByRole('region', { name: 'Route this request' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Release' })).toBeInTheDocument();
  });
});

describe('routing panel: the rules before submit', () => {
  it('refuses Pharmacy First UTI for a man with the eligibility sentence and disables Confirm', async () => {
    const { keys } = await openRouting(queueItem({ id: 1, patient: { initials: 'JM', age: 36, sex: 'male' } }));
    await keys.click(screen.getByRole('radio', { name: 'Community pharmacy: Pharmacy First clinical pathway' }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Pharmacy First condition' }), 'uti');
    expect(screen.getByText('Not eligible for Pharmacy First: uncomplicated UTI: women aged 16 to 64')).toBeInTheDocument();
    expect(confirm()).toBeDisabled();
    expect(confirm()).toHaveAccessibleDescription(/Not eligible for Pharmacy First: uncomplicated UTI: women aged 16 to 64/);
  });

  it('asks the UTI exclusion questions and refuses on pregnancy, in the rule’s words', async () => {
    const { keys } = await openRouting(queueItem({ id: 1 }));
    await keys.click(screen.getByRole('radio', { name: 'Community pharmacy: Pharmacy First clinical pathway' }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Pharmacy First condition' }), 'uti');
    const pregnant = screen.getByRole('group', { name: 'Is the patient pregnant?' });
    expect(screen.getByRole('group', { name: /Does the patient have a urinary catheter\?/ })).toBeInTheDocument();
    await keys.click(within(pregnant).getByRole('radio', { name: 'Yes' }));
    expect(screen.getByText(/Not eligible for Pharmacy First: uncomplicated UTI excludes pregnancy/)).toBeInTheDocument();
    expect(confirm()).toBeDisabled();
  });

  /** A request from a patient born on birthDate (the rules read the birth date, not the age shown in the queue). */
  const patientBorn = (birthDate: string, sex: 'female' | 'male', age: number) => {
    const item = queueItem({ id: 1, patient: { initials: 'AB', age, sex } });
    const consultation = async () => ({ ...detailOf(item), patient: { ...detailOf(item).patient, birthDate } });
    return { item, api: { consultation } };
  };
  const choosePharmacyFirst = async (keys: Awaited<ReturnType<typeof openRouting>>['keys'], condition: string) => {
    await keys.click(screen.getByRole('radio', { name: 'Community pharmacy: Pharmacy First clinical pathway' }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Pharmacy First condition' }), condition);
  };

  it('asks a girl of 14 with a sore throat whether she is pregnant, and sends her answer', async () => {
    const { item, api } = patientBorn('2012-06-01', 'female', 14);
    const { keys, route } = await openRouting(item, api);
    await choosePharmacyFirst(keys, 'sore_throat');
    const pregnant = screen.getByRole('group', { name: 'Is the patient pregnant?' });
    await keys.click(within(pregnant).getByRole('radio', { name: 'Yes' }));
    expect(screen.getByText(/Not eligible for Pharmacy First: acute sore throat excludes pregnancy under 16/)).toBeInTheDocument();
    expect(confirm()).toBeDisabled();
    await keys.click(within(pregnant).getByRole('radio', { name: 'No' }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'eligible_pharmacy_first');
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Pharmacy' }), 'FA101');
    await keys.click(confirm());
    expect(route).toHaveBeenCalledWith(1, expect.objectContaining({ condition: 'sore_throat', exclusions: { pregnant: false } }));
  });

  it('does not ask a woman of 36 with a sore throat about pregnancy', async () => {
    const { keys } = await openRouting(queueItem({ id: 1 }));
    await choosePharmacyFirst(keys, 'sore_throat');
    expect(screen.queryByRole('group', { name: 'Is the patient pregnant?' })).not.toBeInTheDocument();
  });

  it('asks for a boy’s ear infections as counts, refuses 3 in 6 months in the rule’s words, and sends the counts', async () => {
    const { item, api } = patientBorn('2020-03-01', 'male', 6);
    const { keys, route } = await openRouting(item, api);
    await choosePharmacyFirst(keys, 'otitis_media');
    expect(screen.queryByRole('group', { name: 'Is the patient pregnant?' })).not.toBeInTheDocument();
    const sixMonths = screen.getByRole('spinbutton', { name: /ear infections .* in the last 6 months, counting this one/ });
    const twelveMonths = screen.getByRole('spinbutton', { name: /ear infections .* in the last 12 months, counting this one/ });
    await keys.type(sixMonths, '3');
    await keys.type(twelveMonths, '3');
    expect(
      screen.getByText(/acute otitis media excludes recurrent otitis media \(3 or more episodes in 6 months, or 4 or more in 12 months\)/),
    ).toBeInTheDocument();
    expect(confirm()).toBeDisabled();
    await keys.clear(sixMonths);
    await keys.type(sixMonths, '2');
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'eligible_pharmacy_first');
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Pharmacy' }), 'FA101');
    await keys.click(confirm());
    expect(route).toHaveBeenCalledWith(
      1,
      expect.objectContaining({ condition: 'otitis_media', exclusions: { otitisEpisodes6Months: 2, otitisEpisodes12Months: 3 } }),
    );
  });

  it('asks the insect bite exclusions of an adult and sends every answer', async () => {
    const { keys, route } = await openRouting(queueItem({ id: 1 }));
    await choosePharmacyFirst(keys, 'insect_bite');
    for (const question of [
      'Is it a tick bite?',
      'Is it an animal or human bite?',
      'Was the bite or sting acquired abroad?',
      'Is the patient severely immunosuppressed?',
    ]) {
      await keys.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: 'No' }));
    }
    await keys.click(within(screen.getByRole('group', { name: 'Is it a tick bite?' })).getByRole('radio', { name: 'Yes' }));
    expect(screen.getByText(/infected insect bite excludes a tick bite/)).toBeInTheDocument();
    await keys.click(within(screen.getByRole('group', { name: 'Is it a tick bite?' })).getByRole('radio', { name: 'No' }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'eligible_pharmacy_first');
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Pharmacy' }), 'FA101');
    await keys.click(confirm());
    expect(route).toHaveBeenCalledWith(
      1,
      expect.objectContaining({
        condition: 'insect_bite',
        exclusions: { tickBite: false, animalOrHumanBite: false, biteAcquiredAbroad: false, severelyImmunosuppressed: false },
      }),
    );
  });

  it('asks a woman with shingles about pregnancy and the rash, and refuses pregnancy', async () => {
    const { keys } = await openRouting(queueItem({ id: 1 }));
    await choosePharmacyFirst(keys, 'shingles');
    expect(screen.getByRole('group', { name: 'Did the shingles rash appear within the last 7 days?' })).toBeInTheDocument();
    await keys.click(within(screen.getByRole('group', { name: 'Is the patient pregnant?' })).getByRole('radio', { name: 'Yes' }));
    expect(screen.getByText(/Not eligible for Pharmacy First: shingles excludes pregnancy/)).toBeInTheDocument();
  });

  it('closes community pharmacy, self-referral and self-care to a coordinator for a red flag, saying RED_FLAG_REQUIRES_CLINICIAN’s sentence', async () => {
    // Even where the hub's protocol lets coordinators close with self-care.
    await openRouting(redFlagged({ id: 1 }), { hub: hubAllowingSelfCare });
    const labels = [
      'Community pharmacy: Pharmacy First clinical pathway',
      'Community pharmacy: minor illness referral',
      'Self-referral pathway',
      'Self-care with safety-netting advice',
    ];
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Self-care with safety-netting advice' })).toHaveAccessibleDescription(/red-flagged/));
    for (const label of labels) {
      const radio = screen.getByRole('radio', { name: label });
      expect(radio).toBeDisabled();
      expect(radio).toHaveAccessibleDescription(
        `Not available: A red-flagged request (${redFlagLabel('chest_pain')}) can only be sent to "${label}" by a clinician; escalate it to the duty clinician.`,
      );
    }
    expect(screen.getByRole('radio', { name: 'GP clinical lead / duty clinician' })).toBeEnabled();
  });

  it('offers self-care to a coordinator for a request without red flags when the hub’s protocol allows it', async () => {
    const hub = vi.fn<HubApi['hub']>(hubAllowingSelfCare);
    const { keys, api } = await openRouting(queueItem({ id: 1 }), { hub });
    const selfCare = screen.getByRole('radio', { name: 'Self-care with safety-netting advice' });
    await waitFor(() => expect(selfCare).toBeEnabled());
    expect(selfCare).not.toHaveAccessibleDescription(/may not route/);
    await keys.click(selfCare);
    expect(selfCare).toBeChecked();
    expect(screen.queryByText(/The hub would refuse this/)).not.toBeInTheDocument();
    // The protocol comes from the hub's settings, not from the liability matrix.
    expect(hub).toHaveBeenCalledTimes(1);
    expect(api.liabilityMatrix).not.toHaveBeenCalled();
  });

  it('follows the protocol in force: a destination it closes to coordinators is neither offered nor suggested, nor is a rule it switches off', async () => {
    const protocol = { ...SELF_CARE_PROTOCOL, coordinatorMaySelfCare: false, closedToCoordinators: ['pharmacy_first' as const], suggestionRulesOff: ['msk_to_physio'] };
    const hub = vi.fn<HubApi['hub']>(async () => ({ ...DEFAULT_HUB_SETTINGS, protocol }));
    const { panel } = await openRouting(queueItem({ id: 1 }), { hub });
    const pharmacyFirst = screen.getByRole('radio', { name: 'Community pharmacy: Pharmacy First clinical pathway' });
    await waitFor(() => expect(pharmacyFirst).toBeDisabled());
    expect(pharmacyFirst).toHaveAccessibleDescription(/A care coordinator may not route a request to "Community pharmacy: Pharmacy First clinical pathway"/);
    expect(within(panel).queryByTestId('suggestion-sore_throat_to_pharmacy_first')).not.toBeInTheDocument();
    expect(within(panel).getByTestId('suggestion-default_to_anp')).toBeInTheDocument();
  });

  it('keeps self-care closed to coordinators when the protocol in force does not allow it', async () => {
    await openRouting(queueItem({ id: 1 }));
    const selfCare = screen.getByRole('radio', { name: 'Self-care with safety-netting advice' });
    expect(selfCare).toBeDisabled();
    expect(selfCare).toHaveAccessibleDescription(/A care coordinator may not route a request to "Self-care with safety-netting advice"/);
  });

  it('ties a missing reason text for “Other” to its field and sends nothing', async () => {
    const { keys, route } = await openRouting(queueItem({ id: 1 }));
    await keys.click(screen.getByRole('radio', { name: 'ANP team' }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'other');
    await keys.click(confirm());
    const text = screen.getByRole('textbox', { name: /Reason in your words/ });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/A reason coded “Other” needs a few words saying why/);
    expect(route).not.toHaveBeenCalled();
  });

  it('fills editable safety-netting advice from a template', async () => {
    const templates = [{ id: 'general', title: 'General worsening advice', text: 'If your symptoms get worse, contact your practice or call NHS 111.' }];
    const { keys } = await openRouting(queueItem({ id: 1 }), { safetyNettingTemplates: async () => templates });
    await keys.click(screen.getByRole('radio', { name: 'Self-referral pathway' }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Start from a template' }), 'general');
    const advice = screen.getByRole('textbox', { name: 'Safety-netting advice sent to the patient' });
    expect(advice).toHaveValue(templates[0]!.text);
    await keys.type(advice, ' Back pain: call 999 if numb.');
    expect(advice).toHaveValue(`${templates[0]!.text} Back pain: call 999 if numb.`);
  });
});

describe('routing panel: responsibility and the hub’s answer', () => {
  it('previews who will be responsible after an offer to the ANP team', async () => {
    const { keys } = await openRouting(queueItem({ id: 1 }));
    await keys.click(screen.getByRole('radio', { name: 'ANP team' }));
    expect(screen.getByTestId('responsibility-preview')).toHaveTextContent(
      'Until the ANP team accepts, the request waits in their queue and the hub duty clinician stays accountable. When an ANP accepts, they become responsible.',
    );
  });

  it('says when an unacknowledged pharmacy referral comes back, from the hub’s SLA policy', async () => {
    const hub = async () => ({ ...DEFAULT_HUB_SETTINGS, sla: slaPolicySchema.parse({ externalAckMinutes: 120 }) });
    const { panel, keys } = await openRouting(queueItem({ id: 1 }), { hub });
    await keys.click(within(within(panel).getByTestId('suggestion-sore_throat_to_pharmacy_first')).getByRole('button', { name: /^Use this/ }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Pharmacy' }), 'FA101');
    expect(screen.getByTestId('responsibility-preview')).toHaveTextContent('Unacknowledged after 2 working hours, it comes back to the hub.');
  });

  it('shows the hub’s 409 in its own words and keeps the panel open', async () => {
    const route = vi.fn<HubApi['route']>(async () => {
      throw new ApiError('STALE_VERSION', 'This request has changed since you loaded it. Look again, then route.', 409);
    });
    const { keys } = await openRouting(queueItem({ id: 1 }), { route });
    await keys.click(screen.getByRole('radio', { name: 'ANP team' }));
    await keys.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'clinical_assessment_needed');
    await keys.click(confirm());
    expect(await screen.findByRole('alert')).toHaveTextContent('This request has changed since you loaded it. Look again, then route.');
    expect(screen.getByRole('region', { name: 'Route this request' })).toBeInTheDocument();
    expect(screen.queryByText(/no longer hold/)).not.toBeInTheDocument();
  });
});
