// An accepted hand-back reads "With the practice" wherever its status is shown (badge, journey, the
// practice's lists), never "Closed"; only outcomes the hub reported are the practice's to file.
import { describe, expect, it } from 'vitest';
import { statusLabel } from '../../client/src/components/StatusBadge';
import { isReportedOutcome, isWithPractice, outcomeWords } from '../../client/src/features/practice/practiceWords';

describe('the words for a request the hub closed', () => {
  it('calls an accepted hand-back "With the practice", and any other closed request "Closed"', () => {
    expect(statusLabel('closed', { kind: 'accepted_by_practice' })).toBe('With the practice');
    expect(statusLabel('closed', { kind: 'completed', code: 'advice_given', notes: null })).toBe('Closed');
    expect(statusLabel('returned_to_practice')).toBe('Returned to practice');
  });

  it('gives the practice only the hub’s own outcomes to file', () => {
    const accepted = { status: 'closed' as const, outcome: { kind: 'accepted_by_practice' as const } };
    const routed = { status: 'closed' as const, outcome: { kind: 'routed' as const, destination: 'urgent' as const } };
    expect([isReportedOutcome(accepted), isWithPractice(accepted)]).toEqual([false, true]);
    expect([isReportedOutcome(routed), isWithPractice(routed)]).toEqual([true, false]);
    expect(isReportedOutcome({ status: 'with_clinician', outcome: null })).toBe(false);
    expect(outcomeWords(accepted.outcome)).toBe('With the practice: accepted back from the hub.');
  });
});
