import type { Tx } from '../../db/db.ts';
import { personsElsewhere, storedPopulation } from './linkable-persons.repo.ts';
import type { StoredPerson, StoredPopulation } from './stored-match.ts';

const byId = (a: StoredPerson, b: StoredPerson) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The persons a job's match in one agency read through their blocks, for the match across
 * agencies that follows (decision 0127): that match reads only the other agencies' persons and
 * takes the agency's from here, instead of reading them a second time. A block within its cap
 * across every agency is within it in the agency (a count across agencies is at least the
 * agency's), so the agency's persons in the blocks across agencies are among those read here. Should
 * the counts have moved between the two matches so that one is not, the match across agencies
 * reads every agency's persons itself, as before.
 */
export class AgencyRead {
  readonly agencyId: string;
  #blocks: ReadonlySet<string> | undefined;
  #persons: readonly StoredPerson[] = [];

  constructor(agencyId: string) {
    this.agencyId = agencyId;
  }

  /** The agency's population (its row-level security), remembering the persons its blocks gave. */
  remembering(population: StoredPopulation): StoredPopulation {
    return {
      ...population,
      personsIn: async (blocks) => {
        const persons = await population.personsIn(blocks);
        this.#blocks = new Set(blocks);
        this.#persons = persons;
        return persons;
      },
    };
  }

  /**
   * Every agency's population as the database owner reads it (`tx`), its persons in blocks the
   * other agencies' read now and this agency's remembered: those with a name in the blocks, in id
   * order as the database gives them (ties between a pair's names are broken by that order).
   */
  across(tx: Tx): StoredPopulation {
    const population = storedPopulation(tx);
    return {
      ...population,
      personsIn: async (blocks) => {
        const read = this.#blocks;
        if (!read || !blocks.every((block) => read.has(block))) return population.personsIn(blocks);
        const wanted = new Set(blocks);
        const own = this.#persons.filter((person) =>
          person.name_keys?.some((keys) => keys?.some((key) => wanted.has(key))),
        );
        return [...own, ...(await personsElsewhere(tx, blocks, this.agencyId))].sort(byId);
      },
    };
  }
}
