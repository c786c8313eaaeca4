/**
 * Block keys numbered densely (0, 1, 2… in order of first sight) without a `Map`: V8 refuses a Map
 * or Set of more than 2^24 entries ("invalid table size"), and a million persons' names under four
 * blocking rules hold more distinct keys than that. A key is known by two 32-bit hashes (FNV-1a
 * and a second, differently seeded one) kept in typed arrays, with open addressing on the first;
 * two keys sharing both hashes (about one chance in 10^5 at 20M keys) would share a block, which
 * costs at most some extra candidate pairs, never a missed one.
 */
/** The two hashes of the last key given to `hashKey` (no array allocated per key). */
export const hashed = { first: 0, second: 0 };

/** A key's two 32-bit hashes (FNV-1a, finalised, and a second differently seeded), into `hashed`. */
export function hashKey(key: string): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 16;
  hashed.first = h1;
  hashed.second = h2;
}

export class KeyNumbers {
  #first = new Int32Array(1 << 16);
  #second = new Int32Array(1 << 16);
  /** Open-addressing slots: number + 1, 0 when empty; always at most half full. */
  #slots = new Int32Array(1 << 17);
  size = 0;

  /** The key's number, given it if new. */
  numberOf(key: string): number {
    hashKey(key);
    return this.numberOfHash(hashed.first, hashed.second);
  }

  /** The number of the key whose two hashes (`hashKey`) are `h1` and `h2`, given it if new. */
  numberOfHash(h1: number, h2: number): number {
    const mask = this.#slots.length - 1;
    let at = h1 & mask;
    for (;;) {
      const slot = this.#slots[at] as number;
      if (slot === 0) break;
      if (this.#first[slot - 1] === h1 && this.#second[slot - 1] === h2) return slot - 1;
      at = (at + 1) & mask;
    }
    const number = this.size++;
    if (number === this.#first.length) this.#growNumbers();
    this.#first[number] = h1;
    this.#second[number] = h2;
    this.#slots[at] = number + 1;
    if (this.size * 2 > this.#slots.length) this.#growSlots();
    return number;
  }

  #growNumbers(): void {
    const first = new Int32Array(this.#first.length * 2);
    first.set(this.#first);
    this.#first = first;
    const second = new Int32Array(this.#second.length * 2);
    second.set(this.#second);
    this.#second = second;
  }

  #growSlots(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (let number = 0; number < this.size; number++) {
      let at = (this.#first[number] as number) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = number + 1;
    }
    this.#slots = slots;
  }
}

/** A growable list of 32-bit integers (record numbers, key numbers, pair ends). */
export class IntList {
  values: Int32Array<ArrayBuffer>;
  length = 0;
  constructor(capacity = 1 << 16) {
    this.values = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** The values pushed, in a buffer of their own size. */
  toArray(): Int32Array<ArrayBuffer> {
    return this.values.slice(0, this.length);
  }
}
