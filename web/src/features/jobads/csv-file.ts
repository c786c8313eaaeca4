/** How a CSV file's bytes were turned into text. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

/**
 * The text of an uploaded CSV file. Excel's "CSV (Comma delimited)" is saved in the computer's
 * ANSI code page, not UTF-8: Windows set to Vietnamese writes Windows-1258 (tones as combining
 * marks), set to Malay, Indonesian or English Windows-1252; "Unicode Text" is UTF-16 with a byte
 * order mark. Read as UTF-8, such a file turns every accented letter into "�" and the adverts are
 * screened without their words. So: a byte order mark decides; else UTF-8 if the bytes are valid
 * UTF-8; else the code page of the reader's language — said to the reader, who sees the text.
 * Composed (NFC), as typed text is.
 */
export function decodeCsvFile(bytes: Uint8Array, language: string): { text: string; encoding: CsvEncoding } {
  const encoding = encodingOf(bytes, language);
  // The decoder drops the byte order mark itself.
  const text = new TextDecoder(encoding).decode(bytes).normalize('NFC');
  return { text, encoding };
}

function encodingOf(bytes: Uint8Array, language: string): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return language.startsWith('vi') ? 'windows-1258' : 'windows-1252';
  }
}

/** Whether the reader should be told how the file was read: it was not saved as Unicode. */
export function isLegacyEncoding(encoding: CsvEncoding): boolean {
  return encoding === 'windows-1258' || encoding === 'windows-1252';
}
