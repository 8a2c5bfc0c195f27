// The admin's practices and pharmacies pages: a new key is shown once, after a warning that the old one
// stops working, and forgotten once stored; the add forms say what is wrong beside the field it concerns.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OrganisationsApi } from '../../client/src/api/organisations';
import { ApiError } from '../../client/src/api/errors';
import type { AdminPractice } from '../../shared/schemas/adminOrganisations';
import type { User } from '../../shared/schemas/api';
import { fakeOrganisations } from './fakeOrganisations';
import { COORDINATOR_1 } from './fixtures';
import { renderHub } from './harness';

const ADMIN: User = { id: 501, name: 'Ada Admin', username: 'admin1', roles: ['admin'], practiceOds: null };
const KEY = 'k3y-Shown-Once_0123456789abcdefghijklmnopqrstuv';
/** Types a whole value at once: key by key is slow on a busy machine and tests nothing more here. */
const fill = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const riverside = (keySet: boolean): AdminPractice => ({ ods: 'E85001', name: 'Riverside Surgery', memberSince: '2025-04-01', memberUntil: null, listSize: 9000, keySet });

function practicesPage(organisations: Partial<OrganisationsApi>, user: User = ADMIN) {
  return renderHub({ user, route: '/admin/practices', api: { organisations: fakeOrganisations(organisations) } });
}

describe('intake key, shown once', () => {
  /** Asks for a key for a practice without one and confirms; the panel that shows it, and the fake hub's call. */
  async function createKey() {
    let keySet = false;
    const rotateIntakeKey = vi.fn(async (ods: string) => {
      keySet = true;
      return { ods, key: KEY };
    });
    const { keys } = practicesPage({ practices: vi.fn(async () => [riverside(keySet)]), rotateIntakeKey });
    await keys.click(await screen.findByRole('button', { name: 'Create key for Riverside Surgery' }));
    const confirm = screen.getByRole('region', { name: 'Create an intake key for Riverside Surgery?' });
    expect(confirm).toHaveTextContent('The key is shown once');
    expect(rotateIntakeKey).not.toHaveBeenCalled();
    await keys.click(within(confirm).getByRole('button', { name: 'Create key' }));
    const panel = await screen.findByRole('region', { name: 'New intake key for Riverside Surgery' });
    expect(rotateIntakeKey).toHaveBeenCalledWith('E85001');
    return { keys, panel };
  }

  it('creates a key after saying it is shown once, and shows it with the words "shown once: store it now"', async () => {
    const { panel } = await createKey();
    expect(panel).toHaveTextContent('Shown once: store it now.');
    expect(within(panel).getByLabelText('The intake key')).toHaveValue(KEY);
    // The list now says a key is set, and offers to rotate it.
    expect(await screen.findByRole('button', { name: 'Rotate key for Riverside Surgery' })).toBeInTheDocument();
  });

  it('copies the key, and forgets it once the admin has stored it', async () => {
    const { keys, panel } = await createKey();
    await keys.click(within(panel).getByRole('button', { name: 'Copy key' }));
    expect(await within(panel).findByText('Copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(KEY);
    await keys.click(within(panel).getByRole('button', { name: 'I have stored the key' }));
    expect(screen.queryByRole('region', { name: /New intake key/ })).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(KEY);
  });

  it('warns that the old key stops working before rotating it, and rotates nothing on cancel', async () => {
    const rotateIntakeKey = vi.fn(async (ods: string) => ({ ods, key: KEY }));
    const { keys } = practicesPage({ practices: vi.fn(async () => [riverside(true)]), rotateIntakeKey });
    await keys.click(await screen.findByRole('button', { name: 'Rotate key for Riverside Surgery' }));
    const confirm = screen.getByRole('region', { name: 'Rotate the intake key for Riverside Surgery?' });
    expect(confirm).toHaveTextContent('The current key will stop working at once.');
    await keys.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /Rotate the intake key/ })).not.toBeInTheDocument();
    expect(rotateIntakeKey).not.toHaveBeenCalled();
  });
});

describe('add a practice', () => {
  it('says what is missing beside each field, and sends nothing', async () => {
    const addPractice = vi.fn<OrganisationsApi['addPractice']>();
    const { keys } = practicesPage({ addPractice });
    await keys.click(await screen.findByRole('button', { name: 'Add practice' }));
    expect(screen.getByLabelText('ODS code')).toHaveAccessibleDescription(/an ODS code is 3 to 10 letters and digits/);
    expect(screen.getByLabelText('Practice name')).toHaveAccessibleDescription(/name is required/);
    expect(screen.getByLabelText('Joins the hub on')).toHaveAccessibleDescription(/a date is YYYY-MM-DD/);
    expect(addPractice).not.toHaveBeenCalled();
  });

  it('refuses a join date too far ahead and a leave date before the join date, beside those fields', async () => {
    const addPractice = vi.fn<OrganisationsApi['addPractice']>();
    const { keys } = practicesPage({ addPractice });
    fill(await screen.findByLabelText('ODS code'), 'E85123');
    fill(screen.getByLabelText('Practice name'), 'Meadow Lane Surgery');
    fill(screen.getByLabelText('Joins the hub on'), '2030-01-01');
    fill(screen.getByLabelText('Leaves the hub after (optional)'), '2026-12-31');
    await keys.click(screen.getByRole('button', { name: 'Add practice' }));
    expect(screen.getByLabelText('Joins the hub on')).toHaveAccessibleDescription(/no more than 2 years ahead/);
    expect(screen.getByLabelText('Leaves the hub after (optional)')).toHaveAccessibleDescription(/cannot leave before it joins/);
    expect(screen.getByLabelText('Joins the hub on')).toHaveAttribute('aria-invalid', 'true');
    expect(addPractice).not.toHaveBeenCalled();
  });

  it('shows the hub’s refusal beside the field it names', async () => {
    const addPractice = vi.fn<OrganisationsApi['addPractice']>(async () => {
      throw new ApiError('PRACTICE_EXISTS', 'ods: a practice with ODS code E85001 is already a member.', 409);
    });
    const { keys } = practicesPage({ addPractice });
    fill(await screen.findByLabelText('ODS code'), 'E85001');
    fill(screen.getByLabelText('Practice name'), 'Riverside Again');
    fill(screen.getByLabelText('Joins the hub on'), '2026-12-01');
    await keys.click(screen.getByRole('button', { name: 'Add practice' }));
    await waitFor(() => expect(screen.getByLabelText('ODS code')).toHaveAccessibleDescription(/already a member/));
    expect(addPractice).toHaveBeenCalledWith({ ods: 'E85001', name: 'Riverside Again', memberSince: '2026-12-01', memberUntil: null });
  });
});

describe('pharmacies', () => {
  it('refuses a phone that is not a UK number beside the phone field', async () => {
    const addPharmacy = vi.fn<OrganisationsApi['addPharmacy']>();
    const { keys } = renderHub({ user: ADMIN, route: '/admin/pharmacies', api: { organisations: fakeOrganisations({ addPharmacy }) } });
    fill(await screen.findByLabelText('ODS code'), 'FX900');
    fill(screen.getByLabelText('Pharmacy name'), 'Canal Street Pharmacy');
    fill(screen.getByLabelText('Phone (optional)'), 'ring us');
    await keys.click(screen.getByRole('button', { name: 'Add pharmacy' }));
    expect(screen.getByLabelText('Phone (optional)')).toHaveAccessibleDescription(/phone is a UK number/);
    expect(addPharmacy).not.toHaveBeenCalled();
  });
});

it('refetches the practices when the hub says the directory changed (another admin’s change)', async () => {
  const practices = vi.fn(async () => [riverside(false)]);
  const { links } = practicesPage({ practices });
  expect(await screen.findByRole('rowheader', { name: 'Riverside Surgery' })).toBeInTheDocument();
  practices.mockResolvedValue([riverside(false), { ...riverside(true), ods: 'E85123', name: 'Meadow Lane Surgery' }]);
  links.at(-1)!.notice({ topic: 'directory', at: '2026-11-24T10:10:00.000Z' });
  expect(await screen.findByRole('rowheader', { name: 'Meadow Lane Surgery' })).toBeInTheDocument();
});

it('keeps the admin pages from anyone but the admin', async () => {
  const organisations = fakeOrganisations();
  renderHub({ user: COORDINATOR_1, route: '/admin/practices', api: { organisations } });
  await waitFor(() => expect(screen.queryByRole('heading', { name: 'Practices' })).not.toBeInTheDocument());
  expect(organisations.practices).not.toHaveBeenCalled();
});
