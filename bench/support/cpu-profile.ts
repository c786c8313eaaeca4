import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/**
 * Runs `work` under V8's sampling profiler in this process (the servers' process) and writes the
 * profile to `<folder>/<name>.cpuprofile` (open it in Chrome's DevTools or speedscope). Only this
 * work is sampled, not the data generation before it; 100 µs between samples. The folder is made
 * first if missing: a run that failed there lost its generation (~10 minutes, far more loaded).
 */
export async function withCpuProfile<T>(folder: string, name: string, work: () => Promise<T>): Promise<T> {
  await mkdir(folder, { recursive: true });
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    let result: T;
    try {
      result = await work();
    } finally {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(path.join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    return result;
  } finally {
    session.disconnect();
  }
}
