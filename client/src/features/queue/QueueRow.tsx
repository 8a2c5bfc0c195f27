// One request in the queue: who and where from (initials, never a name), what, how long it has
// waited, its SLA countdown, and who has it. Red flags, possible red flags and returns are marked in words as well as colour.
import { memo } from 'react';
import type { QueueItem, User } from '../../../../shared/schemas/api';
import { SlaCountdown } from '../../components/SlaCountdown';
import type { SlaSettings } from '../../components/slaView';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDuration } from '../../format';
import { holderText, returnedText } from './rowText';
import { priorityRowClass } from '../../components/PriorityMarker';
import { RequestLeadCells } from '../../components/RequestLeadCells';

interface Props {
  item: QueueItem;
  user: User;
  now: number;
  /** The hub's calendar and SLA policy in force. */
  slaSettings: SlaSettings;
  selected: boolean;
  open: boolean;
  onActivate(id: number): void;
  /** The row's place in the table for screen readers (aria-rowindex, the header row being 1). */
  rowIndex?: number;
  /** In a windowed queue (QueueTable): measures the row's height, and its index in the list. */
  measureRef?: (row: HTMLTableRowElement | null) => void;
  measureIndex?: number;
}

export const QueueRow = memo(function QueueRow({ item, user, now, slaSettings, selected, open, onActivate, rowIndex, measureRef, measureIndex }: Props) {
  const holder = holderText(item, user);
  const returned = returnedText(item);
  const classes = ['queue-row', priorityRowClass(item.priority), selected && 'is-selected', open && 'is-open'];
  return (
    // A click anywhere on the row opens it; the button inside is the keyboard's way in, and its click bubbles here.
    <tr
      ref={measureRef}
      data-index={measureIndex}
      aria-rowindex={rowIndex}
      data-testid={`queue-row-${item.id}`}
      className={classes.filter(Boolean).join(' ')}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onActivate(item.id)}
    >
      <RequestLeadCells item={item} />
      <td className="col-kind">{item.kind === 'clinical' ? 'Clinical' : 'Admin'}</td>
      <td className="col-snippet">
        <span className="snippet">{item.snippet}</span>
        {returned && (
          <span className="returned">
            <span aria-hidden="true">↩ </span>Returned: {returned}
          </span>
        )}
      </td>
      <td className="col-waiting">
        {formatDuration(now - Date.parse(item.submittedAt))}
        <SlaCountdown item={item} now={now} settings={slaSettings} />
      </td>
      <td className="col-status">
        <StatusBadge status={item.status} />
        {holder && <span className="holder">{holder}</span>}
      </td>
    </tr>
  );
});
