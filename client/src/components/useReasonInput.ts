// A required reason in the user's own words, as the hub's commands ask for one (at least 3 characters):
// its value, the error once the user has tried to send, and the form's heading focused when it opens.
import { useEffect, useRef, useState } from 'react';

const problemOf = (reason: string) => (reason.trim().length < 3 ? 'Say why, in a few words.' : undefined);

export function useReasonInput(fieldId: string, openedFor: unknown) {
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [openedFor]);
  const problem = problemOf(reason);
  return {
    reason,
    setReason,
    headingRef,
    /** The error to show beside the field: none until the user has tried to send. */
    shown: attempted ? problem : undefined,
    /** On submit: the trimmed reason, or undefined (and the field focused) when it is not enough. */
    take(): string | undefined {
      setAttempted(true);
      if (problem) {
        document.getElementById(fieldId)?.focus();
        return undefined;
      }
      return reason.trim();
    },
  };
}
