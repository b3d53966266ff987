import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processImage, type ProcessedImage } from './images';
import { IMAGE_ID, deleteImage, readImage, removeLeftovers, storeImage } from './storage';
import { CAMERA, latitudeRationals, metadataOf, phonePhotoWithGps, solid } from './testing-images';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'solidaria-uploads-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function smallImage(): Promise<ProcessedImage> {
  return processImage(await solid(800, 600).jpeg().toBuffer());
}

describe('a JPEG carrying GPS EXIF, processed and stored', () => {
  it('leaves files on disk with no EXIF, XMP, IPTC or ICC profile', async () => {
    const upload = await phonePhotoWithGps();
    expect((await metadataOf(upload)).exif?.includes(latitudeRationals())).toBe(true);

    const stored = await storeImage(dir, await processImage(upload));

    const onDisk = await readdir(join(dir, stored.id));
    expect(onDisk.sort()).toEqual(['1280.webp', '320.webp', '640.jpg', '640.webp']);
    for (const name of onDisk) {
      const bytes = await readFile(join(dir, stored.id, name));
      expect(await metadataOf(bytes)).toMatchObject({ exif: undefined, xmp: undefined, iptc: undefined, icc: undefined });
      expect(bytes.includes(latitudeRationals())).toBe(false);
      expect(bytes.includes(Buffer.from(CAMERA))).toBe(false);
      expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
    }
  });
});

describe('storeImage', () => {
  it('writes every variant under a random id, readable back byte for byte', async () => {
    const image = await smallImage();
    const stored = await storeImage(dir, image);

    expect(stored.id).toMatch(IMAGE_ID);
    expect(stored.files).toEqual([
      { width: 320, format: 'webp', path: `${stored.id}/320.webp` },
      { width: 640, format: 'webp', path: `${stored.id}/640.webp` },
      { width: 800, format: 'webp', path: `${stored.id}/800.webp` },
      { width: 640, format: 'jpeg', path: `${stored.id}/640.jpg` },
    ]);
    for (const [i, file] of stored.files.entries()) {
      expect(await readFile(join(dir, file.path))).toEqual(Buffer.from(image.variants[i]?.bytes ?? []));
    }
    const served = await readImage(dir, stored.id, 640);
    expect(served?.contentType).toBe('image/webp');
    expect(Buffer.from(served?.bytes ?? [])).toEqual(Buffer.from(image.variants[1]?.bytes ?? []));
    expect((await readImage(dir, stored.id, 640, 'jpeg'))?.contentType).toBe('image/jpeg');
    expect(await readImage(dir, stored.id, 1280)).toBeNull(); // never made: the original is 800 wide
  });

  it('gives two uploads of the same photo two different ids', async () => {
    const image = await smallImage();
    const a = await storeImage(dir, image);
    const b = await storeImage(dir, image);
    expect(a.id).not.toBe(b.id);
  });

  it('writes files readable but not executable, in folders not writable by others', async () => {
    const stored = await storeImage(dir, await smallImage());
    expect((await stat(join(dir, stored.id))).mode & 0o777 & ~0o755).toBe(0);
    for (const file of stored.files) {
      const mode = (await stat(join(dir, file.path))).mode & 0o777;
      expect(mode & 0o111).toBe(0);
      expect(mode & 0o022).toBe(0);
    }
  });

  it('creates the uploads folder when it does not exist yet', async () => {
    const nested = join(dir, 'data', 'uploads');
    const stored = await storeImage(nested, await smallImage());
    expect(await readImage(nested, stored.id, 320)).not.toBeNull();
  });

  it('leaves nothing behind when a write fails halfway', async () => {
    const image = await smallImage();
    const first = image.variants[0];
    if (!first) throw new Error('no variant');
    // Two variants with the same name: the second write fails after the first succeeded.
    await expect(storeImage(dir, { ...image, variants: [first, first] })).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('ids from outside never reach outside the uploads folder', () => {
  const hostile = [
    '..',
    '../..',
    '../etc/passwd',
    '..%2f..%2fetc',
    '/etc/passwd',
    'a'.repeat(31) + '/',
    'A'.repeat(32), // upper case is not how ids are written
    '0'.repeat(31),
    '0'.repeat(33),
    `${'0'.repeat(32)}/../..`,
    `${'0'.repeat(32)}\n`,
    '.tmp-' + '0'.repeat(32),
    '',
  ];

  it.each(hostile)('readImage(%j) is null, though bait lies just outside', async (id) => {
    const uploads = join(dir, 'uploads');
    await mkdir(join(uploads, '0'.repeat(32)), { recursive: true });
    await writeFile(join(dir, '320.webp'), 'bait outside the uploads folder');
    expect(await readImage(uploads, id, 320)).toBeNull();
  });

  it.each(hostile)('deleteImage(%j) is refused', async (id) => {
    await expect(deleteImage(dir, id)).rejects.toThrow(RangeError);
  });

  it('refuses widths and formats that are not ours', async () => {
    const stored = await storeImage(dir, await smallImage());
    await writeFile(join(dir, stored.id, 'secret.txt'), 'x');
    for (const width of [0, -1, 320.5, Number.NaN, 1e9]) expect(await readImage(dir, stored.id, width)).toBeNull();
    // @ts-expect-error a format from the query string
    expect(await readImage(dir, stored.id, 320, 'constructor')).toBeNull();
    // @ts-expect-error a format from the query string
    expect(await readImage(dir, stored.id, 320, '../secret.txt')).toBeNull();
  });

  it('never serves a half-written upload', async () => {
    // What a crash during storeImage leaves: files in the temporary folder of that id.
    const id = 'ab'.repeat(16);
    await mkdir(join(dir, `.tmp-${id}`));
    await writeFile(join(dir, `.tmp-${id}`, '320.webp'), 'half');
    expect(await readImage(dir, id, 320)).toBeNull();
  });
});

describe('deleteImage', () => {
  it('removes every file of the image, once', async () => {
    const keep = await storeImage(dir, await smallImage());
    const stored = await storeImage(dir, await smallImage());
    expect(await deleteImage(dir, stored.id)).toBe(true);
    expect(await readImage(dir, stored.id, 320)).toBeNull();
    expect(await deleteImage(dir, stored.id)).toBe(false);
    expect(await readdir(dir)).toEqual([keep.id]);
  });
});

describe('removeLeftovers', () => {
  it('removes the temporary folders of writes a crash interrupted, and nothing else', async () => {
    const stored = await storeImage(dir, await smallImage());
    await mkdir(join(dir, `.tmp-${'cd'.repeat(16)}`));
    await writeFile(join(dir, `.tmp-${'cd'.repeat(16)}`, '320.webp'), 'half');
    await mkdir(join(dir, `.tmp-deleted-${stored.id}-0000`));
    expect(await removeLeftovers(dir)).toBe(2);
    expect(await readdir(dir)).toEqual([stored.id]);
    expect(await readImage(dir, stored.id, 320)).not.toBeNull();
    expect(await removeLeftovers(join(dir, 'missing'))).toBe(0);
  });
});
