// Enter: open the selected request in the detail pane (an audited read of the full request).
import { register } from './registry';

export const open = register({
  name: 'open',
  label: 'Open',
  keyTest: 'Enter',
  description: 'Open the selected request',
  isEnabled: (ctx, target) => {
    const id = target?.id ?? ctx.selectedId;
    return id !== null && ctx.workstation.can({ type: 'OPEN', id });
  },
  perform: (ctx, target) => {
    const id = target?.id ?? ctx.selectedId;
    if (id === null) return;
    ctx.select(id);
    ctx.send({ type: 'OPEN', id });
  },
});
