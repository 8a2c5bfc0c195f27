// Queue order by priority: a red flag, then a possible one, then routine. The database sorts the open
// queue by the stored priority text, so the order of PRIORITIES must also be its string order.
import { describe, expect, it } from 'vitest';
import { priorityOf } from '../../../shared/rules/priority';
import { PRIORITIES } from '../../../shared/schemas/domain';

describe('request priority', () => {
  it('puts a red flag before a possible red flag before routine, in the order the database sorts them', () => {
    expect(PRIORITIES).toEqual(['red_flag', 'red_flag_possible', 'routine']);
    expect([...PRIORITIES].sort()).toEqual([...PRIORITIES]);
  });

  it('follows the flags: a definite flag outranks a possible one, and none is routine', () => {
    expect(priorityOf({ redFlags: ['chest_pain'], possibleRedFlags: ['sepsis'] })).toBe('red_flag');
    expect(priorityOf({ redFlags: [], possibleRedFlags: ['sepsis'] })).toBe('red_flag_possible');
    expect(priorityOf({ redFlags: [], possibleRedFlags: [] })).toBe('routine');
  });
});
