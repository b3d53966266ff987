import { m } from '$lib/paraglide/messages';
import type { ApiClient } from './api';

// The types a photo is sent to the API as; the API checks the content itself.
const SENT_AS = ['image/jpeg', 'image/png', 'image/webp'];

export type PhotoUpload = { id: string } | { status: number; message: string } | null;

/**
 * The photo a form sent in its file input `name`, stored through the API (which checks it
 * is a JPEG, PNG or WebP by its bytes, and removes its metadata): its upload id, the
 * refusal in the person's language, or null when no file was chosen.
 */
export async function uploadFormPhoto(api: ApiClient, data: FormData, name = 'photo'): Promise<PhotoUpload> {
  const file = data.get(name);
  if (!(file instanceof File) || file.size === 0) return null;
  // A type the browser guessed from the name is no proof: anything else goes as bare bytes.
  const body = new Blob([await file.arrayBuffer()], { type: SENT_AS.includes(file.type) ? file.type : 'application/octet-stream' });
  const res = await api.api.uploads.$post(undefined, { init: { body } });
  if (res.ok) return { id: (await res.json()).id };
  const status = Number(res.status);
  if (status === 415) return { status, message: m.vendor_photo_wrong_type() };
  if (status === 413) return { status, message: m.vendor_photo_too_big() };
  return { status: status >= 400 && status < 600 ? status : 500, message: m.vendor_photo_failed() };
}

/** The photos after a form: the ones kept (checkboxes `keepPhoto`), then the new one. */
export function photosAfter(data: FormData, attached: readonly string[], added: string | null): string[] {
  const kept = data.getAll('keepPhoto').filter((id): id is string => typeof id === 'string' && attached.includes(id));
  return [...kept, ...(added ? [added] : [])].slice(0, 6);
}
