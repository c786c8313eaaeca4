/**
 * A name whose UTF-8 bytes were read as Windows-1252 or Latin-1 (a spreadsheet or an old export:
 * Nguyễn → Nguyá»…n, Lê Văn → LÃª VÄƒn) read back as the UTF-8 it was. UNCONFIRMED: names.md says
 * nothing of mojibake; it is how every non-ASCII name crosses a system that reads bytes as
 * Windows-1252 (decision 0141).
 *
 * Only when every character is one byte of Windows-1252 or Latin-1 and the bytes are well-formed
 * UTF-8 with a character of two bytes or more: text written in Latin-1 letters is almost never so
 * (João's Ã is followed by a letter, not by a continuation byte 0x80–0xBF).
 */

/** Windows-1252's characters for the bytes 0x80–0x9F (Latin-1 has control characters there). */
const windows1252: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A lead byte of a UTF-8 sequence of two to four bytes, as Windows-1252 shows it (Ã, Ä, á…). */
const mayBeMisread = /[\u00c2-\u00f4]/u;

/** The text as the UTF-8 it was when it was read as Windows-1252 or Latin-1; undefined when it was not. */
export function misreadUtf8(text: string): string | undefined {
  if (!mayBeMisread.test(text)) return undefined;
  const bytes = new Uint8Array(text.length);
  let multiByte = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : windows1252[text[i] as string];
    if (byte === undefined) return undefined;
    if (byte >= 0x80) multiByte = true;
    bytes[i] = byte;
  }
  if (!multiByte) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
