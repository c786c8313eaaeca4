import { type PreparedName, type PreparedRecord, personBlockKeys, prepareName } from '../../linkage/index.ts';

/** At most `limit` values, the least recently read dropped first. */
export class Recent<T> {
  readonly #values = new Map<string, T>();
  readonly #limit: number;
  constructor(limit: number) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#values.size;
  }

  get(key: string): T | undefined {
    const value = this.#values.get(key);
    if (value !== undefined) {
      // Read again: the most recent now (a Map iterates in insertion order).
      this.#values.delete(key);
      this.#values.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    this.#values.delete(key);
    this.#values.set(key, value);
    if (this.#values.size > this.#limit) this.#values.delete(this.#values.keys().next().value as string);
  }

  clear(): void {
    this.#values.clear();
  }
}

/**
 * Names as written, prepared, kept across the process's match jobs (decision 0118): a name's
 * preparation (normalising, romanising, its tokens) depends on the name alone and is most of a
 * job's own CPU, and names recur — a name borne by many makes each bearer a candidate of the
 * others. Keyed by the name itself: a person whose name changed is read under the new one, the
 * old one ages out. ~2 KB a name: 50,000 are ~100 MB.
 */
const recentNames = new Recent<PreparedName>(50_000);

/** `prepareName` through the names kept across jobs. */
export function recentName(written: string): PreparedName {
  let name = recentNames.get(written);
  if (!name) {
    name = prepareName(written);
    recentNames.set(written, name);
  }
  return name;
}

/** Forgets the names kept across jobs (a process that matched nothing yet). */
export const forgetRecentNames = () => recentNames.clear();

/**
 * The records one job prepared, by what each is made of (`personRecords`' record: the person's
 * id, name, birth, sex and nationality): its match in the agency and then across agencies reads
 * most persons twice, and prepares each once. `names` prepares a name as written, once a job:
 * through `recentName` in a match job, afresh by default. A record's blocks are those its read
 * gives (the stored ones it shares with the match's blocks, decision 0127); computed from the
 * record only when the read has none (a target, a name keyed under older rules), and then once.
 */
export class PreparedRecords {
  readonly #records = new Map<string, PreparedRecord>();
  readonly #computed = new Map<PreparedRecord, readonly string[]>();
  readonly names: (written: string) => PreparedName;
  constructor(names: (written: string) => PreparedName = prepareName) {
    // Each name once a job too: a common name's namesakes write it alike, hundreds of times, and
    // `recentName` reorders its cache at every read.
    const read = new Map<string, PreparedName>();
    this.names = (written) => {
      let name = read.get(written);
      if (!name) {
        name = names(written);
        read.set(written, name);
      }
      return name;
    };
  }

  get size(): number {
    return this.#records.size;
  }

  /** The record made of `made`, prepared by `prepare` the first time. */
  record(made: string, prepare: () => PreparedRecord): PreparedRecord {
    let record = this.#records.get(made);
    if (!record) {
      record = prepare();
      this.#records.set(made, record);
    }
    return record;
  }

  /** The blocks of a record read without stored ones (`personBlockKeys`, each once), computed once. */
  blocksOf(record: PreparedRecord): readonly string[] {
    let blocks = this.#computed.get(record);
    if (!blocks) {
      blocks = personBlockKeys(record);
      this.#computed.set(record, blocks);
    }
    return blocks;
  }
}
