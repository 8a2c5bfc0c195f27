// Runs the registry: gives buttons `run`/`isEnabled` through context and turns key presses into
// actions, so a button and its shortcut can never disagree about what happens.
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { ACTIONS, actionNamed, type ActionName } from './index';
import { whyNot } from './refusals';
import type { Action, ActionContext, ActionTarget } from './registry';

const REGISTRY: readonly Action[] = ACTIONS;

export interface ActionManager {
  run(name: ActionName, target?: ActionTarget): void;
  isEnabled(name: ActionName, target?: ActionTarget): boolean;
}

const ActionsContext = createContext<ActionManager | null>(null);

/** Keys typed into a field are words, not commands. */
const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
/** Enter and Space on a control already activate it; a shortcut must not act twice. */
const activatesNatively = (el: EventTarget | null, key: string) =>
  (key === 'Enter' || key === ' ') && el instanceof HTMLElement && el.closest('button, a[href], summary') !== null;

interface Props {
  context: ActionContext;
  /** Told why, when a shortcut is pressed that cannot act (the page says it in its live region). */
  onRefused?(message: string): void;
  children: ReactNode;
}

export function ActionsProvider({ context, onRefused, children }: Props) {
  const latest = useRef(context);
  latest.current = context;
  const refused = useRef(onRefused);
  refused.current = onRefused;

  const manager = useMemo<ActionManager>(
    () => ({
      isEnabled: (name, target) => actionNamed(name).isEnabled(latest.current, target),
      run: (name, target) => {
        const action = actionNamed(name);
        if (action.isEnabled(latest.current, target)) action.perform(latest.current, target);
      },
    }),
    [],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || activatesNatively(event.target, event.key)) return;
      const action = REGISTRY.find((a) => a.keyTest === event.key);
      if (!action) return;
      // While a dialog is open only its own toggle works; the queue behind it stays still.
      if (action.name !== 'help' && document.querySelector('[aria-modal="true"]')) return;
      if (!action.isEnabled(latest.current)) {
        const why = refused.current && whyNot(action, latest.current);
        if (why) refused.current?.(why);
        return;
      }
      event.preventDefault();
      action.perform(latest.current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return <ActionsContext.Provider value={manager}>{children}</ActionsContext.Provider>;
}

export function useActions(): ActionManager {
  const manager = useContext(ActionsContext);
  if (!manager) throw new Error('useActions() outside <ActionsProvider>');
  return manager;
}
