import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProcessedImage, VariantFormat } from './images';

/**
 * Processed images on disk: `uploadsDir/<id>/<width>.webp` (and `<width>.jpg` for the
 * JPEG fallback). An image appears all at once or not at all: its files are written and
 * synced in a temporary folder that is then renamed to its id. Ids are 128 random bits
 * in hex and every id from outside is checked against IMAGE_ID, so no request can name
 * a path outside `uploadsDir`.
 */

export const IMAGE_ID = /^[0-9a-f]{32}$/;
const MAX_WIDTH = 16_383;
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
const TEMP_PREFIX = '.tmp-';

const EXTENSION: Record<VariantFormat, string> = { webp: 'webp', jpeg: 'jpg' };
export const CONTENT_TYPE: Record<VariantFormat, string> = { webp: 'image/webp', jpeg: 'image/jpeg' };

export interface StoredFile {
  width: number;
  format: VariantFormat;
  /** Relative to `uploadsDir`, e.g. `3f…9a/640.webp`, so the data folder can move. */
  path: string;
}

export interface StoredImage {
  id: string;
  files: StoredFile[];
}

export function isImageId(id: string): boolean {
  return IMAGE_ID.test(id);
}

export function newImageId(): string {
  return randomBytes(16).toString('hex');
}

function fileName(width: number, format: VariantFormat): string {
  return `${width}.${EXTENSION[format]}`;
}

export async function storeImage(uploadsDir: string, image: ProcessedImage): Promise<StoredImage> {
  await mkdir(uploadsDir, { recursive: true, mode: DIR_MODE });
  const id = newImageId();
  const temp = join(uploadsDir, `${TEMP_PREFIX}${id}`);
  await mkdir(temp, { mode: DIR_MODE });
  try {
    const files: StoredFile[] = [];
    for (const variant of image.variants) {
      const name = fileName(variant.width, variant.format);
      // 'wx': two variants with one name would be a bug, never a silent overwrite.
      const handle = await open(join(temp, name), 'wx', FILE_MODE);
      try {
        await handle.writeFile(variant.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      files.push({ width: variant.width, format: variant.format, path: `${id}/${name}` });
    }
    await syncDir(temp);
    await rename(temp, join(uploadsDir, id));
    await syncDir(uploadsDir);
    return { id, files };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** The bytes of one stored file, or null when there is no such image or width. */
export async function readImage(
  uploadsDir: string,
  id: string,
  width: number,
  format: VariantFormat = 'webp',
): Promise<{ bytes: Uint8Array; contentType: string } | null> {
  if (!isImageId(id) || !Number.isInteger(width) || width < 1 || width > MAX_WIDTH || !Object.hasOwn(EXTENSION, format)) {
    return null;
  }
  try {
    const bytes = await readFile(join(uploadsDir, id, fileName(width, format)));
    return { bytes, contentType: CONTENT_TYPE[format] };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * Removes an image and all its files; false when there was none. The folder is first
 * renamed away, so a reader never sees half an image.
 */
export async function deleteImage(uploadsDir: string, id: string): Promise<boolean> {
  if (!isImageId(id)) throw new RangeError('Not an image id.');
  const doomed = join(uploadsDir, `${TEMP_PREFIX}deleted-${id}-${randomBytes(4).toString('hex')}`);
  try {
    await rename(join(uploadsDir, id), doomed);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  await rm(doomed, { recursive: true, force: true });
  return true;
}

/**
 * Removes what a crash left behind: temporary folders of writes and deletes that never
 * finished. Run it at start, before requests are served: while serving, it would
 * remove the folder of an image being written.
 */
export async function removeLeftovers(uploadsDir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(uploadsDir);
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
  const leftovers = names.filter((name) => name.startsWith(TEMP_PREFIX));
  for (const name of leftovers) await rm(join(uploadsDir, name), { recursive: true, force: true });
  return leftovers.length;
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}
