// j and k: move the selection down and up the queue, like a mail reader.
import { register, type ActionContext } from './registry';

function step(ctx: ActionContext, by: 1 | -1) {
  if (ctx.rows.length === 0) return;
  const at = ctx.rows.findIndex((row) => row.id === ctx.selectedId);
  const next = at === -1 ? (by === 1 ? 0 : ctx.rows.length - 1) : Math.min(ctx.rows.length - 1, Math.max(0, at + by));
  ctx.select(ctx.rows[next]!.id, { focus: true });
}

export const moveDown = register({
  name: 'moveDown',
  label: 'Next request',
  keyTest: 'j',
  description: 'Select the next request in the queue',
  isEnabled: (ctx) => ctx.rows.length > 0,
  perform: (ctx) => step(ctx, 1),
});

export const moveUp = register({
  name: 'moveUp',
  label: 'Previous request',
  keyTest: 'k',
  description: 'Select the previous request in the queue',
  isEnabled: (ctx) => ctx.rows.length > 0,
  perform: (ctx) => step(ctx, -1),
});
