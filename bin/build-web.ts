// Builds the web app into web/dist. With --if-stale (npm start), only when its sources changed.
import { buildWebApp } from '../src/web-build.ts';

const ifStale = process.argv.includes('--if-stale');
const built = await buildWebApp({ ifStale });
if (ifStale && !built) console.log('web app: build is up to date');
