import type { ScreeningInstrument } from './instrument.schema.ts';
import { iloEc2009Instrument } from './instruments/ilo-ec-2009.ts';

/**
 * The screening instruments this release ships, oldest first. A screening stores the id and
 * version of the instrument it used and finds the definition here, so a shipped version is never
 * removed or changed: a correction (or a country's own version) is added beside it as a new
 * version, and screenings answered against the old one keep reading it.
 */
export const shippedInstruments: readonly ScreeningInstrument[] = [iloEc2009Instrument];

/** The instrument a new screening uses unless it names another. */
export const defaultInstrument: ScreeningInstrument = iloEc2009Instrument;

const byKey = new Map(shippedInstruments.map((instrument) => [keyOf(instrument), instrument]));

function keyOf(instrument: { id: string; version: string }): string {
  return `${instrument.id}@${instrument.version}`;
}

/** The shipped instrument with this id and version, or undefined. */
export function findShippedInstrument(id: string, version: string): ScreeningInstrument | undefined {
  return byKey.get(keyOf({ id, version }));
}
