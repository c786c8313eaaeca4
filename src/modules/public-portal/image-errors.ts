/** A picture a report cannot keep, with the code the web app says it by. */
export class UnsupportedImageError extends Error {
  readonly code: 'picture_unsupported' | 'picture_undecodable' = 'picture_unsupported';
}

/** A PNG or JPEG by its first bytes whose content cannot be decoded (damaged, cut short, forged). */
export class UndecodableImageError extends UnsupportedImageError {
  override readonly code = 'picture_undecodable';
}
