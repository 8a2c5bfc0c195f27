// An admin changes the hub's settings (not the protocol: the lead signs that off, docs/protocol.md): validated whole, stored, audited with before and after,
// and in force for the next command only once committed.
import { checkSettings } from '../../shared/rules/hubSettings';
import { HttpError } from '../http/errors';
import { hubSettingsSchema, storedPart } from '../settings';
import { defineOperation } from './definition';

export const changeSettings = defineOperation({
  name: 'settings_changed',
  senders: { staff: ['admin'] },
  input: hubSettingsSchema,
  perform({ db, input, settings, now }) {
    // Valid fields can still make a calendar the SLA clock cannot use: refused before anything is stored.
    const verdict = checkSettings(input, new Date(now));
    if (!verdict.ok) throw new HttpError(verdict.code, verdict.message);
    db.q.settings.save(input);
    return {
      result: input,
      audit: [{ subject: 'settings', before: storedPart(settings), after: input }],
      afterCommit: (hub) => hub.setSettings(input),
      notices: ['settings'],
    };
  },
});
