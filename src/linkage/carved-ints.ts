/**
 * The small integer arrays a prepared record keeps (its tokens' numbers, its join signature), carved
 * from shared blocks: a typed array made on its own is two objects, the view and its buffer, and a
 * million prepared records' buffers were millions of objects more for the collector to walk on
 * every full collection. A block lives while any array carved from it does (64 KB each).
 */
const blockLength = 1 << 14;
/** Longer arrays than this are made on their own, so that one never wastes much of a block. */
const longest = 1 << 8;
let block = new Int32Array(blockLength);
let used = 0;

/** A zeroed Int32Array of `length`, sharing a block with others. */
export function carvedInts(length: number): Int32Array {
  if (length > longest) return new Int32Array(length);
  if (used + length > blockLength) {
    block = new Int32Array(blockLength);
    used = 0;
  }
  const ints = block.subarray(used, used + length);
  used += length;
  return ints;
}
