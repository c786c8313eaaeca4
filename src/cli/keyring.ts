import type { Config } from '../config.ts';
import { type Keyring, loadKeyring } from '../crypto/keyring.ts';
import { type CliContext, warn } from './command.ts';

/**
 * The keyring as the server loads it: from LINDUNG_KEY or LINDUNG_KEY_FILE, or in development
 * from the key file in the data folder. Only commands that create data may create that file:
 * a key made up for a backup or restore could never match the data.
 */
export function loadCliKeyring(
  config: Config,
  context: CliContext,
  options: { create: boolean },
): Promise<Keyring> {
  return loadKeyring(config.key, {
    defaultFile:
      config.environment === 'production' ? undefined : { folder: config.dataDir, create: options.create },
    warn: (message) => warn(context, message),
  });
}
