// Reading a request's patient-identifiable detail is itself audited, on the same path as writes:
// the read and its audit entry commit together, and the detail is answered only after.
import { z } from 'zod';
import type { ConsultationRow, HandoffRow } from '../../db/schema';
import { QUEUE_ROLES } from '../views/queue';
import { defineOperation } from './definition';
import { assertVisible } from './lifecycleStep';

export const readDetail = defineOperation({
  name: 'read_detail',
  senders: { staff: QUEUE_ROLES },
  input: z.object({}),
  perform({ db, actor, consultationId }): { result: { row: ConsultationRow; pending?: HandoffRow }; audit: { consultationId: number }[] } {
    const id = consultationId!;
    const row = db.q.consultations.byId(id);
    assertVisible(actor, row, id);
    const pending = row.pendingHandoffId === null ? undefined : db.q.handoffs.byId(row.pendingHandoffId);
    return { result: { row, pending }, audit: [{ consultationId: id }] };
  },
});
