/** The ids of a field's hint and error, and what the input is described by: the error first, as it is what the person must act on. */
export function fieldIds(id: string | null, hint: string | undefined, error: string | undefined) {
  const hintId = `${id}-hint`; // id defaults to the field name, so it is never null in practice
  const errorId = `${id}-error`;
  return { hintId, errorId, describedBy: [error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined };
}
