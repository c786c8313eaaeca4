import type { Config } from '../config.ts';
import { type Keyring, loadKeyring } from '../crypto/keyring.ts';
import { type CliContext, warn } from './command.ts';

/**
 * The keyring as the server loads it: from LINDUNG_KEY or LINDUNG_KEY_FILE, or in development
 * from the key file generated in the data folder (created on first use).
 */
export function loadCliKeyring(config: Config, context: CliContext): Promise<Keyring> {
  return loadKeyring(config.key, {
    generateIn: config.environment === 'production' ? undefined : config.dataDir,
    warn: (message) => warn(context, message),
  });
}
