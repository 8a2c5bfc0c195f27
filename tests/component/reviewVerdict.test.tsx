// The lead's decision review page: the sample of a period, one decision opened with why it was
// sampled, and the verdict form (a note to disagree, an instruction to reopen). A coordinator's own feedback.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HubApi } from '../../client/src/api/http';
import { DEFAULT_REVIEW_POLICY, type ReviewQueueItem, type ReviewView } from '../../shared/schemas/reviews';
import { COORDINATOR_1, LEAD_1, queueItem } from './fixtures';
import { renderHub } from './harness';

const decision: ReviewQueueItem = {
  handoffId: 42,
  consultationId: 7,
  destination: 'self_referral',
  at: '2026-11-24T09:30:00.000Z',
  byId: '101',
  byName: 'Coordinator 1',
  byCoordinator: true,
  reasonCode: 'other',
  reasonText: 'physio self-referral suits',
  suggestionFollowed: false,
  status: 'sent',
  protocol: { version: 'CN v3', basis: 'claimed for triage by Coordinator 1 (care coordinator); hub protocol CN v3 signed off by Dr Lee Lead' },
  practice: { ods: 'E85001', name: 'Riverside Surgery' },
  redFlags: [],
  requestStatus: 'closed',
  sampledBecause: ['a coordinator did not follow the suggestion', 'a coordinator redirected the patient to self-care or a self-referral pathway'],
};

const recorded: ReviewView = {
  id: 1,
  handoffId: 42,
  consultationId: 7,
  verdict: 'disagree',
  severity: 'moderate',
  note: 'Night sweats need a clinician.',
  reopenInstruction: 'Call the patient today',
  reviewerName: 'Dr Lee Lead',
  reviewedAt: '2026-11-24T10:10:00.000Z',
  decision: { destination: 'self_referral', at: decision.at, byName: 'Coordinator 1', protocolVersion: 'CN v3' },
};

function renderReviews() {
  const submitReview = vi.fn<HubApi['submitReview']>(async () => ({ review: recorded }));
  const view = renderHub({
    user: LEAD_1,
    route: '/reviews',
    items: [queueItem({ id: 7, status: 'closed' })],
    api: {
      reviewQueue: vi.fn<HubApi['reviewQueue']>(async (p) => ({ ...p, total: 1, items: [decision] })),
      reviewAgreement: vi.fn<HubApi['reviewAgreement']>(async (p) => ({ ...p, byDecider: [], byDestination: [], byProtocol: [] })),
      reviewPolicy: vi.fn<HubApi['reviewPolicy']>(async () => DEFAULT_REVIEW_POLICY),
      submitReview,
    },
  });
  return { ...view, submitReview };
}

describe('decision review', () => {
  it('lists the sample of the last week and opens a decision with why it was sampled and its protocol', async () => {
    const { api, keys } = renderReviews();
    await keys.click(await screen.findByRole('button', { name: 'Review hand-off #42 on request 7' }));
    expect(api.reviewQueue).toHaveBeenCalledWith({ from: '2026-11-18', to: '2026-11-24' });
    const review = screen.getByRole('region', { name: 'Request 7: hand-off #42' });
    expect(within(review).getByText('a coordinator did not follow the suggestion')).toBeInTheDocument();
    expect(within(review).getByText('CN v3')).toBeInTheDocument();
    // The request's detail is the audited read, as anywhere else.
    await waitFor(() => expect(api.consultation).toHaveBeenCalledWith(7));
    expect(await within(review).findByRole('region', { name: 'Liability map' })).toBeInTheDocument();
  });

  it('needs a learning note to disagree, and an instruction to reopen, before anything is sent', async () => {
    const { keys, submitReview } = renderReviews();
    await keys.click(await screen.findByRole('button', { name: 'Review hand-off #42 on request 7' }));
    await keys.click(screen.getByRole('radio', { name: 'Disagree' }));
    await keys.click(screen.getByRole('button', { name: 'Record the verdict' }));
    expect(screen.getByLabelText('Learning note')).toHaveAccessibleDescription(/Write the learning note: a disagreement says why/);
    expect(screen.getByLabelText('Learning note')).toHaveFocus();
    await keys.type(screen.getByLabelText('Learning note'), 'Night sweats need a clinician.');
    await keys.selectOptions(screen.getByLabelText('Severity'), 'moderate');
    await keys.click(screen.getByRole('checkbox', { name: /Reopen the request/ }));
    await keys.click(screen.getByRole('button', { name: 'Record and reopen' }));
    expect(screen.getByLabelText('Instruction to the coordinator')).toHaveAccessibleDescription(/Tell the coordinator what to do/);
    expect(submitReview).not.toHaveBeenCalled();
    await keys.type(screen.getByLabelText('Instruction to the coordinator'), 'Call the patient today');
    await keys.click(screen.getByRole('button', { name: 'Record and reopen' }));
    expect(submitReview).toHaveBeenCalledWith({ handoffId: 42, verdict: 'disagree', severity: 'moderate', note: 'Night sweats need a clinician.', reopen: { instruction: 'Call the patient today' } });
    expect(await screen.findByText(/Review of hand-off #42 recorded: disagree; request 7 is back in the hub queue/)).toBeInTheDocument();
  });

  it('records an agreement without a note, and offers no reopening', async () => {
    const { keys, submitReview } = renderReviews();
    await keys.click(await screen.findByRole('button', { name: 'Review hand-off #42 on request 7' }));
    expect(screen.queryByRole('checkbox', { name: /Reopen the request/ })).not.toBeInTheDocument();
    await keys.click(screen.getByRole('button', { name: 'Record the verdict' }));
    expect(submitReview).toHaveBeenCalledWith({ handoffId: 42, verdict: 'agree', severity: 'none' });
  });

  it('shows a coordinator their own reviews and the lead’s notes', async () => {
    renderHub({ user: COORDINATOR_1, route: '/my-feedback', api: { myReviews: vi.fn<HubApi['myReviews']>(async () => [recorded]) } });
    expect(await screen.findByText('Night sweats need a clinician.')).toBeInTheDocument();
    expect(screen.getByText(/Reopened with the instruction: Call the patient today/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My feedback' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Decision review' })).not.toBeInTheDocument();
  });
});
