// The protocol page: the draft's difference from the version in force in words, and sign-off only for leads.
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HubApi, ProtocolDraft, ProtocolVersionView } from '../../client/src/api/http';
import { diffProtocol } from '../../shared/rules/protocolDiff';
import { DEFAULT_PROTOCOL_CONTENT, type ProtocolContent } from '../../shared/schemas/protocol';
import { ANP_1, COORDINATOR_1, LEAD_1 } from './fixtures';
import { renderHub } from './harness';

const IN_FORCE: ProtocolVersionView = {
  id: 1,
  number: 3,
  label: 'CN v3',
  status: 'in_force',
  content: DEFAULT_PROTOCOL_CONTENT,
  createdBy: 'carried over from hub settings',
  createdAt: '2026-11-24T09:00:00.000Z',
  signOffs: [{ staffId: null, name: 'the GP clinical lead', role: 'lead', at: null }],
  inForceFrom: '2026-11-24T09:00:00.000Z',
};
const changed: ProtocolContent = {
  ...DEFAULT_PROTOCOL_CONTENT,
  routing: { ...DEFAULT_PROTOCOL_CONTENT.routing, coordinatorMaySelfCare: true },
  patientMessageTemplates: { ...DEFAULT_PROTOCOL_CONTENT.patientMessageTemplates, self_care: 'Look after this at home; if you get worse, contact {practiceName} or call NHS 111.' },
};
const DRAFT: ProtocolVersionView = { ...IN_FORCE, id: 2, number: 4, label: 'CN v4', status: 'draft', content: changed, createdBy: 'Dr Lee Lead', signOffs: [], inForceFrom: null };
const draftReply = (signOffsRequired = 1): ProtocolDraft => ({ draft: DRAFT, diff: diffProtocol(IN_FORCE.content, DRAFT.content), signOffsRequired });

const protocolApi = (overrides: Partial<HubApi> = {}): Partial<HubApi> => ({
  protocol: vi.fn(async () => IN_FORCE),
  protocolVersions: vi.fn(async () => [DRAFT, IN_FORCE]),
  protocolDraft: vi.fn(async () => draftReply()),
  ...overrides,
});

describe('protocol page', () => {
  it('shows the lead the draft’s changes from the version in force, in words, with texts before and after', async () => {
    renderHub({ user: LEAD_1, route: '/protocol', api: protocolApi() });
    const changes = await screen.findByRole('list', { name: 'Changes from CN v3' });
    const items = within(changes).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Coordinators may route to self-care: no → yes');
    expect(items[1]).toHaveTextContent('Patient message for Self-care with safety-netting advice changed');
    expect(within(items[1]!).getByText(DEFAULT_PROTOCOL_CONTENT.patientMessageTemplates.self_care)).toBeInTheDocument();
    expect(within(items[1]!).getByText(changed.patientMessageTemplates.self_care)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'In force: CN v3' })).toBeInTheDocument();
  });

  it('asks the lead to confirm before signing off, then signs off', async () => {
    const signOffProtocol = vi.fn(async () => ({ version: { ...DRAFT, status: 'in_force' as const }, inForce: true, signOffsRequired: 1 }));
    const { keys } = renderHub({ user: LEAD_1, route: '/protocol', api: protocolApi({ signOffProtocol }) });
    await keys.click(await screen.findByRole('button', { name: 'Sign off CN v4' }));
    expect(signOffProtocol).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Confirm sign-off' })).toHaveTextContent('Signing off puts CN v4 in force at once');
    await keys.click(screen.getByRole('button', { name: 'Confirm sign-off' }));
    expect(signOffProtocol).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('CN v4 signed off.')).toBeInTheDocument();
  });

  it('tells the lead a second clinical lead must sign when the hub needs two sign-offs', async () => {
    const { keys } = renderHub({ user: LEAD_1, route: '/protocol', api: protocolApi({ protocolDraft: vi.fn(async () => draftReply(2)) }) });
    await keys.click(await screen.findByRole('button', { name: 'Sign off CN v4' }));
    expect(screen.getByRole('group', { name: 'Confirm sign-off' })).toHaveTextContent('Your sign-off is 1 of 2');
  });

  it.each([
    ['a care coordinator', COORDINATOR_1],
    ['an ANP', ANP_1],
  ])('shows %s the version in force and its sign-off, with no draft and no sign-off button', async (_, user) => {
    const api = protocolApi();
    renderHub({ user, route: '/protocol', api });
    expect(await screen.findByRole('heading', { name: 'In force: CN v3' })).toBeInTheDocument();
    expect(screen.getByText('Signed off by the GP clinical lead.')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Protocol versions' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sign off/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start a draft' })).not.toBeInTheDocument();
    expect(api.protocolDraft).not.toHaveBeenCalled();
  });
});
