// The client offers a red-flag decision only when the shared machine would accept it on the server:
// raise for coordinators and clinicians, confirm and clear for clinicians with something to decide on.
import { describe, expect, it } from 'vitest';
import { redFlagActionsFor } from '../../../client/src/machines/lifecycle';
import { ANP_1, COORDINATOR_1, LEAD_1, MANAGER_1, PRACTICE_1, queueItem } from '../../component/fixtures';

const actions = (...args: Parameters<typeof redFlagActionsFor>) => [...redFlagActionsFor(...args)].sort();

describe('red-flag decisions offered by the client', () => {
  it('offers a clinician confirm and clear on a possible red flag, and raise', () => {
    const possible = queueItem({ priority: 'red_flag_possible', possibleRedFlags: ['baby_fever'] });
    expect(actions(ANP_1, possible)).toEqual(['clear_red_flag', 'confirm_red_flag', 'raise_red_flag']);
  });

  it('offers a coordinator only raise, even on a possible red flag', () => {
    const possible = queueItem({ priority: 'red_flag_possible', possibleRedFlags: ['baby_fever'] });
    expect(actions(COORDINATOR_1, possible)).toEqual(['raise_red_flag']);
  });

  it('offers no confirm without a possible flag, and no clear with nothing flagged', () => {
    expect(actions(LEAD_1, queueItem())).toEqual(['raise_red_flag']);
    expect(actions(LEAD_1, queueItem({ priority: 'red_flag', redFlags: ['chest_pain'] }))).toEqual(['clear_red_flag', 'raise_red_flag']);
  });

  it('offers practice staff and managers nothing, and nobody anything once the request has left the hub', () => {
    const possible = queueItem({ priority: 'red_flag_possible', possibleRedFlags: ['baby_fever'] });
    expect(actions(PRACTICE_1, possible)).toEqual([]);
    expect(actions(MANAGER_1, possible)).toEqual([]);
    expect(actions(ANP_1, { ...possible, status: 'closed' })).toEqual([]);
  });
});
