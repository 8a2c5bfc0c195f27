// The hub-level liability matrix, fed by the same shared generator the server answers with.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { User } from '../../shared/schemas/api';
import { DESTINATIONS } from '../../shared/schemas/domain';
import { liabilityMatrix } from '../../shared/lifecycle/liabilityMatrix';
import { ApiError } from '../../client/src/api/errors';
import type { HubApi } from '../../client/src/api/http';
import { DepsProvider, type HubDeps } from '../../client/src/deps';
import { LiabilityMatrixPage } from '../../client/src/features/liability/LiabilityMatrixPage';
import { createHubSettingsStore } from '../../client/src/stores/hubSettingsStore';
import { createQueueStore } from '../../client/src/stores/queueStore';
import { createSessionStore } from '../../client/src/stores/sessionStore';
import { NOW } from './fixtures';
import { fakeApi, fakeLink } from './harness';

const LEAD: User = { id: 501, name: 'Dr Lee Lead', username: 'lead1', roles: ['lead'], practiceOds: null };
const PROTOCOL = { version: 'CN v3', signedOffBy: 'Dr Lee Lead' };

function renderMatrix(liabilityMatrixCall: HubApi['liabilityMatrix']) {
  const api = { ...fakeApi(LEAD, []), liabilityMatrix: vi.fn(liabilityMatrixCall) };
  const deps: HubDeps = { api, connect: fakeLink, now: () => NOW, queue: createQueueStore(), session: createSessionStore(LEAD), hubSettings: createHubSettingsStore() };
  render(
    <DepsProvider deps={deps}>
      <LiabilityMatrixPage />
    </DepsProvider>,
  );
  return api;
}

const generated = async () => ({ protocol: PROTOCOL, rows: liabilityMatrix(PROTOCOL) });

describe('liability matrix page', () => {
  it('has one row per destination, under the protocol version and who signed it off', async () => {
    renderMatrix(generated);
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('heading', { level: 1, name: 'Liability matrix' })).toBeInTheDocument();
    expect(screen.getByText(/generated from the same rules the hub enforces/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Responsibility by destination and step' });
    expect(screen.getByText(/Hub protocol/)).toHaveTextContent('Hub protocol CN v3, signed off by Dr Lee Lead.');
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders).toHaveLength(DESTINATIONS.length);
    expect(rowHeaders.map((h) => h.textContent)).toContain('ANP teamHub team');
    for (const destination of DESTINATIONS) expect(screen.getByTestId(`matrix-row-${destination}`)).toBeInTheDocument();
  });

  it('shows Pharmacy First moving responsibility to the pharmacy on acknowledgement', async () => {
    renderMatrix(generated);
    const row = await screen.findByTestId('matrix-row-pharmacy_first');
    const cells = within(row).getAllByRole('cell');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Community pharmacy: Pharmacy First clinical pathway');
    expect(cells[0]).toHaveTextContent('While triaged');
    expect(cells[0]).toHaveTextContent('AccountableHub duty clinician');
    expect(cells[1]).toHaveTextContent('Offered, awaiting answer');
    expect(cells[1]).toHaveTextContent('AccountableHub duty clinician');
    expect(cells[2]).toHaveTextContent('Acknowledged');
    expect(cells[2]).toHaveTextContent('Ownerthe community pharmacyAccountablethe community pharmacy');
    expect(cells[2]).toHaveTextContent('referral acknowledged by the community pharmacy');
    expect(cells[3]).toHaveTextContent('On acknowledgement');
    expect(cells[4]).toHaveTextContent(/stays accountable until the community pharmacy acknowledges/);
  });

  it('moves self-care to the patient only once the advice is delivered', async () => {
    renderMatrix(generated);
    const row = await screen.findByTestId('matrix-row-self_care');
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('Routed');
    expect(cells[1]).toHaveTextContent('OwnerHub triage queueAccountableHub duty clinician');
    expect(cells[2]).toHaveTextContent('Advice delivered');
    expect(cells[2]).toHaveTextContent('OwnerThe patientAccountableThe patient');
    expect(cells[2]).toHaveTextContent('advice delivered to the patient by text message or email');
    expect(cells[3]).toHaveTextContent('When the safety-netting advice reaches the patient');
  });

  it('says so when the matrix cannot be loaded', async () => {
    renderMatrix(async () => {
      throw new ApiError('NETWORK', 'The hub could not be reached. Check the connection and try again.', 0);
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The liability matrix could not be loaded.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
