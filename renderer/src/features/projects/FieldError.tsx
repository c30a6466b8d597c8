/** A field's refusal, read out with the field (aria-describedby) and announced when it appears. */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  return message ? (
    <p id={id} className="danger-text field-error" role="alert">
      {message}
    </p>
  ) : null;
}
