// A field's error, tied to the field by id (aria-describedby), said in words with an "Error:" prefix.
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span className="visually-hidden">Error: </span>
      <span aria-hidden="true">! </span>
      {message}
    </p>
  );
}

/** The aria-describedby value for a field with an optional hint and an optional error. */
export const describedBy = (...ids: (string | false | undefined | null)[]) => ids.filter(Boolean).join(' ') || undefined;
