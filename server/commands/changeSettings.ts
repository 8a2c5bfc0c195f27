// An admin changes the hub's settings: validated whole, stored, audited with before and after,
// and in force for the next command only once committed.
import { hubSettingsSchema } from '../settings';
import { defineOperation } from './definition';

export const changeSettings = defineOperation({
  name: 'settings_changed',
  senders: { staff: ['admin'] },
  input: hubSettingsSchema,
  perform({ db, input, settings }) {
    db.q.settings.save(input);
    return {
      result: input,
      audit: [{ subject: 'settings', before: settings, after: input }],
      afterCommit: (hub) => hub.setSettings(input),
    };
  },
});
