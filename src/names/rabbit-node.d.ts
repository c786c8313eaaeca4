/** Types for rabbit-node (Zawgyi ⇄ Unicode rule tables for Burmese), which ships none. */
declare module 'rabbit-node' {
  const rabbit: {
    zg2uni(text: string): string;
    uni2zg(text: string): string;
  };
  export default rabbit;
}
