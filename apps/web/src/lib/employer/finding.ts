/** A screening finding as a page shows it: the rule's code, the field it is about, and why, in the page's language. */
export interface Finding {
  code: string;
  field?: string;
  reason: string;
}
