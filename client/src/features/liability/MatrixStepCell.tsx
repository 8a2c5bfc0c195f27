// One cell of the liability matrix: the step's name, then owner, accountable and basis.
import type { MatrixStep } from '../../../../shared/lifecycle/liabilityMatrix';

export function MatrixStepCell({ step, none = 'Not applicable.' }: { step: MatrixStep | undefined; none?: string }) {
  if (!step) return <td className="matrix-none">{none}</td>;
  return (
    <td className="matrix-step">
      <span className="matrix-step-name">{step.step}</span>
      <dl className="facts">
        <div className="fact">
          <dt>Owner</dt>
          <dd>{step.owner}</dd>
        </div>
        <div className="fact">
          <dt>Accountable</dt>
          <dd>{step.accountable}</dd>
        </div>
        <div className="fact">
          <dt>Basis</dt>
          <dd>{step.basis}</dd>
        </div>
      </dl>
    </td>
  );
}
