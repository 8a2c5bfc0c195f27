// Home for practice staff: requests the hub handed back (accept or decline), outcomes to file (and
// filed, on request), and accepted hand-backs now with the practice, live (docs/practice.md).
import { useMemo, useRef, useState } from 'react';
import { FINAL_STATUSES } from '../../../../shared/schemas/domain';
import { ConnectionBanner } from '../../components/ConnectionBanner';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useQueue, useUser } from '../../deps';
import { HandedBackCard } from './HandedBackCard';
import { OutcomesTable } from './OutcomesTable';
import { isReportedOutcome, isWithPractice } from './practiceWords';
import { PracticeRequestDetail } from './PracticeRequestDetail';
import { usePracticeFeed } from './usePracticeFeed';
import { WithPracticeList } from './WithPracticeList';
import './practice.css';

const byTime = (iso: string) => Date.parse(iso);

export function PracticePage() {
  const user = useUser();
  const connection = usePracticeFeed();
  const status = useQueue((s) => s.status);
  const loadError = useQueue((s) => s.loadError);
  const items = useQueue((s) => s.items);
  const [openId, setOpenId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const handedBackHeading = useRef<HTMLHeadingElement>(null);

  const ods = user.practiceOds;
  // The hub sends a practice only its own requests; filtering again costs nothing and guards the screen.
  const mine = useMemo(() => Object.values(items).filter((item) => ods !== null && item.practiceOds === ods), [items, ods]);
  const handedBack = mine
    .filter((item) => item.status === 'returned_to_practice')
    .sort((a, b) => byTime(a.pendingHandoff?.offeredAt ?? a.updatedAt) - byTime(b.pendingHandoff?.offeredAt ?? b.updatedAt));
  const [showFiled, setShowFiled] = useState(false);
  const byClosing = (a: (typeof mine)[number], b: (typeof mine)[number]) => byTime(b.closedAt ?? b.updatedAt) - byTime(a.closedAt ?? a.updatedAt);
  const reported = mine.filter(isReportedOutcome).sort(byClosing);
  const filedCount = reported.filter((item) => item.filedAt).length;
  const outcomes = showFiled ? reported : reported.filter((item) => !item.filedAt);
  const toFile = reported.length - filedCount;
  const withPractice = mine.filter(isWithPractice).sort(byClosing);
  const withHub = mine.filter((item) => item.status !== 'returned_to_practice' && !FINAL_STATUSES.includes(item.status)).length;
  const open = openId === null ? undefined : mine.find((item) => item.id === openId);
  const practiceName = mine[0]?.practiceName;

  function done(message: string) {
    setNotice(message);
    handedBackHeading.current?.focus();
  }

  return (
    <main id="main" className="practice-page" tabIndex={-1}>
      <div className="page-top">
        <h1>Your practice’s requests</h1>
        {ods && (
          <p className="practice-name">
            {practiceName ?? 'Your practice'} <span className="ods">({ods})</span>
          </p>
        )}
      </div>
      <ConnectionBanner view={connection} />
      {!ods && <ErrorBanner message="Your account is not linked to a practice, so there is nothing to show. Ask a hub admin to link it." />}
      {status === 'failed' && <ErrorBanner message={loadError ?? 'Your practice’s requests could not be loaded.'} />}
      <div className="practice-notice" role="status">
        {notice}
      </div>
      <div className="practice-workspace">
        <div className="practice-lists">
          <section className="practice-section" aria-labelledby="handed-back-heading">
            <h2 id="handed-back-heading" ref={handedBackHeading} tabIndex={-1}>
              Handed back to you <span className="count">({handedBack.length})</span>
            </h2>
            <p className="hint">Requests the hub has returned for the practice to act on. Accepting one makes the practice responsible for it.</p>
            {status === 'loading' ? (
              <p className="loading">Loading your practice’s requests…</p>
            ) : handedBack.length === 0 ? (
              <EmptyState title="Nothing handed back">When the hub hands a request back to the practice, it appears here.</EmptyState>
            ) : (
              <ul className="handed-back-list">
                {handedBack.map((item) => (
                  <HandedBackCard key={item.id} item={item} onOpen={setOpenId} onDone={done} />
                ))}
              </ul>
            )}
          </section>
          <section className="practice-section" aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">
              Outcomes to file <span className="count">({toFile})</span>
            </h2>
            <p className="hint">Requests the hub has closed. Open one to read the outcome, file it in the patient’s record, then mark it filed.</p>
            <label className="show-filed">
              <input type="checkbox" checked={showFiled} onChange={(e) => setShowFiled(e.target.checked)} /> Show filed ({filedCount})
            </label>
            {status === 'loading' ? null : outcomes.length === 0 ? (
              <EmptyState title="No outcomes to file">Requests the hub closes for your practice appear here until you mark them filed.</EmptyState>
            ) : (
              <OutcomesTable items={outcomes} openId={openId} onOpen={setOpenId} onFiled={setNotice} />
            )}
          </section>
          {withPractice.length > 0 && (
            <section className="practice-section" aria-labelledby="with-practice-heading">
              <h2 id="with-practice-heading">
                With the practice <span className="count">({withPractice.length})</span>
              </h2>
              <p className="hint">Hand-backs the practice accepted: the practice is responsible for them now.</p>
              <WithPracticeList items={withPractice} onOpen={setOpenId} />
            </section>
          )}
          {status === 'ready' && withHub > 0 && (
            <p className="hint">
              {withHub === 1 ? '1 other request from your practice is' : `${withHub} other requests from your practice are`} being worked on by the hub.
            </p>
          )}
        </div>
        {openId !== null && <PracticeRequestDetail id={openId} reference={open?.reference} version={open?.version ?? 0} onClose={() => setOpenId(null)} />}
      </div>
    </main>
  );
}
