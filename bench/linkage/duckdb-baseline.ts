/**
 * The baseline: a generic Fellegi–Sunter model written as SQL in DuckDB, as Splink builds it —
 * the same blocking keys (computed by src/linkage's rules and loaded as a table), generic
 * comparisons (exact, Jaro–Winkler bands, Levenshtein, same year), u from random pairs, m by EM
 * in SQL in one session per training rule with that rule's fields left out, the prior from the
 * exact-birth session, no term frequencies and no name rules. Threshold: probability 0.5.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { BlockingRule, TrainingRule } from '../../src/linkage/index.ts';
import { blockCap, prepareRecord } from '../../src/linkage/index.ts';
import type { TruthRecord } from './data.ts';

interface SqlComparison {
  field: string;
  /** SQL CASE giving the level (0 = strongest), NULL when missing; l and r are the two records. */
  level: string;
  levels: number;
}

const jw = (column: string, exactFirst = true): SqlComparison => ({
  field: column,
  levels: 4,
  level: `case when l.${column} is null or r.${column} is null then null
    when ${exactFirst ? `l.${column} = r.${column}` : 'false'} then 0
    when jaro_winkler_similarity(l.${column}, r.${column}) >= 0.92 then 1
    when jaro_winkler_similarity(l.${column}, r.${column}) >= 0.80 then 2 else 3 end`,
});
const code = (column: string, field = column): SqlComparison => ({
  field,
  levels: 3,
  level: `case when l.${column} is null or r.${column} is null then null when l.${column} = r.${column} then 0
    when levenshtein(l.${column}, r.${column}) <= 1 then 1 else 2 end`,
});
const birth: SqlComparison = {
  field: 'birth',
  levels: 4,
  level: `case when l.birth is null or r.birth is null then null when l.birth = r.birth then 0
    when levenshtein(l.birth, r.birth) <= 1 then 1 when substr(l.birth, 1, 4) = substr(r.birth, 1, 4) then 2 else 3 end`,
};

export const genericPerson: SqlComparison[] = [jw('name'), birth, code('nationality')];
export const genericAddressed: SqlComparison[] = [
  jw('given'),
  jw('family'),
  birth,
  code('street_number', 'streetNumber'),
  jw('street'),
  jw('locality'),
  code('postcode'),
  code('region'),
];

const columns = [
  'name',
  'given',
  'family',
  'birth',
  'nationality',
  'street_number',
  'street',
  'locality',
  'postcode',
  'region',
  'source',
] as const;

export interface BaselineResult {
  predicted: [number, number][];
  /** Every candidate pair with its match weight (log2 odds): for the best threshold by the truth. */
  weighted: [number, number, number][];
  pairCount: number;
  prior: number;
  seconds: number;
}

/** Runs the SQL model; `blocking` and `training` are the same rules the Lindung model uses. */
export async function duckdbBaseline(props: {
  records: readonly TruthRecord[];
  comparisons: readonly SqlComparison[];
  blocking: readonly BlockingRule[];
  training: readonly TrainingRule[];
  link: boolean;
  maxBlock: number;
  seed: number;
}): Promise<BaselineResult> {
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const db = await instance.connect();
  await db.run(`create table recs (idx integer, ${columns.map((c) => `${c} varchar`).join(', ')})`);
  // picks: the rule makes pairs with this record (its `only`, true for a rule without): a pair needs one.
  await db.run('create table keys (idx integer, rule varchar, key varchar, picks boolean)');
  const recs = await db.createAppender('recs');
  const keys = await db.createAppender('keys');
  const trainingNames = new Set(props.training.map((t) => t.rule.name));
  const rules = [
    ...props.blocking,
    ...props.training.map((t) => t.rule).filter((r) => !props.blocking.includes(r)),
  ];
  props.records.forEach((record, idx) => {
    const prepared = prepareRecord(record, idx);
    const values: Record<(typeof columns)[number], string> = {
      // Generic: lower case, accents stripped in SQL below, no name rules.
      name: record.name ?? [record.given, record.family].filter(Boolean).join(' '),
      given: record.given ?? '',
      family: record.family ?? '',
      birth: prepared.birth ? prepared.birth.digits : '',
      nationality: record.nationality ?? '',
      street_number: record.streetNumber ?? '',
      street: record.street ?? '',
      locality: record.locality ?? '',
      postcode: record.postcode ?? '',
      region: record.region ?? '',
      source: record.source ?? '',
    };
    recs.appendInteger(idx);
    for (const column of columns) {
      const value = values[column].trim();
      if (value) recs.appendVarchar(value);
      else recs.appendNull();
    }
    recs.endRow();
    for (const rule of rules) {
      if (!props.blocking.includes(rule) && !trainingNames.has(rule.name)) continue;
      for (const key of new Set(rule.keys(prepared))) {
        keys.appendInteger(idx);
        keys.appendVarchar(rule.name);
        keys.appendVarchar(key);
        keys.appendBoolean(rule.only?.(prepared) ?? true);
        keys.endRow();
      }
    }
  });
  recs.closeSync();
  keys.closeSync();
  await db.run(
    `update recs set name = lower(strip_accents(name)), given = lower(given), family = lower(family)`,
  );
  // Each rule's own cap, as Lindung's blocking (`blockCap`).
  const caps = rules
    .filter((rule) => rule.maxBlock !== undefined)
    .map((rule) => `when '${rule.name.replace(/'/g, "''")}' then ${blockCap(rule, props.maxBlock)}`)
    .join(' ');
  const cap = caps ? `case rule ${caps} else ${props.maxBlock} end` : `${props.maxBlock}`;
  await db.run(`create table big as select rule, key from keys group by rule, key having count(*) > ${cap}`);
  const pairsOf = (ruleFilter: string) => `select distinct a.idx as li, b.idx as ri from keys a join keys b
      on a.rule = b.rule and a.key = b.key and a.idx < b.idx and (a.picks or b.picks)
      join recs ra on ra.idx = a.idx join recs rb on rb.idx = b.idx
      where ${ruleFilter} and not exists (select 1 from big where big.rule = a.rule and big.key = a.key)
      ${props.link ? 'and ra.source <> rb.source' : ''}`;
  const blockingNames = props.blocking.map((r) => `'${r.name.replace(/'/g, "''")}'`).join(', ');
  await db.run(`create table pairs as ${pairsOf(`a.rule in (${blockingNames})`)}`);
  const levelColumns = props.comparisons.map((c, k) => `${c.level} as g${k}`).join(',\n');
  const withLevels = (source: string) => `select p.li, p.ri, ${levelColumns}
      from ${source} p join recs l on l.idx = p.li join recs r on r.idx = p.ri`;
  await db.run(`create table scored as ${withLevels('pairs')}`);
  // u from random pairs.
  await db.run(`select setseed(${(props.seed % 1000) / 1000})`);
  await db.run(`create table rnd as select a.idx as li, b.idx as ri
      from (select idx, source from recs order by random() limit 400) a,
           (select idx, source from recs order by random() limit 400) b
      where a.idx <> b.idx ${props.link ? 'and a.source <> b.source' : ''}`);
  await db.run(`create table rnd_levels as ${withLevels('rnd')}`);
  const u: number[][] = [];
  for (let k = 0; k < props.comparisons.length; k++) {
    const levels = (props.comparisons[k] as SqlComparison).levels;
    const rows = (
      await db.runAndReadAll(
        `select g${k} as g, count(*) as n from rnd_levels where g${k} is not null group by 1`,
      )
    ).getRowObjects();
    const counts = new Array<number>(levels).fill(0.5);
    for (const row of rows) counts[Number(row.g)] = (counts[Number(row.g)] as number) + Number(row.n);
    const total = counts.reduce((s, x) => s + x, 0);
    u.push(counts.map((x) => x / total));
  }
  // m by EM, one session per training rule; patterns counted in SQL.
  const mEstimates: number[][][] = props.comparisons.map(() => []);
  let birthSessionMatches = 0;
  const birthRecalls: number[] = [];
  const birthAt = props.comparisons.findIndex((c) => c.field === 'birth');
  for (const training of props.training) {
    const name = training.rule.name.replace(/'/g, "''");
    await db.run(`create or replace table session as ${withLevels(`(${pairsOf(`a.rule = '${name}'`)})`)}`);
    const gs = props.comparisons.map((_, k) => `g${k}`).join(', ');
    const patterns = (
      await db.runAndReadAll(`select ${gs}, count(*) as n from session group by all`)
    ).getRowObjects();
    const used = props.comparisons.map((c) => !training.fields.includes(c.field));
    let m = props.comparisons.map((c) =>
      Array.from({ length: c.levels }, (_, l) => (l === c.levels - 1 ? 0.05 : 0.9 ** (l * 4))),
    );
    let prior = 0.5;
    let matches = 0;
    let birthExact = 0;
    for (let iteration = 0; iteration < 200; iteration++) {
      const counts = props.comparisons.map((c) => new Array<number>(c.levels).fill(1e-9));
      let matched = 0;
      let total = 0;
      let exact = 0;
      for (const row of patterns) {
        const levels = props.comparisons.map((_, k) => (row[`g${k}`] === null ? -1 : Number(row[`g${k}`])));
        let pm = prior;
        let pu = 1 - prior;
        levels.forEach((l, k) => {
          if (l < 0 || !used[k]) return;
          pm *= (m[k] as number[])[l] as number;
          pu *= (u[k] as number[])[l] as number;
        });
        const w = (pm / (pm + pu)) * Number(row.n);
        matched += w;
        total += Number(row.n);
        if (birthAt >= 0 && levels[birthAt] === 0) exact += w;
        levels.forEach((l, k) => {
          if (l >= 0) (counts[k] as number[])[l] = ((counts[k] as number[])[l] as number) + w;
        });
      }
      const next = counts.map((row) => row.map((x) => x / row.reduce((s, y) => s + y, 0)));
      const nextPrior = Math.min(1 - 1e-9, Math.max(1e-9, matched / Math.max(1, total)));
      const change = Math.abs(nextPrior - prior);
      m = next;
      prior = nextPrior;
      matches = matched;
      birthExact = matched > 0 ? exact / matched : 0;
      if (change < 1e-7) break;
    }
    m.forEach((row, k) => {
      if (used[k]) (mEstimates[k] as number[][]).push(row);
    });
    if (training.fields.length === 1 && training.fields[0] === 'birth') birthSessionMatches = matches;
    else if (birthExact > 0) birthRecalls.push(birthExact);
  }
  const m = props.comparisons.map((c, k) => {
    const rows = mEstimates[k] as number[][];
    if (rows.length === 0)
      return Array.from({ length: c.levels }, (_, l) => (l === 0 ? 0.9 : 0.1 / (c.levels - 1)));
    return Array.from(
      { length: c.levels },
      (_, l) => rows.reduce((s, row) => s + (row[l] as number), 0) / rows.length,
    );
  });
  const n = props.records.length;
  const sources = new Map<string, number>();
  for (const r of props.records) sources.set(r.source ?? '', (sources.get(r.source ?? '') ?? 0) + 1);
  const possible = props.link
    ? (n * (n - 1)) / 2 - [...sources.values()].reduce((s, x) => s + (x * (x - 1)) / 2, 0)
    : (n * (n - 1)) / 2;
  const recall = birthRecalls.length ? birthRecalls.reduce((s, x) => s + x, 0) / birthRecalls.length : 1;
  const prior = Math.min(0.5, Math.max(1e-12, birthSessionMatches / Math.max(0.05, recall) / possible));
  // Score in SQL: a table of level weights, summed per pair.
  await db.run('create table weights (k integer, g integer, w double)');
  const rows = m.flatMap((row, k) =>
    row.map((mk, l) => `(${k}, ${l}, ${Math.log2(mk / ((u[k] as number[])[l] as number))})`),
  );
  await db.run(`insert into weights values ${rows.join(', ')}`);
  const sum = props.comparisons
    .map((_, k) => `coalesce((select w from weights where k = ${k} and g = s.g${k}), 0)`)
    .join(' + ');
  const weighted = (
    (
      await db.runAndReadAll(`select li, ri, ${Math.log2(prior / (1 - prior))} + ${sum} as w from scored s`)
    ).getRows() as [number, number, number][]
  ).map(([a, b, w]) => [Number(a), Number(b), Number(w)] as [number, number, number]);
  const pairCount = Number(
    ((await db.runAndReadAll('select count(*) from pairs')).getRows()[0] as unknown[])[0],
  );
  db.closeSync();
  instance.closeSync();
  return {
    // Its own threshold: a match weight of 0, even odds.
    predicted: weighted.filter(([, , w]) => w >= 0).map(([a, b]) => [a, b]),
    weighted,
    pairCount,
    prior,
    seconds: (performance.now() - started) / 1000,
  };
}
