// The requests a search found, newest first: reference (opening the journey), patient, practice, date
// of receipt and status. Says so when more matched than are shown.
import { Link } from 'react-router';
import { formatNhsNumber } from '../../../../shared/nhsNumber';
import type { SearchResponse } from '../../../../shared/schemas/search';
import { SEARCH_LIMIT } from '../../../../shared/schemas/search';
import { EmptyState } from '../../components/EmptyState';
import { StatusBadge } from '../../components/StatusBadge';
import { calendarDate, londonDateTime } from '../../format';

export function SearchResults({ found, linked }: { found: SearchResponse; linked: boolean }) {
  if (found.results.length === 0) return <EmptyState title="No requests found">Check the reference or NHS number, or try fewer letters of the name.</EmptyState>;
  return (
    <>
      <p role="status">
        {found.more ? `The ${SEARCH_LIMIT} most recent of more matching requests; narrow the search to see others.` : `${found.results.length} ${found.results.length === 1 ? 'request' : 'requests'} found.`}
      </p>
      <table className="search-results">
        <caption className="visually-hidden">Requests found, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Patient</th>
            <th scope="col">Practice</th>
            <th scope="col">Received</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {found.results.map((r) => (
            <tr key={r.id}>
              <th scope="row">{linked ? <Link to={`/requests/${r.id}`}>{r.reference}</Link> : r.reference}</th>
              <td>
                {r.patient.givenName} {r.patient.familyName}
                <div className="search-patient-meta">
                  NHS {formatNhsNumber(r.patient.nhsNumber)}, born {calendarDate(r.patient.birthDate)}
                </div>
              </td>
              <td>{r.practiceName}</td>
              <td>{londonDateTime(r.receivedAt)}</td>
              <td>
                <StatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
