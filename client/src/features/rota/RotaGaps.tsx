// The warning that a session ahead has no duty clinician, shown days before it comes.
import type { RotaReply } from '../../api/http';

export function RotaGaps({ gaps }: { gaps: RotaReply['gaps'] }) {
  if (gaps.length === 0) return <p className="notice">Every session in the next 14 days has a duty clinician.</p>;
  return (
    <div className="banner rota-gaps" role="status" aria-labelledby="rota-gaps-heading">
      <span className="banner-icon" aria-hidden="true">!</span>
      <div>
        <h2 id="rota-gaps-heading">
          {gaps.length === 1 ? 'One session has' : `${gaps.length} sessions have`} no duty clinician
        </h2>
        <ul>
          {gaps.map((gap) => (
            <li key={`${gap.date}-${gap.session}`}>No duty clinician for {gap.label}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
