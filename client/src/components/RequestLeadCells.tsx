// The first cells of a request's row wherever requests are listed: priority, patient (initials,
// age and sex, never the name, with the row's open button, and the request's reference) and practice.
import type { QueueItem } from '../../../shared/schemas/api';
import { SEX_WORDS } from '../format';
import { PriorityMarker } from './PriorityMarker';

export function RequestLeadCells({ item }: { item: QueueItem }) {
  return (
    <>
      <td className="col-flag">
        <PriorityMarker priority={item.priority} />
      </td>
      <td className="col-patient">
        <button type="button" className="row-open" data-row-id={item.id}>
          <strong>{item.patient.initials}</strong> {item.patient.age} y, {SEX_WORDS[item.patient.sex]}
        </button>
        <span className="row-reference">{item.reference}</span>
      </td>
      <td className="col-practice">{item.practiceName}</td>
    </>
  );
}
