/**
 * Column types both adapters parse the same way. `date` stays the ISO text PostgreSQL sends
 * (a JavaScript Date would shift it by the server's time zone); `int8` becomes a number,
 * which is exact for every count and sequence this platform keeps (< 2^53).
 */
export const typeParsers: Record<number, (value: string) => unknown> = {
  20: (value) => Number(value),
  1082: (value) => value,
};
