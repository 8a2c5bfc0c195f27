// The admin's staff page: the add form checks the shared rules before sending and shows each problem beside
// its field, shows the hub's refusal beside the field it names, and shows a temporary password once.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { User } from '../../shared/schemas/api';
import type { StaffAccount } from '../../shared/schemas/staff';
import { ApiError } from '../../client/src/api/errors';
import { renderHub } from './harness';

const ADMIN: User = { id: 501, name: 'Ada Admin', username: 'admin1', roles: ['admin'], practiceOds: null };
const account = (overrides: Partial<StaffAccount> = {}): StaffAccount => ({
  id: 7,
  username: 'jo.bloggs',
  name: 'Jo Bloggs',
  roles: ['anp'],
  practiceOds: null,
  registrationBody: 'NMC',
  registrationNumber: '12A3456B',
  active: true,
  recentFailedSignIns: 0,
  ...overrides,
});

function staffPage(api: Parameters<typeof renderHub>[0]['api'] = {}) {
  return renderHub({ user: ADMIN, route: '/admin/staff', api: { staffAccounts: vi.fn(async () => []), createStaff: vi.fn(), ...api } });
}

async function fillNurse(keys: ReturnType<typeof renderHub>['keys'], number: string) {
  await keys.type(await screen.findByLabelText('Username'), 'jo.bloggs');
  await keys.type(screen.getByLabelText('Full name'), 'Jo Bloggs');
  await keys.click(screen.getByLabelText('Advanced nurse practitioner'));
  await keys.selectOptions(screen.getByLabelText('Professional register (clinical roles)'), 'NMC');
  await keys.type(screen.getByLabelText('Registration number'), number);
}

describe('adding a member of staff', () => {
  it('shows a registration number in the wrong format beside its field, and sends nothing', async () => {
    const { keys, api } = staffPage();
    await fillNurse(keys, '1234');
    await keys.click(screen.getByRole('button', { name: 'Add member of staff' }));
    expect(screen.getByLabelText('Registration number')).toHaveAccessibleDescription(/a NMC number is two digits, a letter, four digits and a letter/);
    expect(api.createStaff).not.toHaveBeenCalled();
  });

  it('asks for a registration when a clinical role is chosen without one', async () => {
    const { keys, api } = staffPage();
    await keys.type(await screen.findByLabelText('Username'), 'new.pharm');
    await keys.type(screen.getByLabelText('Full name'), 'New Pharmacist');
    await keys.click(screen.getByLabelText('Clinical pharmacist'));
    await keys.click(screen.getByRole('button', { name: 'Add member of staff' }));
    expect(screen.getByLabelText('Professional register (clinical roles)')).toHaveAccessibleDescription(/needs a professional registration/);
    expect(api.createStaff).not.toHaveBeenCalled();
  });

  it('shows the hub’s refusal beside the field it names', async () => {
    const createStaff = vi.fn(async () => Promise.reject(new ApiError('USERNAME_TAKEN', 'username: another account already has this username.', 409)));
    const { keys } = staffPage({ createStaff });
    await fillNurse(keys, '12A3456B');
    await keys.click(screen.getByRole('button', { name: 'Add member of staff' }));
    expect(await screen.findByText('another account already has this username.')).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription(/another account already has this username/);
  });

  it('shows the new account’s temporary password once, until the admin has passed it on', async () => {
    const createStaff = vi.fn(async () => ({ account: account(), temporaryPassword: 'abcd-efgh-jkmn-pqrs' }));
    const { keys } = staffPage({ createStaff });
    await fillNurse(keys, '12a3456b');
    await keys.click(screen.getByRole('button', { name: 'Add member of staff' }));
    expect(createStaff).toHaveBeenCalledWith({ username: 'jo.bloggs', name: 'Jo Bloggs', roles: ['anp'], practiceOds: null, registrationBody: 'NMC', registrationNumber: '12A3456B' });
    expect(await screen.findByTestId('temporary-password')).toHaveTextContent('abcd-efgh-jkmn-pqrs');
    expect(within(screen.getByTestId('staff-row-jo.bloggs')).getByText('Active')).toBeInTheDocument();
    await keys.click(screen.getByRole('button', { name: 'I have passed it on' }));
    expect(screen.queryByText('abcd-efgh-jkmn-pqrs')).not.toBeInTheDocument();
  });
});

describe('managing an account', () => {
  it('offers an unlock for an account with failed sign-ins, and deactivates with a reason', async () => {
    const unlockStaff = vi.fn(async () => undefined);
    const deactivateStaff = vi.fn(async () => account({ active: false, recentFailedSignIns: 0 }));
    const { keys } = staffPage({ staffAccounts: vi.fn(async () => [account({ recentFailedSignIns: 5 })]), unlockStaff, deactivateStaff });
    await keys.click(await screen.findByRole('button', { name: 'Manage Jo Bloggs' }));
    await keys.click(screen.getByRole('button', { name: 'Unlock sign-in' }));
    expect(unlockStaff).toHaveBeenCalledWith(7);
    await keys.type(screen.getByLabelText(/^Why/), 'left the hub');
    await keys.click(screen.getByRole('button', { name: 'Deactivate Jo Bloggs' }));
    expect(deactivateStaff).toHaveBeenCalledWith(7, 'left the hub');
    expect(await screen.findByRole('button', { name: 'Reactivate Jo Bloggs' })).toBeInTheDocument();
    expect(within(screen.getByTestId('staff-row-jo.bloggs')).getByText('Deactivated')).toBeInTheDocument();
  });
});
