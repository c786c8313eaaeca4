import { committedTimesFile, lastRunTimesFile, readFileTimes, writeFileTimes } from './support/file-times.ts';

/*
 * `npm run test:times`: the file times of this checkout's last whole run (`npm test`, or
 * `node test/run.ts` without files) become the list committed in test/file-times.json, by which a
 * clean clone splits its shards. Refresh it when files were added, or grew or shrank a lot; commit
 * it with the run's date and load in the message (times under load are longer, but a split only
 * needs them in proportion).
 */
const times = readFileTimes(lastRunTimesFile);
if (times.size === 0) {
  console.error(`no whole run's times in ${lastRunTimesFile}: run npm test (or node test/run.ts) first`);
  process.exit(1);
}
writeFileTimes(committedTimesFile, times);
const total = [...times.values()].reduce((sum, seconds) => sum + seconds, 0);
console.log(`${committedTimesFile}: ${times.size} files, ${total.toFixed(0)} s in all`);
