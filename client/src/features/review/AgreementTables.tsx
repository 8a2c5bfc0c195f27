// Agreement rates over a period: per person who decided, per destination, per protocol version.
import { useEffect, useState } from 'react';
import type { AgreementReply, AgreementRow, PeriodQuery } from '../../../../shared/schemas/reviews';
import { messageOf } from '../../api/errors';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps } from '../../deps';
import { percent } from './reviewWords';

function RateTable({ caption, heading, rows }: { caption: string; heading: string; rows: AgreementRow[] }) {
  return (
    <table className="queue-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">Agree</th>
          <th scope="col">Disagree</th>
          <th scope="col">Agreement</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={4}>No reviews in this period.</td>
          </tr>
        )}
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{r.agree}</td>
            <td>{r.disagree}</td>
            <td>{percent(r.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AgreementTables({ period, refresh }: { period: PeriodQuery; refresh: number }) {
  const { api } = useDeps();
  const [reply, setReply] = useState<AgreementReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    api.reviewAgreement(period).then(
      (r) => current && (setReply(r), setError(null)),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api, period, refresh]);
  return (
    <section aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement rates</h2>
      {error && <ErrorBanner message={`Agreement rates could not be loaded. ${error}`} />}
      {reply && (
        <div className="table-scroll">
          <RateTable caption="Per member of staff" heading="Decided by" rows={reply.byDecider} />
          <RateTable caption="Per destination" heading="Destination" rows={reply.byDestination} />
          <RateTable caption="Per protocol version" heading="Protocol" rows={reply.byProtocol} />
        </div>
      )}
    </section>
  );
}
