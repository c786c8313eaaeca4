/**
 * The age bands of the statistics, youngest first (the CTDC bands of migrations 0050, 0069 and
 * 0088), and the band of victims whose age is not known last. As text "18-20" sorts before "9-17";
 * every list of bands (the API's rows, the web's tables, the report files) goes by this order.
 */
export const ageBands = [
  '0-8',
  '9-17',
  '18-20',
  '21-23',
  '24-26',
  '27-29',
  '30-38',
  '39-47',
  '48+',
  'unknown',
];

/**
 * The order of two values of a dimension: age bands by `ageBands` (a band not in the list after
 * them), anything else as text, with `unknown` last.
 */
export function compareDimensionKeys(dimension: string, a: string, b: string): number {
  if (dimension === 'age_band') {
    const rank = (key: string) => {
      const index = ageBands.indexOf(key);
      return index === -1 ? ageBands.length : index;
    };
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  }
  if (a === b) return 0;
  if (a === 'unknown') return 1;
  if (b === 'unknown') return -1;
  return a < b ? -1 : 1;
}
