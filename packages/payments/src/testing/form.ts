/**
 * Stripe's v1 API takes `application/x-www-form-urlencoded` bodies with bracketed keys
 * (`line_items[0][price_data][unit_amount]=2500`). This turns such a body back into the nested
 * object the SDK was given, with every leaf a string, as Stripe's servers see it.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

export function parseStripeForm(body: string): FormObject {
  const root: FormObject = {};
  if (body === '') return root;
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    const path = keyPath(key);
    setPath(root, path, value);
  }
  return root;
}

function decode(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, ' '));
}

function keyPath(key: string): string[] {
  const first = key.indexOf('[');
  if (first === -1) return [key];
  const path = [key.slice(0, first)];
  for (const match of key.slice(first).matchAll(/\[([^\]]*)\]/g)) path.push(match[1] ?? '');
  return path;
}

function setPath(root: FormObject, path: string[], value: string): void {
  let node: FormObject | FormValue[] = root;
  for (let i = 0; i < path.length; i++) {
    const part = path[i] ?? '';
    const last = i === path.length - 1;
    const nextIsIndex = !last && /^\d*$/.test(path[i + 1] ?? '');
    if (Array.isArray(node)) {
      const index = part === '' ? node.length : Number(part);
      if (last) node[index] = value;
      else node = (node[index] ??= nextIsIndex ? [] : {}) as FormObject | FormValue[];
    } else {
      if (last) node[part] = value;
      else node = (node[part] ??= nextIsIndex ? [] : {}) as FormObject | FormValue[];
    }
  }
}

/** Reads a leaf by path (`get(body, 'payment_intent_data', 'transfer_data', 'destination')`). */
export function formGet(object: FormValue | undefined, ...path: (string | number)[]): FormValue | undefined {
  let node: FormValue | undefined = object;
  for (const part of path) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Array.isArray(node) ? node[Number(part)] : node[String(part)];
  }
  return node;
}

export function formString(object: FormValue | undefined, ...path: (string | number)[]): string | undefined {
  const value = formGet(object, ...path);
  return typeof value === 'string' ? value : undefined;
}
