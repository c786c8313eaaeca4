import type { Queryable } from '../db/db.ts';

/** A table of the public schema as a backup sees it. */
export interface TableShape {
  readonly name: string;
  /** Columns a restore writes: all but generated ones, which the database computes again. */
  readonly columns: readonly string[];
  /** Primary-key columns in key order, each with whether it sorts by a collation. */
  readonly primaryKey: readonly { readonly name: string; readonly collatable: boolean }[];
}

export interface ForeignKey {
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
  readonly referencedTable: string;
  readonly referencedColumns: readonly string[];
}

export interface Catalog {
  /** In load order: a table after every table it references (cycles broken by name). */
  readonly tables: readonly TableShape[];
  readonly foreignKeys: readonly ForeignKey[];
  readonly sequences: readonly string[];
}

/** Quotes an identifier for SQL. */
export const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** The schema-qualified, quoted name of a table or sequence of the public schema. */
export const qualified = (name: string) => `public.${quote(name)}`;

const attributeNames = (keys: string, relation: string) => `(
  select coalesce(json_agg(a.attname order by k.ord), '[]')
    from unnest(${keys}) with ordinality as k(attnum, ord)
    join pg_attribute a on a.attrelid = ${relation} and a.attnum = k.attnum)`;

/** Reads the tables, foreign keys and sequences of the public schema from the system catalog. */
export async function readCatalog(db: Queryable): Promise<Catalog> {
  const tables = await db.query<TableShape>(
    `select c.relname as name,
       (select coalesce(json_agg(a.attname order by a.attnum), '[]') from pg_attribute a
         where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
       (select coalesce(json_agg(json_build_object('name', a.attname, 'collatable', a.attcollation <> 0)
                 order by k.ord), '[]')
          from pg_index i
          cross join unnest(i.indkey) with ordinality as k(attnum, ord)
          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
         where i.indrelid = c.oid and i.indisprimary) as "primaryKey"
     from pg_class c
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition`,
  );
  const foreignKeys = await db.query<ForeignKey>(
    `select con.conname as name, child.relname as table, parent.relname as "referencedTable",
       ${attributeNames('con.conkey', 'con.conrelid')} as columns,
       ${attributeNames('con.confkey', 'con.confrelid')} as "referencedColumns"
     from pg_constraint con
     join pg_class child on child.oid = con.conrelid
     join pg_class parent on parent.oid = con.confrelid
     where con.contype = 'f' and child.relnamespace = 'public'::regnamespace`,
  );
  const sequences = await db.query<{ name: string }>(
    `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'S'`,
  );
  return {
    tables: loadOrder(tables, foreignKeys),
    foreignKeys,
    sequences: sequences.map((row) => row.name).sort(),
  };
}

/** Orders tables so that each comes after the tables it references; ties and cycles go by name. */
export function loadOrder(tables: readonly TableShape[], foreignKeys: readonly ForeignKey[]): TableShape[] {
  const remaining = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const placed = new Set<string>();
  const ordered: TableShape[] = [];
  const waitsFor = (table: TableShape) =>
    foreignKeys.some(
      (key) =>
        key.table === table.name && key.referencedTable !== table.name && !placed.has(key.referencedTable),
    );
  while (remaining.length > 0) {
    const index = Math.max(
      remaining.findIndex((table) => !waitsFor(table)),
      0,
    );
    const [table] = remaining.splice(index, 1) as [TableShape];
    placed.add(table.name);
    ordered.push(table);
  }
  return ordered;
}

/**
 * The order rows are read in, the same on every database: the primary key, with text compared
 * byte by byte (collation "C"), since PGlite and a server may sort text by different locales.
 * A table without a primary key is sorted by its rows' whole text.
 */
export function rowOrder(table: TableShape, alias: string): string {
  if (table.primaryKey.length === 0) return `to_jsonb(${alias}.*)::text collate "C"`;
  return table.primaryKey
    .map((column) => `${alias}.${quote(column.name)}${column.collatable ? ' collate "C"' : ''}`)
    .join(', ');
}
