// The hub-level liability matrix: for each destination, who owns and who is accountable at each step, and when that moves.
import { useEffect, useState } from 'react';
import { messageOf } from '../../api/errors';
import type { HubApi } from '../../api/http';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps } from '../../deps';
import { DESTINATION_KIND_WORDS, MOVES_WORDS } from './liabilityWords';
import { MatrixStepCell } from './MatrixStepCell';
import './liability.css';

type Matrix = Awaited<ReturnType<HubApi['liabilityMatrix']>>;

export function LiabilityMatrixPage() {
  const { api } = useDeps();
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.liabilityMatrix().then(
      (reply) => current && setMatrix(reply),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <main id="main" className="matrix-page" tabIndex={-1}>
      <h1>Liability matrix</h1>
      <p className="matrix-intro">
        For every destination a request can go to: who owns it and who carries clinical responsibility while it is triaged, once it is
        offered or routed, and once the destination accepts or acknowledges it. This matrix is generated from the same rules the hub
        enforces when it records responsibility, so it always says what the hub actually does.
      </p>
      {error && <ErrorBanner message={`The liability matrix could not be loaded. ${error}`} />}
      {!matrix && !error && (
        <p className="loading" role="status">
          Loading the liability matrix…
        </p>
      )}
      {matrix && (
        <>
          <p className="matrix-protocol">
            Hub protocol <strong>{matrix.protocol.version}</strong>, signed off by <strong>{matrix.protocol.signedOffBy}</strong>.
          </p>
          {/* Focusable so keyboard users can scroll it sideways on narrow screens. */}
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Liability matrix, scrolls sideways on narrow screens">
            <table className="matrix-table">
              <caption>Responsibility by destination and step</caption>
              <thead>
                <tr>
                  <th scope="col">Destination</th>
                  <th scope="col">While triaged</th>
                  <th scope="col">Offered or routed</th>
                  <th scope="col">Accepted, acknowledged or delivered</th>
                  <th scope="col">Responsibility moves</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.destination} data-testid={`matrix-row-${row.destination}`}>
                    <th scope="row">
                      {row.label}
                      <span className="matrix-kind">{DESTINATION_KIND_WORDS[row.kind]}</span>
                    </th>
                    <MatrixStepCell step={row.steps[0]} />
                    <MatrixStepCell step={row.steps[1]} />
                    <MatrixStepCell step={row.steps[2]} none="No acceptance step: responsibility has already moved." />
                    <td className="matrix-moves">{MOVES_WORDS[row.responsibilityMoves]}</td>
                    <td className="matrix-note">{row.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </main>
  );
}
