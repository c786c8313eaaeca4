/**
 * The QWERTY keyboard's rows, as forms are typed on it in Malaysia, Indonesia, the Philippines,
 * Thailand and Viet Nam (Latin letters). A key's neighbours are the keys beside it and those of the
 * rows above and below that touch it: the keys a finger slips to. Most typing slips are one key
 * struck for its neighbour (Damerau 1964; Kukich 1992, "Techniques for automatically correcting
 * words in text"). UNCONFIRMED: names.md has no keyboard facts (decision 0187).
 */
export const keyboardRows: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** How far each row is set right of the one above it, in half keys (a under q and w, z under a and s). */
export const rowOffsets: readonly number[] = [0, 1, 2];
