// One request in a clinician's inbox: priority, who (initials only), the request, the offer (who sent
// it, how long ago, why) and its SLA countdown. A click, or Enter on its button, opens it.
import { memo } from 'react';
import type { QueueItem } from '../../../../shared/schemas/api';
import { SlaCountdown } from '../../components/SlaCountdown';
import type { SlaSettings } from '../../components/slaView';
import { londonTime } from '../../format';
import { offeredWords, reasonWords } from './offerText';
import { priorityRowClass } from '../../components/PriorityMarker';
import { RequestLeadCells } from '../../components/RequestLeadCells';

interface Props {
  item: QueueItem;
  now: number;
  /** The hub's calendar and SLA policy in force. */
  slaSettings: SlaSettings;
  selected: boolean;
  open: boolean;
  onActivate(id: number): void;
}

export const InboxRow = memo(function InboxRow({ item, now, slaSettings, selected, open, onActivate }: Props) {
  const handoff = item.pendingHandoff;
  const classes = ['queue-row', priorityRowClass(item.priority), selected && 'is-selected', open && 'is-open'];
  return (
    <tr data-testid={`inbox-row-${item.id}`} className={classes.filter(Boolean).join(' ')} aria-current={selected ? 'true' : undefined} onClick={() => onActivate(item.id)}>
      <RequestLeadCells item={item} />
      <td className="col-snippet">
        <span className="snippet">{item.snippet}</span>
      </td>
      <td className="col-handoff">
        {item.status === 'offered' && handoff ? (
          <>
            <span className="offer-by">{offeredWords(handoff, now)}</span>
            <span className="offer-reason">{reasonWords(handoff)}</span>
            {handoff.expiresAt && <span className="due">Offer lapses at {londonTime(handoff.expiresAt)}</span>}
          </>
        ) : (
          <span>Accepted by you</span>
        )}
      </td>
      <td className="col-waiting">
        <SlaCountdown item={item} now={now} settings={slaSettings} />
      </td>
    </tr>
  );
});
