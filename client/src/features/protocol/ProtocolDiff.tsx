// What a draft changes from the protocol in force, in words; template texts shown before and after.
import type { ProtocolChange } from '../../api/http';

/** Short enough to read at a glance: yes/no, on/off, a table version. Longer texts get their own before and after. */
const isShort = (change: ProtocolChange) => (change.before ?? '').length <= 12 && (change.after ?? '').length <= 12;

export function ProtocolDiff({ diff, against }: { diff: ProtocolChange[]; against: string }) {
  if (diff.length === 0) return <p className="notice">This draft is the same as {against}, the version in force.</p>;
  return (
    <ul className="protocol-diff" aria-label={`Changes from ${against}`}>
      {diff.map((change) => (
        <li key={change.path} className="protocol-change">
          <p className="protocol-change-words">{change.words}</p>
          {!isShort(change) && (
            <dl className="protocol-change-texts">
              <dt>Before</dt>
              <dd>{change.before ?? <em>(none)</em>}</dd>
              <dt>After</dt>
              <dd>{change.after ?? <em>(removed)</em>}</dd>
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
