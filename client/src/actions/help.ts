// ?: show or hide the keyboard shortcuts, which are listed from this same registry.
import { register } from './registry';

export const help = register({
  name: 'help',
  label: 'Keyboard shortcuts',
  keyTest: '?',
  description: 'Show or hide this list of shortcuts',
  isEnabled: () => true,
  perform: (ctx) => ctx.toggleHelp(),
});
