import { fieldRule } from './field-rules.ts';

/** A partial change (PATCH) that names at least one field; refused with `no_change` otherwise. */
export const namesAChange = (change: object) => Object.keys(change).length > 0;
export const noChangeRule = fieldRule('no_change', 'names no field to change');
