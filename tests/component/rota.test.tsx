// The duty clinician rota page: gaps warned days ahead, the lead assigns through the API, other hub
// staff read it, and it refetches when the hub says the rota changed. And the duty clinician's inbox.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RotaReply, RotaSlot } from '../../shared/schemas/rota';
import type { HubApi } from '../../client/src/api/http';
import { ANP_1, ANP_2, COORDINATOR_1, LEAD_1, PHARMACIST_1, offeredTo } from './fixtures';
import { renderHub } from './harness';

const slot = (date: string, label: string, session: 'morning' | 'afternoon', clinician: { id: number; name: string } | null): RotaSlot => ({
  date,
  session,
  label: `${label} ${session}`,
  open: true,
  start: null,
  end: `${date}T${session === 'morning' ? '13' : '18'}:00:00.000Z`,
  clinician,
  assignedBy: clinician && { id: LEAD_1.id, name: LEAD_1.name },
  assignedAt: null,
});

const ana = { id: ANP_1.id, name: ANP_1.name };
const ROTA: RotaReply = {
  today: '2026-11-24',
  from: '2026-11-24',
  to: '2026-12-04',
  onDuty: { clinician: ana, date: '2026-11-24', session: 'morning', label: 'Tue 24 Nov morning' },
  slots: [slot('2026-11-24', 'Tue 24 Nov', 'morning', ana), slot('2026-11-24', 'Tue 24 Nov', 'afternoon', ana), slot('2026-12-04', 'Fri 4 Dec', 'morning', ana), slot('2026-12-04', 'Fri 4 Dec', 'afternoon', null)],
  gaps: [{ date: '2026-12-04', session: 'afternoon', label: 'Fri 4 Dec afternoon' }],
};
const STAFF = [
  { id: ANP_1.id, name: ANP_1.name, roles: ['anp' as const] },
  { id: PHARMACIST_1.id, name: PHARMACIST_1.name, roles: ['pharmacist' as const] },
  { id: COORDINATOR_1.id, name: COORDINATOR_1.name, roles: ['coordinator' as const] },
];

function rotaPage(user = LEAD_1, api: Partial<HubApi> = {}) {
  return renderHub({ user, route: '/rota', api: { rota: vi.fn(async () => ROTA), staff: vi.fn(async () => STAFF), ...api } });
}

describe('rota page', () => {
  it('warns days ahead of a session with no duty clinician', async () => {
    rotaPage();
    const warning = await screen.findByRole('status', { name: /no duty clinician/ });
    expect(within(warning).getByText('No duty clinician for Fri 4 Dec afternoon')).toBeInTheDocument();
    expect(screen.getByText(/On duty now/)).toHaveTextContent('On duty now: Ana Nurse (Tue 24 Nov morning)');
  });

  it('lets the lead put a clinician on duty for a gap, through the API, offering clinicians only', async () => {
    const assignRota = vi.fn<HubApi['assignRota']>(async () => undefined);
    const { keys, api } = rotaPage(LEAD_1, { assignRota });
    const select = await screen.findByRole('combobox', { name: 'Duty clinician for Fri 4 Dec afternoon' });
    await waitFor(() => expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Nobody on duty', 'Ana Nurse', 'Priya Pharmacist']));
    const loads = vi.mocked(api.rota).mock.calls.length;
    await keys.selectOptions(select, 'Priya Pharmacist');
    expect(assignRota).toHaveBeenCalledWith('2026-12-04', 'afternoon', PHARMACIST_1.id);
    // The page shows the rota as the hub now holds it.
    await waitFor(() => expect(api.rota).toHaveBeenCalledTimes(loads + 1));
  });

  it('clears a session when the lead chooses nobody', async () => {
    const clearRota = vi.fn<HubApi['clearRota']>(async () => undefined);
    const { keys } = rotaPage(LEAD_1, { clearRota });
    await keys.selectOptions(await screen.findByRole('combobox', { name: 'Duty clinician for Fri 4 Dec morning' }), 'Nobody on duty');
    expect(clearRota).toHaveBeenCalledWith('2026-12-04', 'morning');
  });

  it('shows the rota read-only to a coordinator', async () => {
    rotaPage(COORDINATOR_1);
    expect(await screen.findByRole('table', { name: /Duty clinician by session/ })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.getAllByText('Ana Nurse').length).toBeGreaterThan(0);
    expect(screen.getByText('Nobody on duty')).toBeInTheDocument();
  });

  it('refetches when the hub says the rota changed', async () => {
    const { api, link } = rotaPage(COORDINATOR_1);
    await screen.findByRole('table', { name: /Duty clinician by session/ });
    const loads = vi.mocked(api.rota).mock.calls.length;
    link.notice({ topic: 'settings', at: '2026-11-24T10:11:00.000Z' });
    expect(api.rota).toHaveBeenCalledTimes(loads);
    link.notice({ topic: 'rota', at: '2026-11-24T10:11:00.000Z' });
    await waitFor(() => expect(api.rota).toHaveBeenCalledTimes(loads + 1));
  });
});

describe('the duty clinician’s inbox', () => {
  it('shows offers to the duty clinician to the ANP on duty, and not to another ANP', async () => {
    renderHub({ user: ANP_1, route: '/inbox', items: [offeredTo('duty_clinician', { id: 7 })], api: { rota: vi.fn(async () => ROTA) } });
    expect(await within(await screen.findByTestId('inbox-offered')).findByTestId('inbox-row-7')).toBeInTheDocument();
  });

  it('does not show them to an ANP who is not on duty', async () => {
    renderHub({ user: ANP_2, route: '/inbox', items: [offeredTo('duty_clinician', { id: 7 })], api: { rota: vi.fn(async () => ROTA) } });
    await screen.findByTestId('inbox-offered');
    await waitFor(() => expect(screen.queryByTestId('inbox-row-7')).not.toBeInTheDocument());
  });
});
