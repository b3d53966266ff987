import { ApiError } from '../errors';

/**
 * The upload is not a JPEG, PNG or WebP by its content (whatever its name or declared
 * type), or it cannot be decoded. The error handler answers 415.
 */
export class UnsupportedImageError extends ApiError {
  constructor(message = 'Only JPEG, PNG and WebP images are accepted.') {
    super('UNSUPPORTED_MEDIA_TYPE', message);
    this.name = 'UnsupportedImageError';
  }
}

/** Why an image was too large: its file size, its pixel count, or a side we cannot encode. */
export type TooLargeReason = 'bytes' | 'pixels' | 'dimensions';

/** The upload exceeds a size limit. The error handler answers 413. */
export class ImageTooLargeError extends ApiError {
  constructor(
    readonly reason: TooLargeReason,
    message: string,
  ) {
    super('PAYLOAD_TOO_LARGE', message);
    this.name = 'ImageTooLargeError';
  }
}
