import { generateKeyText, parseKeys } from '/work/wt-scale/src/crypto/keyring.ts';
import { openPostgres } from '/work/wt-scale/src/db/pg.ts';
import { generateSynthetic } from '/work/wt-scale/src/synthetic/generate.ts';

const db = await openPostgres(`postgres://postgres@127.0.0.1:5432/${process.argv[2]}`);
const keyring = parseKeys(generateKeyText(), 'k');
console.log(
  await generateSynthetic(db, { scale: Number(process.argv[3]), seed: Number(process.argv[4]), keyring }),
);
await db.close();
