// What each red-flag form and its opening button say, and the status line after it is done.
import type { FlagTask } from './flagPermissions';

export const FLAG_TASK_WORDS: Record<FlagTask, { button: string; heading: string; label: string; hint: string; submit: string; done: string }> = {
  raise: {
    button: 'Raise red flag',
    heading: 'Raise a red flag',
    label: 'Why does this request need a red flag?',
    hint: 'It goes to the top of the queue as a red flag. Only a clinician can clear it.',
    submit: 'Raise the red flag',
    done: 'You raised a red flag on this request.',
  },
  confirm: {
    button: 'Confirm red flag',
    heading: 'Confirm the possible red flag',
    label: 'Why is it a red flag?',
    hint: 'The possible flag becomes a red flag, recorded with your name and reason.',
    submit: 'Confirm the red flag',
    done: 'You confirmed the red flag.',
  },
  clear: {
    button: 'Clear red flag',
    heading: 'Clear the red flag',
    label: 'Why is it not a red flag?',
    hint: 'The request goes back to routine priority. Your name and reason are kept in its audit trail.',
    submit: 'Clear the red flag',
    done: 'You cleared the red flag.',
  },
};
