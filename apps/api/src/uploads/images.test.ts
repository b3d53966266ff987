import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../errors';
import { ImageTooLargeError, UnsupportedImageError } from './errors';
import { processImage, sniffImageFormat, variantWidths } from './images';
import {
  CAMERA,
  IPTC_CITY,
  XMP_PLACE,
  latitudeRationals,
  metadataOf,
  orientedSixJpeg,
  phonePhotoWithGps,
  pixelAt,
  solid,
} from './testing-images';

const ascii = (s: string) => Buffer.from(s, 'latin1');

describe('a phone photo carrying its GPS position', () => {
  it('comes out with no EXIF, XMP, IPTC or ICC profile in any variant', async () => {
    const upload = await phonePhotoWithGps();
    const before = await metadataOf(upload);
    // The fixture really leaks what we claim to remove.
    expect(before.exif?.includes(latitudeRationals())).toBe(true);
    expect(before.exif?.includes(ascii(CAMERA))).toBe(true);
    expect(before.xmp?.toString()).toContain(XMP_PLACE);
    expect(before.iptc?.includes(ascii(IPTC_CITY))).toBe(true);
    expect(before.icc).toBeDefined();

    const image = await processImage(upload);

    expect(image.variants.length).toBeGreaterThan(1);
    for (const variant of image.variants) {
      const after = await metadataOf(variant.bytes);
      expect(after).toMatchObject({ exif: undefined, xmp: undefined, iptc: undefined, icc: undefined, hasProfile: false });
      const bytes = Buffer.from(variant.bytes);
      for (const leak of [latitudeRationals(), ascii(CAMERA), ascii(XMP_PLACE), ascii(IPTC_CITY), ascii('Exif'), ascii('xpacket'), ascii('8BIM'), ascii('ICC_PROFILE')]) {
        expect(bytes.includes(leak), `${variant.format} ${variant.width} contains ${leak.toString('latin1')}`).toBe(false);
      }
    }
  });
});

describe('files that are not JPEG, PNG or WebP by content are refused with 415, whatever their name', () => {
  const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';
  const html = '<!doctype html><html><body><img src=x onerror=alert(1)></body></html>';
  const cases: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ['an SVG named photo.jpg', () => ascii(svg)],
    ['an SVG without XML prolog', () => ascii('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')],
    ['an HTML page named photo.jpg', () => ascii(html)],
    ['a GIF named photo.jpg', () => solid(16, 16).gif().toBuffer()],
    ['a PDF named photo.jpg', () => ascii('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF')],
    ['a text file named photo.jpg', () => ascii('just some text, not a photo\n')],
    ['a TIFF (sharp reads it, we do not accept it)', () => solid(16, 16).tiff().toBuffer()],
    ['an empty file', () => new Uint8Array()],
    ['JPEG magic bytes followed by HTML', () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), ascii(html)])],
    ['a PNG cut off after its header', async () => (await solid(64, 64).png().toBuffer()).subarray(0, 40)],
  ];

  it.each(cases)('%s', async (_name, make) => {
    const error = await processImage(await make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedImageError);
    expect(ERROR_STATUS[(error as UnsupportedImageError).code]).toBe(415);
  });

  it('sniffs only the three accepted formats', async () => {
    expect(sniffImageFormat(await solid(8, 8).jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageFormat(await solid(8, 8).png().toBuffer())).toBe('png');
    expect(sniffImageFormat(await solid(8, 8).webp().toBuffer())).toBe('webp');
    expect(sniffImageFormat(await solid(8, 8).gif().toBuffer())).toBeNull();
    expect(sniffImageFormat(ascii('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
  });
});

describe('size limits, refused with 413', () => {
  it('refuses a file over 8 MB before reading it', async () => {
    const big = new Uint8Array(8 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const error = await processImage(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageTooLargeError);
    expect((error as ImageTooLargeError).reason).toBe('bytes');
    expect(ERROR_STATUS[(error as ImageTooLargeError).code]).toBe(413);
  });

  it('honours a smaller byte limit', async () => {
    const jpeg = await solid(400, 300).jpeg().toBuffer();
    await expect(processImage(jpeg, { maxBytes: jpeg.length - 1 })).rejects.toMatchObject({ reason: 'bytes' });
    await expect(processImage(jpeg, { maxBytes: jpeg.length })).resolves.toMatchObject({ width: 400 });
  });

  it('refuses a 10,000×10,000 PNG (100 megapixels) though the file is small', async () => {
    const png = await solid(10_000, 10_000).png({ compressionLevel: 9 }).toBuffer();
    expect(png.length).toBeLessThan(8 * 1024 * 1024);
    const error = await processImage(png).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageTooLargeError);
    expect((error as ImageTooLargeError).reason).toBe('pixels');
  });

  it('honours a smaller pixel limit', async () => {
    const png = await solid(300, 200).png().toBuffer();
    await expect(processImage(png, { maxPixels: 59_999 })).rejects.toMatchObject({ reason: 'pixels' });
    await expect(processImage(png, { maxPixels: 60_000 })).resolves.toMatchObject({ width: 300, height: 200 });
  });

  it('refuses an image too long and narrow to encode', async () => {
    const png = await solid(20, 20_000).png().toBuffer();
    await expect(processImage(png)).rejects.toMatchObject({ reason: 'dimensions' });
  });
});

describe('variants', () => {
  const webpWidths = (image: Awaited<ReturnType<typeof processImage>>) =>
    image.variants.filter((v) => v.format === 'webp').map((v) => v.width);

  it('makes WebP at 320, 640 and 1280 from a large photo, and one JPEG fallback at 640', async () => {
    const image = await processImage(await solid(2000, 1500).jpeg().toBuffer());
    expect(image).toMatchObject({ width: 2000, height: 1500, sourceFormat: 'jpeg' });
    expect(image.variants.map((v) => [v.format, v.width, v.height])).toEqual([
      ['webp', 320, 240],
      ['webp', 640, 480],
      ['webp', 1280, 960],
      ['jpeg', 640, 480],
    ]);
    for (const v of image.variants) expect((await metadataOf(v.bytes)).format).toBe(v.format);
  });

  it('never upscales: a 500-wide image gives 320 and 500, a 100-wide one only 100', async () => {
    const medium = await processImage(await solid(500, 250).png().toBuffer());
    expect(webpWidths(medium)).toEqual([320, 500]);
    expect(medium.variants.find((v) => v.format === 'jpeg')?.width).toBe(500);
    const small = await processImage(await solid(100, 80).webp().toBuffer());
    expect(small.variants.map((v) => v.width)).toEqual([100, 100]);
    for (const v of [...medium.variants, ...small.variants]) {
      expect((await sharp(v.bytes).metadata()).width).toBe(v.width);
    }
  });

  it('can skip the JPEG fallback', async () => {
    const image = await processImage(await solid(700, 700).jpeg().toBuffer(), { fallbackWidth: 0 });
    expect(image.variants.every((v) => v.format === 'webp')).toBe(true);
  });

  it('computes widths without ever exceeding the original', () => {
    expect(variantWidths(2000, [320, 640, 1280])).toEqual([320, 640, 1280]);
    expect(variantWidths(640, [1280, 320, 640])).toEqual([320, 640]);
    expect(variantWidths(10, [320])).toEqual([10]);
  });
});

describe('pixels', () => {
  it('turns a photo upright by its EXIF orientation 6 before dropping it', async () => {
    const upload = await orientedSixJpeg();
    expect((await metadataOf(upload)).orientation).toBe(6);

    const image = await processImage(upload, { widths: [100] });

    expect(image).toMatchObject({ width: 100, height: 200 });
    for (const v of image.variants) {
      expect([v.width, v.height]).toEqual([100, 200]);
      expect((await metadataOf(v.bytes)).orientation).toBeUndefined();
      const [topR, , topB] = await pixelAt(v.bytes, 50, 20);
      const [bottomR, , bottomB] = await pixelAt(v.bytes, 50, 180);
      expect(topR).toBeGreaterThan(200); // red on top
      expect(topB).toBeLessThan(60);
      expect(bottomB).toBeGreaterThan(200); // blue below
      expect(bottomR).toBeLessThan(60);
    }
  });

  it('converts a wide-gamut (Display P3) photo to sRGB instead of just dropping its profile', async () => {
    // sRGB (50,180,60) is stored as about (92,177,77) in P3; without conversion it would wash out.
    const p3 = await solid(64, 64, { r: 50, g: 180, b: 60 }).png().withIccProfile('p3').toBuffer();
    const stored = await pixelAt((await sharp(p3, { ignoreIcc: true }).png().toBuffer()), 10, 10);
    expect(stored[0]).toBeGreaterThan(80);

    const image = await processImage(p3, { widths: [64] });
    for (const v of image.variants) {
      expect((await metadataOf(v.bytes)).icc).toBeUndefined();
      const [r, g, b] = await pixelAt(v.bytes, 10, 10);
      expect(Math.abs(r - 50)).toBeLessThan(8);
      expect(Math.abs(g - 180)).toBeLessThan(8);
      expect(Math.abs(b - 60)).toBeLessThan(8);
    }
  });

  it('keeps transparency in WebP and puts the JPEG fallback on white', async () => {
    const png = await sharp({ create: { width: 50, height: 50, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const image = await processImage(png);
    const webp = image.variants.find((v) => v.format === 'webp');
    const jpeg = image.variants.find((v) => v.format === 'jpeg');
    expect((await sharp(webp?.bytes).metadata()).hasAlpha).toBe(true);
    expect(await pixelAt(jpeg?.bytes ?? new Uint8Array(), 25, 25)).toEqual([255, 255, 255]);
  });

  it('accepts a greyscale PNG and a 16-bit PNG', async () => {
    const grey = await solid(40, 30).greyscale().png().toBuffer();
    const deep = await solid(40, 30).png().toColourspace('rgb16').toBuffer();
    expect((await sharp(deep).metadata()).depth).toBe('ushort');
    for (const upload of [grey, deep]) {
      const image = await processImage(upload);
      expect(image.variants[0]).toMatchObject({ width: 40, height: 30, format: 'webp' });
    }
  });
});
