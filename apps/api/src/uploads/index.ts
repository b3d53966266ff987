export { ImageTooLargeError, UnsupportedImageError, type TooLargeReason } from './errors';
export {
  DEFAULT_IMAGE_OPTIONS,
  processImage,
  sniffImageFormat,
  variantWidths,
  type ImageOptions,
  type ImageVariant,
  type ProcessedImage,
  type SourceFormat,
  type VariantFormat,
} from './images';
export {
  CONTENT_TYPE,
  IMAGE_ID,
  deleteImage,
  isImageId,
  readImage,
  removeLeftovers,
  storeImage,
  type StoredFile,
  type StoredImage,
} from './storage';
