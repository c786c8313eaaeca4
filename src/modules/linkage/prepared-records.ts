import type { PreparedRecord } from '../../linkage/index.ts';

/** A record prepared for comparison, with the blocks it is in (`personBlockKeys`). */
export interface Keyed {
  readonly record: PreparedRecord;
  readonly keys: ReadonlySet<string>;
}

/**
 * Records prepared with their blocks, by what each is made of (`personRecords`' record: the
 * person's id, name, birth, sex and nationality, as JSON). Keyed by the contents, never by the
 * person alone: a person whose name, birth, sex or nationality changed is another key, so what was
 * prepared before the change is never read again (it ages out). A job's own `Map`, or the process's
 * `recentRecords`.
 */
export interface PreparedRecords {
  get(made: string): Keyed | undefined;
  set(made: string, keyed: Keyed): unknown;
  readonly size: number;
}

/**
 * At most `limit` prepared records, the least recently read dropped first: a match job prepares
 * the few hundred to thousand persons sharing a block with its person, and the next jobs meet many
 * of them again (a name borne by many is a candidate of each of its bearers).
 */
export class RecentRecords implements PreparedRecords {
  readonly #records = new Map<string, Keyed>();
  readonly #limit: number;
  constructor(limit: number) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#records.size;
  }

  get(made: string): Keyed | undefined {
    const keyed = this.#records.get(made);
    if (keyed) {
      // Read again: the most recent now (a Map iterates in insertion order).
      this.#records.delete(made);
      this.#records.set(made, keyed);
    }
    return keyed;
  }

  set(made: string, keyed: Keyed): this {
    this.#records.delete(made);
    this.#records.set(made, keyed);
    if (this.#records.size > this.#limit) {
      const oldest = this.#records.keys().next().value as string;
      this.#records.delete(oldest);
    }
    return this;
  }

  clear(): void {
    this.#records.clear();
  }
}
