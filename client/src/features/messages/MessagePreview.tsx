// "Message to the patient" in the routing panel and the outcome form: how it will go, the text filled in
// from the protocol's template, and the sender's edit within the channel's limits (docs/messaging.md).
import { Button } from '../../components/Button';
import { FieldError } from '../../components/FieldError';
import { TextAreaField } from '../../components/TextAreaField';
import { MessageBody } from './MessageBody';
import { routeWords, type MessagePreview as Preview } from './messagePreview';
import './messages.css';

interface Props {
  /** Prefix of the ids inside ("route" → "route-patient-message"), so two forms never share one. */
  idPrefix: string;
  preview: Preview | null;
  /** Why the templates could not be loaded; the hub still sends its own message. */
  loadError: string | null;
  editing: boolean;
  /** The sender's words, or null to go back to the template's. */
  onEdit(text: string | null): void;
  /** Why the message may not go (the shared check, or the hub's own refusal), once it is worth saying. */
  error: string | undefined;
}

export const messageFieldId = (idPrefix: string, editing: boolean) => (editing ? `${idPrefix}-patient-message` : `${idPrefix}-edit-message`);

export function MessagePreview({ idPrefix, preview, loadError, editing, onEdit, error }: Props) {
  const headingId = `${idPrefix}-message-heading`;
  return (
    <section className="message-preview" aria-labelledby={headingId} data-testid="message-preview">
      <h4 id={headingId}>Message to the patient</h4>
      {!preview && loadError && <p className="hint">The message could not be previewed ({loadError}); the hub still sends the protocol’s message.</p>}
      {!preview && !loadError && <p className="hint">Loading the message…</p>}
      {preview && (
        <>
          <p className="message-route" data-testid="message-route">
            {routeWords(preview.route)}
          </p>
          {preview.route.channel === null ? (
            <p className="hint">Because {preview.route.why}. Nothing is sent; whoever picks up the task tells the patient by phone.</p>
          ) : editing ? (
            <>
              <TextAreaField
                id={`${idPrefix}-patient-message`}
                label="Edit message"
                hint={countWords(preview.text, preview.max!)}
                value={preview.text}
                onChange={(text) => onEdit(text)}
                error={error}
                rows={6}
              />
              <div className="button-row">
                <Button onClick={() => onEdit(null)}>Reset to the template</Button>
              </div>
            </>
          ) : (
            <>
              <MessageBody channel={preview.route.channel} subject={preview.subject} body={preview.text} />
              <FieldError id={`${idPrefix}-message-error`} message={error} />
              <div className="button-row">
                <Button id={`${idPrefix}-edit-message`} onClick={() => onEdit(preview.defaultText)} aria-describedby={error ? `${idPrefix}-message-error` : undefined}>
                  Edit message
                </Button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** "214 of 918 characters", counted as the hub counts them (without leading and trailing space). */
function countWords(text: string, max: number): string {
  const count = text.trim().length;
  return count > max ? `${count} of ${max} characters: ${count - max} too many` : `${count} of ${max} characters`;
}
