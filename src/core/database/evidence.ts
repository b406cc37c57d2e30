/**
 * The evidence: each object a pending revision's upgrade() leaves behind, looked up in a catalogue
 * snapshot, and the verdict per revision. Named objects are found by name; unnamed constraints and
 * indexes by their columns (their names come from naming conventions in env.py, which is never
 * run). Anything that cannot be decided is `null`, never a guess.
 */
import { descendants } from '../graph/index.js';
import { typeFromCatalogue, typeMatches } from '../schema/column-types.js';
import type { CellValue, ObjectExpectation, UnknownStep, UpgradeReading } from '../schema/schema-types.js';
import type { Graph, RevisionId } from '../types.js';
import type { Catalogue, CatalogueConstraint, CatalogueIndex as CatalogueIndexEntry, CatalogueRequest, CatalogueRows, CatalogueTable, Cell } from './catalogue.js';
import type { PendingRevision } from './database-state.js';

/** The verdict on one pending revision. */
export type Evidence = 'applied-outside' | 'partial' | 'absent' | 'unknown' | 'data-differs';

/** Why an object's lookup says what it says (rendered by messages.ts). */
export type ObjectNote =
  | { code: 'missing-columns'; columns: string[] }
  | { code: 'type-differs'; found: string; expected: string }
  | { code: 'nullable-differs'; nullable: boolean }
  | { code: 'columns-differ'; found: (string | null)[] }
  | { code: 'not-unique' }
  | { code: 'superseded'; by: RevisionId }
  | { code: 'unnamed-check' }
  | { code: 'no-names'; dialect: string }
  | { code: 'schema-not-read'; schema: string }
  | { code: 'unchecked'; what: string[] }
  | { code: 'no-table'; table: string }
  | { code: 'rows'; expected: number; exact: number; differing: RowDifference[]; missing: number; truncatedAt?: number; unknownColumns: string[] };

/** A row found with other values than the migration inserts. */
export interface RowDifference {
  /** The columns that agree, with their values (how the row was recognised). */
  key: Record<string, Cell>;
  /** The columns that differ. */
  columns: { column: string; expected: Cell; found: Cell }[];
}

/** One object, looked up. */
export interface ObjectEvidence {
  kind: ObjectExpectation['kind'];
  /** `table`, `table.column`, the index or constraint name, or null for an unnamed constraint. */
  name: string | null;
  schema: string;
  table: string;
  columns?: string[];
  expected: 'present' | 'absent';
  /** Whether the object exists; null when it cannot be told. */
  found: boolean | null;
  /** Whether the database is as the upgrade leaves it; null when it cannot be told. */
  matches: boolean | null;
  op: string;
  line: number;
  notes: ObjectNote[];
}

/** One pending revision with its evidence. */
export interface RevisionEvidence {
  revision: RevisionId;
  evidence: Evidence;
  objects: ObjectEvidence[];
  unknownSteps: UnknownStep[];
  /** The upgrade creates, drops and changes nothing (a merge, or `pass`). */
  empty: boolean;
}

/** What to read for `readings`: the schemas they name and the rows their bulk_inserts wrote. */
export function catalogueRequest(readings: Iterable<UpgradeReading>): CatalogueRequest {
  const schemas = new Set<string>();
  const rows = new Map<string, { schema?: string; table: string; columns: Set<string> }>();
  for (const reading of readings) {
    for (const o of reading.objects) {
      if (o.schema !== undefined) schemas.add(o.schema);
      if (o.references?.schema !== undefined) schemas.add(o.references.schema);
      if (o.kind !== 'rows') continue;
      const key = `${o.schema ?? ''}\0${o.table}`;
      const entry = rows.get(key) ?? { ...(o.schema === undefined ? {} : { schema: o.schema }), table: o.table, columns: new Set<string>() };
      for (const row of o.rows ?? []) for (const [column, cell] of Object.entries(row)) if (cell.kind === 'literal') entry.columns.add(column);
      rows.set(key, entry);
    }
  }
  return {
    schemas: [...schemas].sort(),
    rows: [...rows.values()].filter((r) => r.columns.size > 0).map((r) => ({ ...(r.schema === undefined ? {} : { schema: r.schema }), table: r.table, columns: [...r.columns].sort() })),
  };
}

/**
 * Judges each pending revision (in upgrade order) by its reading. An object a later pending
 * revision changes again (drops, renames, alters) is not held against an earlier one when it is
 * not as that one left it: either may have run.
 */
export function judgeRevisions(graph: Graph, pending: readonly PendingRevision[], readings: ReadonlyMap<RevisionId, UpgradeReading>, catalogue: Catalogue): RevisionEvidence[] {
  const index = new CatalogueIndex(catalogue);
  const pendingIds = new Set(pending.map((p) => p.revision));
  const touches = new Map<string, RevisionId[]>();
  for (const p of pending) {
    for (const o of readings.get(p.revision)?.objects ?? []) {
      for (const key of [ownKey(o, index)]) {
        const list = touches.get(key) ?? [];
        if (list[list.length - 1] !== p.revision) list.push(p.revision);
        touches.set(key, list);
      }
    }
  }
  return pending.map((p) => {
    const reading = readings.get(p.revision) ?? { objects: [], unknown: [{ line: 1, reason: 'unreadable' as const, text: p.file }] };
    let later: Set<RevisionId> | undefined;
    const laterRevisions = () => (later ??= new Set([...descendants(graph, [p.revision], { dependsOn: true })].filter((id) => pendingIds.has(id))));
    const objects = reading.objects.map((o) => {
      const evidence = judgeObject(o, index);
      if (evidence.matches === false) {
        const keys = [ownKey(o, index), tableKey(o, index)];
        const by = keys.flatMap((k) => touches.get(k) ?? []).find((id) => id !== p.revision && laterRevisions().has(id));
        if (by !== undefined) return { ...evidence, matches: null, notes: [...evidence.notes, { code: 'superseded' as const, by }] };
      }
      return evidence;
    });
    return { revision: p.revision, evidence: verdict(objects, reading.unknown), objects, unknownSteps: reading.unknown, empty: reading.objects.length === 0 && reading.unknown.length === 0 };
  });
}

/** The revision's verdict from its objects and unreadable steps. */
function verdict(objects: readonly ObjectEvidence[], unknown: readonly UnknownStep[]): Evidence {
  const missing = objects.filter((o) => o.matches === false).length;
  const present = objects.filter((o) => o.matches === true).length;
  if (missing > 0) return present > 0 ? 'partial' : 'absent';
  if (unknown.length > 0 || objects.some((o) => o.matches === null)) return 'unknown';
  if (objects.some((o) => o.notes.some((n) => n.code === 'rows' && n.differing.length > 0))) return 'data-differs';
  return 'applied-outside';
}

/**
 * The key of the thing an expectation is about: a later revision with the same key changes it
 * again; a later revision that drops, renames or recreates the table changes everything on it.
 */
function ownKey(o: ObjectExpectation, index: CatalogueIndex): string {
  const schema = index.schemaFor(o.schema, o.table);
  const table = `${schema}\0${index.fold(o.table)}`;
  if (o.kind === 'table') return `table\0${table}`;
  if (o.kind === 'column') return `column\0${table}\0${index.fold(o.name ?? '')}`;
  if (o.kind === 'rows') return `rows\0${table}`;
  if (o.name !== undefined) return `named\0${schema}\0${index.fold(o.name)}`;
  return `${o.kind}\0${table}\0${(o.columns ?? []).map((c) => index.fold(c)).join(',')}`;
}

function tableKey(o: ObjectExpectation, index: CatalogueIndex): string {
  return `table\0${index.schemaFor(o.schema, o.table)}\0${index.fold(o.table)}`;
}

/** Looks up catalogue objects by (folded) names. */
class CatalogueIndex {
  readonly dialect: Catalogue['dialect'];
  private readonly tables = new Map<string, CatalogueTable>();
  private readonly schemas: Set<string>;

  private readonly indexesBySchema = new Map<string, CatalogueIndexEntry[]>();
  private readonly indexesByTable = new Map<string, CatalogueIndexEntry[]>();
  private readonly constraintsByTable = new Map<string, CatalogueConstraint[]>();

  constructor(readonly catalogue: Catalogue) {
    this.dialect = catalogue.dialect;
    this.schemas = new Set(catalogue.schemas.map((s) => this.fold(s)));
    for (const t of catalogue.tables) this.tables.set(this.key(t.schema, t.name), t);
    // Grouped once, so each lookup costs the size of one table's list, not the catalogue's.
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const i of catalogue.indexes) {
      push(this.indexesBySchema, this.fold(i.schema), i);
      push(this.indexesByTable, this.key(i.schema, i.table), i);
    }
    for (const c of catalogue.constraints) push(this.constraintsByTable, this.key(c.schema, c.table), c);
  }

  /** Indexes of a table, or of a whole schema when the table is not named (drop_index without table_name). */
  indexes(schema: string, table: string): readonly CatalogueIndexEntry[] {
    return (table === '' ? this.indexesBySchema.get(this.fold(schema)) : this.indexesByTable.get(this.key(schema, table))) ?? [];
  }

  constraints(schema: string, table: string): readonly CatalogueConstraint[] {
    return this.constraintsByTable.get(this.key(schema, table)) ?? [];
  }

  /** SQLite matches identifiers without regard to case; PostgreSQL keeps what Alembic quoted. */
  fold(name: string): string {
    return this.dialect === 'sqlite' ? name.toLowerCase() : name;
  }

  key(schema: string, table: string): string {
    return `${this.fold(schema)}\0${this.fold(table)}`;
  }

  /** The schema an unqualified name resolves to: the first on the search path that has the table. */
  schemaFor(schema: string | undefined, table: string): string {
    if (schema !== undefined) return schema;
    const path = this.catalogue.searchPath;
    return path.find((s) => this.tables.has(this.key(s, table))) ?? path[0] ?? '';
  }

  isRead(schema: string): boolean {
    return this.schemas.has(this.fold(schema));
  }

  table(schema: string, table: string): CatalogueTable | undefined {
    return this.tables.get(this.key(schema, table));
  }

  same(a: string, b: string): boolean {
    return this.fold(a) === this.fold(b);
  }

  sameList(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
    return a.length === b.length && a.every((x, i) => x !== null && b[i] !== null && this.same(x, b[i]!));
  }

  sameSet(a: readonly string[], b: readonly (string | null)[]): boolean {
    if (a.length !== b.length || b.some((x) => x === null)) return false;
    const folded = new Set(b.map((x) => this.fold(x!)));
    return a.every((x) => folded.has(this.fold(x)));
  }

  rows(schema: string, table: string): CatalogueRows | undefined {
    return this.catalogue.rows.find((r) => this.same(r.schema, schema) && this.same(r.table, table));
  }
}

function displayName(o: ObjectExpectation): string | null {
  if (o.kind === 'table' || o.kind === 'rows') return o.table;
  if (o.kind === 'column') return `${o.table}.${o.name ?? ''}`;
  return o.name ?? null;
}

/** Looks one expectation up. */
function judgeObject(o: ObjectExpectation, index: CatalogueIndex): ObjectEvidence {
  const schema = index.schemaFor(o.schema, o.table);
  const base = {
    kind: o.kind, name: displayName(o), schema, table: o.table, ...(o.columns && o.kind !== 'table' ? { columns: o.columns } : {}),
    expected: o.expected, op: o.op, line: o.line,
  };
  const result = (found: boolean | null, notes: ObjectNote[] = [], differs = false): ObjectEvidence => ({
    ...base, found,
    matches: found === null ? null : o.expected === 'present' ? found && !differs : !found,
    notes,
  });
  if (!index.isRead(schema)) return result(null, [{ code: 'schema-not-read', schema }]);
  const table = index.table(schema, o.table);
  const { catalogue } = index;

  switch (o.kind) {
    case 'table': {
      if (!table) return result(false);
      if (o.expected === 'absent') return result(true);
      const missing = (o.columns ?? []).filter((c) => !table.columns.some((tc) => index.same(tc.name, c)));
      return missing.length > 0 ? result(true, [{ code: 'missing-columns', columns: missing }], true) : result(true);
    }
    case 'column': {
      const column = table?.columns.find((c) => index.same(c.name, o.name ?? ''));
      if (!column) return result(false, table ? [] : [{ code: 'no-table', table: o.table }]);
      if (o.expected === 'absent') return result(true);
      const notes: ObjectNote[] = [];
      let differs = false;
      if (o.type) {
        const found = typeFromCatalogue(column.type);
        if (!found) notes.push({ code: 'unchecked', what: [`type_=${o.type.text}`] });
        else if (!typeMatches(o.type, found, catalogue.dialect)) {
          differs = true;
          notes.push({ code: 'type-differs', found: column.type, expected: o.type.text });
        }
      }
      if (o.nullable !== undefined && o.nullable !== column.nullable) {
        differs = true;
        notes.push({ code: 'nullable-differs', nullable: column.nullable });
      }
      if (o.unchecked) notes.push({ code: 'unchecked', what: o.unchecked });
      return result(true, notes, differs);
    }
    case 'index': {
      const candidates = index.indexes(schema, o.table);
      const hit = o.name !== undefined
        ? candidates.find((i) => index.same(i.name, o.name!))
        : o.columns !== undefined ? candidates.find((i) => index.sameList(o.columns!, i.columns)) : undefined;
      if (o.name === undefined && o.columns === undefined) return result(null);
      if (!hit) return result(false);
      if (o.expected === 'absent') return result(true);
      const notes: ObjectNote[] = [];
      let differs = false;
      if (o.columns !== undefined && !index.sameList(o.columns, hit.columns)) {
        differs = true;
        notes.push({ code: 'columns-differ', found: hit.columns });
      }
      if (o.unique && !hit.unique) {
        differs = true;
        notes.push({ code: 'not-unique' });
      }
      return result(true, notes, differs);
    }
    case 'unique':
    case 'primary-key':
    case 'foreign-key': {
      const type = o.kind;
      const constraints = index.constraints(schema, o.table).filter((c) => c.type === type);
      const byColumns = (c: { columns: readonly string[]; references?: { table: string; columns: string[] } }) =>
        index.sameSet(o.columns ?? [], c.columns) &&
        (type !== 'foreign-key' || (c.references !== undefined && index.same(c.references.table, o.references!.table) && index.sameSet(o.references!.columns, c.references.columns)));
      const notes: ObjectNote[] = [];
      let hit: boolean;
      if (o.name !== undefined && catalogue.dialect === 'postgresql' && type !== 'primary-key') {
        hit = constraints.some((c) => c.name !== null && index.same(c.name, o.name!)) ||
          (type === 'unique' && index.indexes(schema, o.table).some((i) => i.unique && index.same(i.name, o.name!)));
      } else {
        if (o.name !== undefined && catalogue.dialect === 'sqlite') notes.push({ code: 'no-names', dialect: 'sqlite' });
        hit = constraints.some(byColumns) || (type === 'unique' && index.indexes(schema, o.table).some((i) => i.unique && index.sameSet(o.columns ?? [], i.columns)));
      }
      if (!table) return result(false, [{ code: 'no-table', table: o.table }]);
      return result(hit, notes);
    }
    case 'check': {
      if (o.name === undefined) return result(null, [{ code: 'unnamed-check' }]);
      if (!table) return result(false, [{ code: 'no-table', table: o.table }]);
      return result(index.constraints(schema, o.table).some((c) => c.type === 'check' && c.name !== null && index.same(c.name, o.name!)));
    }
    case 'constraint': {
      if (catalogue.dialect === 'sqlite') return result(null, [{ code: 'no-names', dialect: 'sqlite' }]);
      const found = index.constraints(schema, o.table).some((c) => c.name !== null && index.same(c.name, o.name ?? '')) ||
        index.indexes(schema, o.table).some((i) => index.same(i.name, o.name ?? ''));
      return result(found);
    }
    case 'rows':
      return judgeRows(o, table, index.rows(schema, o.table), index, result);
  }
}

/** Compares a bulk_insert's literal rows with the table's rows. */
function judgeRows(
  o: ObjectExpectation,
  table: CatalogueTable | undefined,
  read: CatalogueRows | undefined,
  index: CatalogueIndex,
  result: (found: boolean | null, notes?: ObjectNote[], differs?: boolean) => ObjectEvidence,
): ObjectEvidence {
  const expected = o.rows ?? [];
  if (!table) return result(false, [{ code: 'no-table', table: o.table }]);
  const unknownColumns = [...new Set(expected.flatMap((row) => Object.entries(row).filter(([, c]) => c.kind === 'unknown').map(([k]) => k)))].sort();
  const literal = (row: Record<string, CellValue>) => Object.entries(row).filter((e): e is [string, { kind: 'literal'; value: Cell }] => e[1].kind === 'literal');
  const missingColumns = [...new Set(expected.flatMap((row) => literal(row).map(([k]) => k)))].filter((c) => !table.columns.some((tc) => index.same(tc.name, c)));
  if (missingColumns.length > 0) return result(true, [{ code: 'missing-columns', columns: missingColumns }], true);
  if (!read) return result(null, [{ code: 'unchecked', what: unknownColumns }]);
  const position = new Map(read.columns.map((c, i) => [index.fold(c), i]));
  const used = new Set<number>();
  let exact = 0;
  let missing = 0;
  const differing: RowDifference[] = [];
  for (const row of expected) {
    const cells = literal(row);
    if (cells.length === 0) continue;
    let best = -1;
    let bestAgree = -1;
    for (let r = 0; r < read.rows.length; r++) {
      if (used.has(r)) continue;
      let agree = 0;
      for (const [column, cell] of cells) if (sameCell(cell.value, read.rows[r]![position.get(index.fold(column))!] ?? null)) agree++;
      if (agree > bestAgree) {
        best = r;
        bestAgree = agree;
        if (agree === cells.length) break;
      }
    }
    if (best >= 0 && bestAgree === cells.length) {
      used.add(best);
      exact++;
    } else if (best >= 0 && cells.length >= 2 && bestAgree * 2 >= cells.length) {
      // Most columns agree: the row is there, with other values in the rest.
      used.add(best);
      const found = read.rows[best]!;
      const key: Record<string, Cell> = {};
      const columns: RowDifference['columns'] = [];
      for (const [column, cell] of cells) {
        const value = found[position.get(index.fold(column))!] ?? null;
        if (sameCell(cell.value, value)) key[column] = value;
        else columns.push({ column, expected: cell.value, found: value });
      }
      differing.push({ key, columns });
    } else missing++;
  }
  const note: ObjectNote = {
    code: 'rows', expected: expected.length, exact, differing, missing, unknownColumns,
    ...(read.truncated ? { truncatedAt: read.rows.length } : {}),
  };
  // A truncated read cannot prove a row absent.
  if (missing > 0 && read.truncated) return result(null, [note]);
  return result(exact + differing.length > 0 || expected.length === 0 ? true : false, [note], missing > 0);
}

/** Equality of a Python literal and a database cell: numbers by value (numeric text too), SQLite's 0/1 for booleans. */
export function sameCell(expected: Cell, found: Cell): boolean {
  if (expected === null || found === null) return expected === found;
  if (typeof expected === 'boolean') {
    if (typeof found === 'boolean') return expected === found;
    if (typeof found === 'number') return found === (expected ? 1 : 0);
    return found === (expected ? 'true' : 'false') || found === (expected ? 't' : 'f') || found === (expected ? '1' : '0');
  }
  if (typeof expected === 'number') {
    const n = typeof found === 'number' ? found : typeof found === 'string' && found.trim() !== '' ? Number(found) : NaN;
    return n === expected;
  }
  return typeof found === 'string' ? found === expected : String(found) === expected;
}

/**
 * Revisions whose objects are all there and whose pending ancestors are too: what a stamp may
 * record. `judged` is in upgrade order, so parents are decided before their children.
 */
export function stampable(graph: Graph, judged: readonly RevisionEvidence[]): Set<RevisionId> {
  const pending = new Set(judged.map((j) => j.revision));
  const out = new Set<RevisionId>();
  for (const j of judged) {
    if (j.evidence !== 'applied-outside' && j.evidence !== 'data-differs') continue;
    const node = graph.nodes.get(j.revision);
    const below = node ? [...node.parents, ...node.dependsOn] : [];
    if (below.every((a) => !pending.has(a) || out.has(a))) out.add(j.revision);
  }
  return out;
}
