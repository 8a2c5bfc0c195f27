// Contact tasks (docs/messaging.md): when no message could go or one did not arrive, a person phones
// the patient. Telling them closes a self-care or self-referral request with responsibility to the
// patient on that basis; not reaching them sends it back to the queue for a new decision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubNotice, QueueItem } from '../../shared/schemas/api';
import type { ContactTaskView } from '../../shared/schemas/messages';
import { rowCounts } from '../helpers/counts';
import { json, nextEvent, startTestHub, type Client, type TestHub } from '../helpers/hub';
import { claimAndRoute } from '../helpers/journey';
import { settleMessagesOf } from '../helpers/messages';

const SAFETY_NETTING = 'If it gets worse, you develop a high temperature or you are worried, call NHS 111 or your practice.';
const KNEE = { text: 'Knee pain after running for three weeks.', answers: { symptomArea: 'musculoskeletal' as const } };

let hub: TestHub;
let coordinator: Client;
beforeAll(async () => {
  hub = await startTestHub();
  coordinator = await hub.signIn('coordinator1');
});
afterAll(() => hub.stop());

/** A self-referral whose message failed for good: awaiting delivery, with a "not reached" task. */
async function notReached(): Promise<{ id: number; taskId: number }> {
  const id = await hub.submitRequest(KNEE);
  await claimAndRoute(coordinator, id, { destination: 'self_referral', pathway: 'msk_physio', safetyNetting: SAFETY_NETTING });
  await settleMessagesOf(hub, id, { status: 'failed', failure: 'temporary_failure' });
  return { id, taskId: hub.db.q.messages.tasksFor(id).at(-1)!.id };
}

const resolve = (client: Client, taskId: number, resolution: string, note = 'Phoned the patient and read the advice out') =>
  client.post(`/api/contact-tasks/${taskId}/resolve`, { resolution, note });

describe('resolving a contact task', () => {
  it('closes a request told by phone, responsibility to the patient on the phone call', async () => {
    const { id, taskId } = await notReached();
    const socket = await coordinator.socket();
    const notice = nextEvent<HubNotice>(socket, 'notice', (n) => n.topic === 'messages');
    const res = await resolve(coordinator, taskId, 'told_by_phone');
    expect(res.status).toBe(200);
    const body = await json<{ task: ContactTaskView; item: QueueItem }>(res);
    expect(body.task).toMatchObject({ id: taskId, resolution: 'told_by_phone', resolvedBy: 'Coordinator 1', note: 'Phoned the patient and read the advice out' });
    expect(body.item).toMatchObject({ id, status: 'closed' });
    expect(hub.db.q.consultations.byId(id)!.outcome).toEqual({ kind: 'routed', destination: 'self_referral' });
    const open = hub.db.q.liability.open(id)!;
    expect(open).toMatchObject({ ownerKind: 'patient', accountableKind: 'patient' });
    expect(open.basis).toBe(`advice given to the patient by phone by Coordinator 1 (contact task #${taskId}): Phoned the patient and read the advice out`);
    await notice;
    socket.disconnect();
    const tasks = (await json<{ tasks: ContactTaskView[] }>(await coordinator.get('/api/contact-tasks'))).tasks;
    expect(tasks.map((t) => t.id)).not.toContain(taskId);
  });

  it('sends the request back to the queue when the patient cannot be reached either', async () => {
    const { id, taskId } = await notReached();
    const res = await resolve(coordinator, taskId, 'back_to_queue', 'No answer on three calls today');
    expect(res.status).toBe(200);
    expect((await json<{ item: QueueItem }>(res)).item).toMatchObject({ id, status: 'queued', returnedBecause: 'patient_not_reached', pendingHandoff: null });
    const open = hub.db.q.liability.open(id)!;
    expect(open).toMatchObject({ ownerId: 'hub_queue', accountableId: 'duty_clinician' });
    expect(open.basis).toMatch(new RegExp(`^patient not reached \\(contact task #${taskId}\\); back to the queue by Coordinator 1: No answer on three calls today`));
  });

  it('refuses back to the queue for a request that is not waiting on its message, and writes nothing', async () => {
    const id = await hub.submitRequest();
    await claimAndRoute(coordinator, id, { destination: 'anp' });
    await settleMessagesOf(hub, id, { status: 'failed', failure: 'invalid_recipient' });
    const taskId = hub.db.q.messages.tasksFor(id)[0]!.id;
    const before = rowCounts(hub.db);
    const res = await resolve(coordinator, taskId, 'back_to_queue');
    expect(res.status).toBe(422);
    expect((await json(res)).error.code).toBe('CONTACT_TASK_RESOLUTION_NOT_POSSIBLE');
    expect(rowCounts(hub.db)).toEqual(before);
    expect(hub.db.q.messages.taskById(taskId)!.resolvedAt).toBeNull();
  });

  it('just resolves a task that needs nothing more, leaving the request where it is', async () => {
    const id = await hub.submitRequest({ patient: { phone: '0113 496 0002' } });
    await claimAndRoute(coordinator, id, { destination: 'anp' });
    const task = hub.db.q.messages.tasksFor(id)[0]!;
    expect(task.kind).toBe('not_told');
    const anp = await hub.signIn('anp1');
    const res = await resolve(anp, task.id, 'no_action_needed', 'The ANP will phone the patient anyway');
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ task: { resolution: 'no_action_needed', resolvedBy: 'Ana Nurse' }, item: null });
    expect(hub.db.q.consultations.byId(id)!.status).toBe('offered');
  });

  it('refuses a task already resolved with 409, naming who resolved it', async () => {
    const { taskId } = await notReached();
    expect((await resolve(coordinator, taskId, 'told_by_phone')).status).toBe(200);
    const again = await resolve(await hub.signIn('coordinator2'), taskId, 'no_action_needed');
    expect(again.status).toBe(409);
    expect((await json(again)).error).toMatchObject({ code: 'CONTACT_TASK_RESOLVED', message: expect.stringContaining('Coordinator 1') });
  });

  it('refuses a missing or short note with 400 naming the field, and an unknown task with 404', async () => {
    const { taskId } = await notReached();
    const res = await coordinator.post(`/api/contact-tasks/${taskId}/resolve`, { resolution: 'told_by_phone', note: 'ok' });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toMatch(/note/);
    expect((await resolve(coordinator, 999_999, 'told_by_phone')).status).toBe(404);
  });

  it('is for the hub team: practice staff are refused', async () => {
    const { taskId } = await notReached();
    expect((await resolve(await hub.signIn('practice1'), taskId, 'told_by_phone')).status).toBe(403);
  });
});

describe('the open tasks', () => {
  it('shows practice staff only their own practice’s', async () => {
    const other = await hub.submitRequest({ practiceOds: 'E85002', patient: { phone: '0113 496 0003' } });
    await claimAndRoute(coordinator, other, { destination: 'practice_gp', reason: { code: 'needs_gp' } });
    const own = await hub.submitRequest({ practiceOds: 'E85001', patient: { phone: '0113 496 0004' } });
    await claimAndRoute(coordinator, own, { destination: 'practice_gp', reason: { code: 'needs_gp' } });
    const seen = (await json<{ tasks: ContactTaskView[] }>(await (await hub.signIn('practice1')).get('/api/contact-tasks'))).tasks;
    expect(seen.map((t) => t.consultationId)).toContain(own);
    expect(seen.map((t) => t.consultationId)).not.toContain(other);
    const hubView = (await json<{ tasks: ContactTaskView[] }>(await coordinator.get('/api/contact-tasks'))).tasks;
    expect(hubView.map((t) => t.consultationId)).toEqual(expect.arrayContaining([own, other]));
  });
});
