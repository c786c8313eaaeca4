import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// `npm run db:new <name>`: creates the next numbered migration file, empty, in src/db/migrations.
// A development tool, not part of the lindung command (an installation never writes migrations).

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:new <snake_case_name>   e.g. npm run db:new referral_grants_rls');
  process.exit(2);
}
const folder = path.join(import.meta.dirname, '..', 'db', 'migrations');
const versions = (await readdir(folder)).map((file) => Number(/^(\d{4})_/.exec(file)?.[1] ?? 0));
const file = path.join(folder, `${String(Math.max(0, ...versions) + 1).padStart(4, '0')}_${name}.sql`);
await writeFile(file, `-- ${name.replaceAll('_', ' ')}: what this migration changes, and why.\n`, {
  flag: 'wx',
});
console.log(`created ${path.relative(process.cwd(), file)}`);
