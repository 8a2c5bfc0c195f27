// The preview of one decision's message, from the protocol's templates, the hub's name and the clock.
import type { MessageTemplates } from '../../api/http';
import { useHubSettings } from '../../deps';
import { useNow } from '../../useNow';
import { messagePreviewOf, type MessagePreview, type PreviewInput } from './messagePreview';
import { useMessageTemplates } from './useMessageTemplates';

/** Until the hub's settings carry its name; no default template uses it. */
const HUB_NAME_UNKNOWN = 'your local GP hub';

type Input = Omit<PreviewInput, 'template' | 'now' | 'context'> & {
  /** The template for this decision (a destination's or an outcome's); undefined while none is chosen. */
  pick(templates: MessageTemplates): string | undefined;
  context: Omit<PreviewInput['context'], 'hubName'>;
};

export function useMessagePreview({ pick, context, ...input }: Input): { preview: MessagePreview | null; loadError: string | null } {
  const { templates, error } = useMessageTemplates();
  const hubName = useHubSettings((s) => (s.settings as { hubName?: string }).hubName) ?? HUB_NAME_UNKNOWN;
  // "by 6:30pm today" turns into "tomorrow" at midnight; a minute's precision is plenty.
  const now = useNow(60_000);
  const template = templates ? pick(templates) : undefined;
  const preview = template === undefined ? null : messagePreviewOf({ ...input, template, context: { ...context, hubName }, now });
  return { preview, loadError: error ?? (templates && template === undefined ? 'the protocol has no template for it' : null) };
}
