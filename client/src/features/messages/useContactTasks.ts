// Open contact tasks (GET /api/contact-tasks), fetched again whenever the hub says a message or task changed.
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../api/errors';
import type { ContactTaskView } from '../../api/http';
import { useNotices } from '../../api/useNotices';
import { useDeps } from '../../deps';

export type ContactTasks = { tasks: ContactTaskView[] | null; error: string | null; refetch(): void };

export function useContactTasks(): ContactTasks {
  const { api } = useDeps();
  const [loaded, setLoaded] = useState<Omit<ContactTasks, 'refetch'>>({ tasks: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  useNotices(['messages'], refetch);
  useEffect(() => {
    let current = true;
    api.contactTasks().then(
      (tasks) => current && setLoaded({ tasks, error: null }),
      (error: unknown) => current && setLoaded((before) => ({ tasks: before.tasks, error: messageOf(error) })),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);
  return { ...loaded, refetch };
}
