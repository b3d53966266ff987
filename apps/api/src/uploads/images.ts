import sharp from 'sharp';
import { ImageTooLargeError, UnsupportedImageError } from './errors';

/**
 * Photo processing for uploads. A photo's metadata can reveal where a displaced person
 * lives (EXIF GPS), so nothing of the uploaded file survives except its pixels: the file
 * is decoded, turned upright by its EXIF orientation, converted to sRGB, reduced to raw
 * pixels and only then encoded again. The re-encoded files never carry EXIF, XMP, IPTC
 * or an ICC profile (sharp writes metadata only when asked with `withMetadata`/`keep*`,
 * which this module never calls, and each output is checked before it is returned).
 *
 * Node only: sharp is a native module, it does not run on Workers.
 */

export type SourceFormat = 'jpeg' | 'png' | 'webp';
export type VariantFormat = 'webp' | 'jpeg';

export interface ImageVariant {
  width: number;
  height: number;
  format: VariantFormat;
  bytes: Uint8Array;
}

export interface ProcessedImage {
  /** Size of the upright original, in pixels. */
  width: number;
  height: number;
  /** What the upload was, by its content. */
  sourceFormat: SourceFormat;
  /**
   * WebP at each width (ascending), plus one JPEG at `fallbackWidth` (or smaller) for
   * the few old phone browsers without WebP (e.g. KaiOS 2.5): serve it as the `<img src>`
   * behind a `<picture><source type="image/webp">`.
   */
  variants: ImageVariant[];
}

export interface ImageOptions {
  /** Largest accepted file, in bytes (default 8 MB). */
  maxBytes?: number;
  /** Largest accepted image, in pixels (default 40 megapixels). */
  maxPixels?: number;
  /** WebP widths to produce; never wider than the original (default 320, 640, 1280). */
  widths?: readonly number[];
  /** Width of the JPEG fallback, 0 for none (default 640; the original's if narrower). */
  fallbackWidth?: number;
}

export const DEFAULT_IMAGE_OPTIONS = {
  maxBytes: 8 * 1024 * 1024,
  maxPixels: 40_000_000,
  widths: [320, 640, 1280],
  fallbackWidth: 640,
} as const satisfies Required<ImageOptions>;

/** WebP cannot encode a side longer than this. */
const MAX_OUTPUT_SIDE = 16_383;
/** A decode that takes longer than this is a hostile or broken file. */
const DECODE_TIMEOUT_SECONDS = 30;

/** The image format by its first bytes; the name and the declared type are never trusted. */
export function sniffImageFormat(bytes: Uint8Array): SourceFormat | null {
  const at = (offset: number, expected: readonly number[]) =>
    bytes.length >= offset + expected.length && expected.every((b, i) => bytes[offset + i] === b);
  if (at(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'webp'; // RIFF....WEBP
  return null;
}

/** The widths to produce for an upright original `width` wide: never upscaled. */
export function variantWidths(width: number, wanted: readonly number[]): number[] {
  const valid = wanted.filter((w) => Number.isInteger(w) && w > 0);
  if (valid.length === 0) return [width];
  const largest = Math.min(width, Math.max(...valid));
  return [...new Set([...valid.filter((w) => w < largest), largest])].sort((a, b) => a - b);
}

export async function processImage(bytes: Uint8Array, options: ImageOptions = {}): Promise<ProcessedImage> {
  const { maxBytes, maxPixels, widths, fallbackWidth } = { ...DEFAULT_IMAGE_OPTIONS, ...options };

  if (bytes.length > maxBytes) {
    throw new ImageTooLargeError('bytes', `The image is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB.`);
  }
  const sniffed = sniffImageFormat(bytes);
  if (!sniffed) throw new UnsupportedImageError();

  // Header only: the pixel count is known before anything is decoded.
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new UnsupportedImageError('The image could not be read.');
  }
  if (meta.format !== sniffed || !meta.width || !meta.height) throw new UnsupportedImageError();
  if (meta.width * meta.height > maxPixels) {
    throw new ImageTooLargeError('pixels', `The image has more than ${Math.floor(maxPixels / 1_000_000)} megapixels.`);
  }

  const sideways = (meta.orientation ?? 1) >= 5; // EXIF 5–8 swap width and height
  const width = sideways ? meta.height : meta.width;
  const height = sideways ? meta.width : meta.height;
  const webpWidths = variantWidths(width, widths);
  const largest = webpWidths[webpWidths.length - 1] ?? width;
  if (largest > MAX_OUTPUT_SIDE || Math.round((height * largest) / width) > MAX_OUTPUT_SIDE) {
    throw new ImageTooLargeError('dimensions', 'The image is too long and narrow.');
  }

  const pixels = await decodeUpright(bytes, largest, maxPixels);
  const variants: ImageVariant[] = [];
  for (const w of webpWidths) {
    variants.push(await encode(pixels, w, 'webp'));
  }
  if (fallbackWidth > 0) {
    variants.push(await encode(pixels, Math.min(fallbackWidth, largest), 'jpeg'));
  }
  for (const variant of variants) await assertNoMetadata(variant);
  return { width, height, sourceFormat: sniffed, variants };
}

interface RawPixels {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/**
 * The one full decode: upright, sRGB, at most `width` wide, as bare 8-bit pixels. Every
 * variant is made from these pixels, so none can inherit anything from the upload.
 */
async function decodeUpright(bytes: Uint8Array, width: number, maxPixels: number): Promise<RawPixels> {
  try {
    // failOn 'error', not 'warning': cheap phones write JPEGs with harmless warnings
    // ("extraneous bytes before marker"); the pixels are re-encoded either way.
    const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' })
      .timeout({ seconds: DECODE_TIMEOUT_SECONDS })
      .autoOrient()
      .resize({ width, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { data, info: { width: info.width, height: info.height, channels: info.channels } };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new ImageTooLargeError('pixels', 'The image has too many pixels.');
    }
    throw new UnsupportedImageError('The image could not be decoded.');
  }
}

async function encode(pixels: RawPixels, width: number, format: VariantFormat): Promise<ImageVariant> {
  let pipeline = sharp(pixels.data, { raw: pixels.info }).resize({ width, withoutEnlargement: true });
  pipeline =
    format === 'webp'
      ? pipeline.webp({ quality: 80, effort: 4 })
      : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, format, bytes: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** Refuses to hand back a file that carries metadata, should a future sharp ever add some. */
async function assertNoMetadata(variant: ImageVariant): Promise<void> {
  const meta = await sharp(variant.bytes).metadata();
  if (meta.exif || meta.xmp || meta.iptc || meta.icc || meta.hasProfile) {
    throw new Error(`A processed ${variant.format} image still carries metadata; refusing to store it.`);
  }
}
