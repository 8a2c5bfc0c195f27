// A button for a registered action: its label, its shortcut hint and its enabled state all come from the registry.
import { Button } from '../components/Button';
import { useActions } from './ActionsProvider';
import { actionNamed, type ActionName } from './index';
import { keyName, type ActionTarget } from './registry';

interface Props {
  name: ActionName;
  target?: ActionTarget;
  variant?: 'primary' | 'secondary' | 'quiet' | 'warning';
  /** Hide rather than disable when the action cannot run. */
  hideWhenDisabled?: boolean;
  label?: string;
}

export function ActionButton({ name, target, variant = 'secondary', hideWhenDisabled = false, label }: Props) {
  const actions = useActions();
  const action = actionNamed(name);
  const enabled = actions.isEnabled(name, target);
  if (!enabled && hideWhenDisabled) return null;
  return (
    <Button variant={variant} disabled={!enabled} onClick={() => actions.run(name, target)} aria-keyshortcuts={action.keyTest}>
      {label ?? action.label}
      {action.keyTest && (
        <kbd className="key-hint" aria-hidden="true">
          {keyName(action.keyTest)}
        </kbd>
      )}
    </Button>
  );
}
