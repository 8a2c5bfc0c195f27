// The protocol in force's patient message templates (GET /api/message-templates), for the previews in
// the routing panel and the outcome form; loaded once per form, and again when the protocol changes.
import { useEffect, useState } from 'react';
import { messageOf } from '../../api/errors';
import type { MessageTemplates } from '../../api/http';
import { useNotices } from '../../api/useNotices';
import { useDeps } from '../../deps';

export type TemplatesState = { templates: MessageTemplates | null; error: string | null };

export function useMessageTemplates(): TemplatesState {
  const { api } = useDeps();
  const [state, setState] = useState<TemplatesState>({ templates: null, error: null });
  const [attempt, setAttempt] = useState(0);
  useNotices(['protocol'], () => setAttempt((n) => n + 1));
  useEffect(() => {
    let current = true;
    api.messageTemplates().then(
      (templates) => current && setState({ templates, error: null }),
      (error: unknown) => current && setState((s) => ({ templates: s.templates, error: messageOf(error) })),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);
  return state;
}
