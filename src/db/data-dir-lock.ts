import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';

export class DataDirInUseError extends AppError {
  constructor(dataDir: string, pid: number) {
    super(
      'data_dir_in_use',
      500,
      `The data folder ${dataDir} is in use by process ${pid}. PGlite allows one process at a time: ` +
        'stop that process first (a running server, or another command on this folder), or use server ' +
        'PostgreSQL (DATABASE_URL).',
    );
  }
}

async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process that its parent has not reaped yet (a zombie) still answers signals on Linux.
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat === undefined || !/^\d+ \(.*\) Z /.test(stat);
}

/**
 * Claims a PGlite data folder for this process. Two processes writing one embedded database
 * would corrupt it; a lock left by a killed process (its pid no longer running) is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, 'lindung.pid');
  // Created exclusively, so that two processes starting at once cannot both take the folder.
  const created = await writeFile(file, String(process.pid), { flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  if (!created) {
    const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder !== process.pid && (await isRunning(holder))) {
      throw new DataDirInUseError(dataDir, holder);
    }
    await writeFile(file, String(process.pid));
  }
  return () => rm(file, { force: true });
}
