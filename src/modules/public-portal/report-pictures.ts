import { AppError, ValidationError } from '../../shared/errors.ts';
import { type StrippedImage, stripImageMetadata, UnsupportedImageError } from './image-metadata.ts';
import { maxPictureBytes, type NewPublicReport } from './public-report.schema.ts';

/** The encryption context of a report's kept pictures (public_report_attachment.content). */
export const pictureContext = 'public_report_attachment.content';

/**
 * 413: a picture over the size a report keeps. Said by its code (the web app names the limit in
 * the reader's language) and by the picture's place in the list.
 */
export class PictureTooLargeError extends AppError {
  constructor(index: number, limitBytes: number) {
    super(
      'picture_too_large',
      413,
      `Picture ${index + 1} is larger than ${limitBytes / (1024 * 1024)} MB; send a smaller one.`,
    );
  }
}

/**
 * The report's pictures, stripped of their metadata and checked to decode, or a 413/400 naming the
 * picture. Pure work on the bytes (no database): done outside any transaction, after the proof of
 * work is spent, so that a refused picture has used its proof up.
 */
export async function decodePictures(report: NewPublicReport): Promise<StrippedImage[]> {
  const pictures: StrippedImage[] = [];
  // One after another: each may inflate to 128 MiB of pixels, which is enough held at once.
  for (const [index, picture] of report.pictures.entries()) {
    const bytes = Buffer.from(picture.contentBase64, 'base64');
    if (bytes.length > maxPictureBytes) throw new PictureTooLargeError(index, maxPictureBytes);
    try {
      pictures.push(await stripImageMetadata(bytes));
    } catch (error) {
      if (error instanceof UnsupportedImageError) {
        throw new ValidationError(
          [{ field: `pictures.${index}`, code: error.code, message: error.message }],
          'A picture cannot be kept: only undamaged JPEG and PNG pictures are.',
        );
      }
      throw error;
    }
  }
  return pictures;
}
