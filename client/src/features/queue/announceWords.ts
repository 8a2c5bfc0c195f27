// How the live regions name an arriving flagged request: a possible red flag is said as such, so a
// listener hears the difference the amber marker shows.
import type { QueueItem } from '../../../../shared/schemas/api';

export const flagWords = (item: Pick<QueueItem, 'priority'>) => (item.priority === 'red_flag' ? 'red-flag' : 'possible red-flag');
