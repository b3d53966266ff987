import { join } from 'node:path';
import { processImage } from './images';
import { readImage, storeImage } from './storage';

/** Photos kept as files under DATA_DIR/uploads (Node only: sharp is native code, so Workers never imports this). */
export interface PhotoStore {
  /** Cleans, resizes and stores a photo; throws 415/413 errors for what is not a JPEG, PNG or WebP of a sane size. */
  save(bytes: Uint8Array): Promise<{ id: string; widths: number[] }>;
  read(id: string, width: number, format: 'webp' | 'jpeg'): Promise<{ bytes: Uint8Array; contentType: string } | null>;
}

export function filePhotoStore(dataDir: string): PhotoStore {
  const dir = join(dataDir, 'uploads');
  return {
    save: async (bytes) => {
      const image = await processImage(bytes);
      const stored = await storeImage(dir, image);
      return { id: stored.id, widths: [...new Set(image.variants.filter((v) => v.format === 'webp').map((v) => v.width))] };
    },
    read: (id, width, format) => readImage(dir, id, width, format),
  };
}
