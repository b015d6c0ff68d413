// Adds up groups' summaries over an area, each group's counts perturbed on its own: never a count or key served, never 1..4, the same cell the same number everywhere.
import type { FloorLevel, ServedCell, ServedTable } from "./api/summaries.ts";
import { isUnder } from "./areas.ts";
import { RECORD_KEY_SPACE } from "./record-key.ts";
import { PART_SEP } from "./reports/definition.ts";
import type { SummaryTableShape } from "./reports/summary-shape.ts";
import { ALL, type SummaryTable } from "./summary.ts";

/** The dimension that names a Kemendagri village; its cells are counted only inside the area. */
export const VILLAGE_DIMENSION = "village";

export const FLOORS: readonly FloorLevel[] = ["village", "district", "regency"];

/** The dimension a village dimension becomes above the village floor, and how a village code maps to it. */
const FLOOR_DIMENSION: Record<FloorLevel, { id: string; length: number }> = {
  village: { id: "village", length: 13 },
  district: { id: "district", length: 8 },
  regency: { id: "regency", length: 5 },
};

/** Whether a stored summary still has the tables of the form's current report, with their dimensions. */
export function matchesShapes(
  tables: readonly SummaryTable[],
  shapes: readonly SummaryTableShape[],
): boolean {
  const byId = new Map(tables.map((t) => [t.id, t]));
  return shapes.every((s) => {
    const t = byId.get(s.id);
    return t !== undefined && t.dimensions.join() === s.dimensions.map((d) => d.id).join();
  });
}

/** Whether a table is counted by village (and so differs by area and floor). */
export function hasVillage(shape: SummaryTableShape): boolean {
  return shape.dimensions.some((d) => d.id === VILLAGE_DIMENSION);
}

export type Serve = (count: number, ckey: number) => number;

/**
 * A served table's grid: its dimensions as served (a composite's parts joined, kind/item; the
 * village at the floor's level), each with one more slot after its values, TOTAL. A cell is a grid
 * entry without TOTAL; the margin over all but the first dimension has TOTAL in those places; the
 * margin over the first has it first; the grand total everywhere. At the TOTAL of a multi-answer
 * dimension a group's ALL cell counts, so a margin over it counts each record once, never its ticks.
 */
export interface Grid {
  readonly shape: SummaryTableShape;
  readonly floor: FloorLevel;
  readonly dims: readonly {
    id: string;
    values: readonly string[];
    overlapping: boolean;
    from: number[];
  }[];
  /** values + 1 (TOTAL) per dimension. */
  readonly sizes: readonly number[];
  readonly strides: readonly number[];
  readonly length: number;
  /** Position of each value per dimension. */
  readonly index: readonly ReadonlyMap<string, number>[];
  /** The served dimension that holds villages (at the floor's level), or -1. */
  readonly villageAt: number;
}

/** The grid of a table served for these villages at this floor. */
export function gridOf(
  shape: SummaryTableShape,
  villages: readonly string[],
  floor: FloorLevel,
): Grid {
  const level = FLOOR_DIMENSION[floor];
  const dims: Grid["dims"][number][] = [];
  shape.dimensions.forEach((d, i) => {
    const joint = shape.joints.find((j) => j.at.includes(i));
    if (joint) {
      if (joint.at[0] === i)
        dims.push({ id: joint.id, values: joint.values, overlapping: false, from: [...joint.at] });
      return;
    }
    if (d.id === VILLAGE_DIMENSION) {
      const values = [...new Set(villages.map((v) => v.slice(0, level.length)))].sort();
      dims.push({ id: level.id, values, overlapping: false, from: [i] });
    } else dims.push({ id: d.id, values: d.values, overlapping: d.overlapping, from: [i] });
  });
  const sizes = dims.map((d) => d.values.length + 1);
  const strides: number[] = new Array(dims.length).fill(1);
  for (let i = dims.length - 2; i >= 0; i--)
    strides[i] = (strides[i + 1] as number) * (sizes[i + 1] as number);
  return {
    shape,
    floor,
    dims,
    sizes,
    strides,
    length: sizes.reduce((a, b) => a * b, 1),
    index: dims.map((d) => new Map(d.values.map((v, i) => [v, i]))),
    villageAt: dims.findIndex(
      (d) => d.from.length === 1 && shape.dimensions[d.from[0] as number]?.id === VILLAGE_DIMENSION,
    ),
  };
}

/**
 * One group's served parts of a table on a grid: its cells inside the area (villages at the grid's
 * floor) and the margins built from them, each count served through `serve` with the group's own
 * cell key. Returned as [grid index, value, grid index, value, …] for the non-zero values.
 *
 * Why per group, not the sum of all groups' counts and keys: a group knows its own exact counts.
 * Had the served value been the perturbed sum, a group could subtract its own part and pin another
 * group's empty cell whenever the noise sat at its lowest (the attacker test found hundreds).
 * Served per group, what a group can subtract is its own served part, and what remains is every
 * other group's served part — each one cell key perturbation draw, never more precise, however the
 * reader's own uploads change. The price is noise that grows with the groups counted in a cell.
 */
export function groupParts(
  grid: Grid,
  table: SummaryTable,
  prefix: string,
  serve: Serve,
): number[] {
  const n = grid.dims.length;
  const level = FLOOR_DIMENSION[grid.floor].length;
  const villageCol = grid.villageAt >= 0 ? (grid.dims[grid.villageAt]?.from[0] as number) : -1;
  const counts = new Map<number, { count: number; ckey: number }>();
  const pos: number[] = new Array(n).fill(0);
  for (const cell of table.cells) {
    if (villageCol >= 0 && !isUnder(cell.key[villageCol] as string, prefix)) continue;
    let ok = true;
    let allMask = 0;
    for (let i = 0; i < n && ok; i++) {
      const d = grid.dims[i] as Grid["dims"][number];
      let v: string;
      if (d.from.length > 1) v = d.from.map((p) => cell.key[p] as string).join(PART_SEP);
      else v = cell.key[d.from[0] as number] as string;
      if (v === ALL) {
        allMask |= 1 << i;
        pos[i] = (grid.sizes[i] as number) - 1;
        continue;
      }
      if (i === grid.villageAt) v = v.slice(0, level);
      const at = grid.index[i]?.get(v);
      if (at === undefined) ok = false;
      else pos[i] = at;
    }
    if (!ok) continue;
    // Every projection this cell feeds: TOTAL where collapsed; a collapsed multi-answer place takes
    // only ALL cells, any other place only real values.
    for (let collapsed = 0; collapsed < 1 << n; collapsed++) {
      if (!isServed(collapsed, n)) continue;
      let fits = true;
      let index = 0;
      for (let i = 0; i < n; i++) {
        const bit = 1 << i;
        const isAll = (allMask & bit) !== 0;
        if (collapsed & bit) {
          if (isAll !== (grid.dims[i] as Grid["dims"][number]).overlapping) {
            fits = false;
            break;
          }
          index += ((grid.sizes[i] as number) - 1) * (grid.strides[i] as number);
        } else {
          if (isAll) {
            fits = false;
            break;
          }
          index += (pos[i] as number) * (grid.strides[i] as number);
        }
      }
      if (!fits) continue;
      const c = counts.get(index);
      if (c) {
        c.count += cell.count;
        c.ckey = (c.ckey + cell.ckey) % RECORD_KEY_SPACE;
      } else counts.set(index, { count: cell.count, ckey: cell.ckey });
    }
  }
  const out: number[] = [];
  for (const [index, c] of counts) {
    const value = c.count > 0 ? serve(c.count, c.ckey) : 0;
    if (value > 0) out.push(index, value);
  }
  return out;
}

/** The projections served: the cells, the margins over all but the first and over the first, the grand total. */
function isServed(collapsed: number, n: number): boolean {
  const full = (1 << n) - 1;
  return collapsed === 0 || collapsed === (full & ~1) || collapsed === 1 || collapsed === full;
}

/**
 * Adds a group's parts made on its own grid (its own villages) into an area's grid: the same
 * table and floor, so only the village positions differ. Returns false when a village of the group
 * is not in the area's grid (then the caller works from the group's cells instead).
 */
export function addParts(
  into: Int32Array,
  area: Grid,
  parts: ArrayLike<number>,
  own: Grid,
): boolean {
  const v = area.villageAt;
  const map: number[] = [];
  if (v >= 0) {
    const values = own.dims[v]?.values ?? [];
    for (let i = 0; i < values.length; i++) {
      const at = area.index[v]?.get(values[i] as string);
      if (at === undefined) return false;
      map.push(at);
    }
    map.push((area.sizes[v] as number) - 1);
  }
  const stride = v >= 0 ? (own.strides[v] as number) : 1;
  const size = v >= 0 ? (own.sizes[v] as number) : 1;
  for (let i = 0; i < parts.length; i += 2) {
    let index = parts[i] as number;
    if (v >= 0) {
      // Same strides below the village dimension; above it the village size differs.
      const lo = index % stride;
      const mid = Math.floor(index / stride) % size;
      const hi = Math.floor(index / (stride * size));
      index =
        hi * (area.strides[v] as number) * (area.sizes[v] as number) +
        (map[mid] as number) * (area.strides[v] as number) +
        lo;
    }
    into[index] = (into[index] as number) + (parts[i + 1] as number);
  }
  return true;
}

/** Adds parts made on the area's own grid. */
export function addSameGrid(into: Int32Array, parts: ArrayLike<number>): void {
  for (let i = 0; i < parts.length; i += 2) {
    const index = parts[i] as number;
    into[index] = (into[index] as number) + (parts[i + 1] as number);
  }
}

/** The served table from a grid of summed values: non-zero cells and margins, in the report's order. */
export function servedTable(grid: Grid, sums: Int32Array): ServedTable {
  const n = grid.dims.length;
  const cells: ServedCell[] = [];
  const rows: ServedCell[] = [];
  const columns: ServedCell[] = [];
  const pos: number[] = new Array(n).fill(0);
  for (let index = 0; index < grid.length; index++) {
    const value = sums[index] as number;
    if (value === 0) continue;
    let rest = index;
    let totals = 0;
    for (let i = 0; i < n; i++) {
      pos[i] = Math.floor(rest / (grid.strides[i] as number));
      rest -= (pos[i] as number) * (grid.strides[i] as number);
      if (pos[i] === (grid.sizes[i] as number) - 1) totals |= 1 << i;
    }
    const key: string[] = [];
    for (let i = 0; i < n; i++)
      if (!(totals & (1 << i))) key.push(grid.dims[i]?.values[pos[i] as number] as string);
    const full = (1 << n) - 1;
    if (totals === 0) cells.push({ key, value });
    else if (n > 1 && totals === (full & ~1)) rows.push({ key, value });
    else if (n > 1 && totals === 1) columns.push({ key, value });
  }
  // A one-dimension table's rows are its cells.
  const rowCells = n === 1 ? cells.map((c) => ({ key: [...c.key], value: c.value })) : rows;
  return {
    id: grid.shape.id,
    dimensions: grid.dims.map((d) => ({ id: d.id, values: [...d.values] })),
    cells,
    margins: {
      rows: rowCells,
      columns,
      grand: { key: [], value: (sums[grid.length - 1] as number) ?? 0 },
    },
  };
}

export interface RollupOptions {
  /** "all" or a dotted area code: villages outside it are left out. */
  prefix: string;
  /** The villages of the area's groups inside the area: every village row, reported or zero. */
  villages: readonly string[];
  floor: FloorLevel;
  /** The value served for a count and its cell key (the perturbation table, or the count itself in an exact read). */
  serve: Serve;
}

/** Every table of a form over an area, from the groups' summaries (each group served on its own, then added up). */
export function rollupTables(
  shapes: readonly SummaryTableShape[],
  summaries: readonly { tables: readonly SummaryTable[] }[],
  opts: RollupOptions,
): ServedTable[] {
  return shapes.map((shape) => {
    const grid = gridOf(shape, opts.villages, opts.floor);
    const sums = new Int32Array(grid.length);
    for (const summary of summaries) {
      const table = summary.tables.find((t) => t.id === shape.id);
      if (table) addSameGrid(sums, groupParts(grid, table, opts.prefix, opts.serve));
    }
    return servedTable(grid, sums);
  });
}

/**
 * A group's served parts of every table, made once when its summary is stored: on its own
 * villages, for each floor a village table can be served at. A roll-up of any area that holds all
 * the group's villages then only adds these numbers, instead of reading and serving its cells
 * again. Layout: per table and floor [table index, floor index, number of entries, …entries].
 */
export function encodeParts(
  shapes: readonly SummaryTableShape[],
  summary: { tables: readonly SummaryTable[] },
  villages: readonly string[],
  serve: Serve,
): Int32Array {
  const out: number[] = [];
  shapes.forEach((shape, t) => {
    const table = summary.tables.find((x) => x.id === shape.id);
    if (!table) return;
    const floors = hasVillage(shape) ? FLOORS : FLOORS.slice(0, 1);
    floors.forEach((floor, f) => {
      const parts = groupParts(gridOf(shape, villages, floor), table, "all", serve);
      out.push(t, f, parts.length, ...parts);
    });
  });
  return Int32Array.from(out);
}

/** The parts of one table at one floor (table index, floor index → entries). */
export function decodeParts(blob: Int32Array): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  let i = 0;
  while (i + 3 <= blob.length) {
    const t = blob[i] as number;
    const f = blob[i + 1] as number;
    const n = blob[i + 2] as number;
    out.set(`${t}:${f}`, blob.subarray(i + 3, i + 3 + n));
    i += 3 + n;
  }
  return out;
}

/** A stored summary as the roll-up reads it: its parts when they fit, its cells otherwise. */
export interface StoredParts {
  /** Villages the parts were made on (the group's at upload). */
  villages: readonly string[];
  parts: Map<string, Int32Array> | null;
  /** The summary's tables, read only when the parts cannot serve (an area cutting through the group). */
  tables: () => readonly SummaryTable[];
}

/**
 * Every table of a form over an area from stored parts, as grids of summed values: a group whose
 * villages all lie in the area adds its parts; any other (or an exact read, whose `serve` is not
 * the stored one) is served from its cells here.
 */
function storedGrids(
  shapes: readonly SummaryTableShape[],
  stored: readonly StoredParts[],
  opts: RollupOptions & { fromParts: boolean },
): { grid: Grid; sums: Int32Array }[] {
  const floorIndex = FLOORS.indexOf(opts.floor);
  return shapes.map((shape, t) => {
    const village = hasVillage(shape);
    const grid = gridOf(shape, opts.villages, opts.floor);
    const sums = new Int32Array(grid.length);
    for (const s of stored) {
      const inside = !village || s.villages.every((v) => isUnder(v, opts.prefix));
      const parts =
        opts.fromParts && inside ? s.parts?.get(`${t}:${village ? floorIndex : 0}`) : undefined;
      if (parts) {
        if (!village) {
          addSameGrid(sums, parts);
          continue;
        }
        if (addParts(sums, grid, parts, gridOf(shape, s.villages, opts.floor))) continue;
      }
      const table = s.tables().find((x) => x.id === shape.id);
      if (table) addSameGrid(sums, groupParts(grid, table, opts.prefix, opts.serve));
    }
    return { grid, sums };
  });
}

/** Every table of a form over an area from stored parts (see storedGrids). */
export function rollupStored(
  shapes: readonly SummaryTableShape[],
  stored: readonly StoredParts[],
  opts: RollupOptions & { fromParts: boolean },
): ServedTable[] {
  return storedGrids(shapes, stored, opts).map(({ grid, sums }) => servedTable(grid, sums));
}

/** The same tables as JSON text, one string per table (what the worker sends). */
export function rollupStoredJson(
  shapes: readonly SummaryTableShape[],
  stored: readonly StoredParts[],
  opts: RollupOptions & { fromParts: boolean },
): string[] {
  return storedGrids(shapes, stored, opts).map(({ grid, sums }) => servedTableJson(grid, sums));
}

/**
 * servedTable written straight as JSON text: the same answer without making an object per cell,
 * for the worker, where a regency's village table has tens of thousands of cells.
 */
export function servedTableJson(grid: Grid, sums: Int32Array): string {
  const n = grid.dims.length;
  const quoted = grid.dims.map((d) => d.values.map((v) => JSON.stringify(v)));
  const cells: string[] = [];
  const rows: string[] = [];
  const columns: string[] = [];
  const full = (1 << n) - 1;
  for (let index = 0; index < grid.length; index++) {
    const value = sums[index] as number;
    if (value === 0) continue;
    let rest = index;
    let totals = 0;
    let key = "";
    for (let i = 0; i < n; i++) {
      const stride = grid.strides[i] as number;
      const at = Math.floor(rest / stride);
      rest -= at * stride;
      if (at === (grid.sizes[i] as number) - 1) totals |= 1 << i;
      else key = key === "" ? (quoted[i]?.[at] as string) : `${key},${quoted[i]?.[at]}`;
    }
    const cell = `{"key":[${key}],"value":${value}}`;
    if (totals === 0) {
      cells.push(cell);
      if (n === 1) rows.push(cell);
    } else if (n > 1 && totals === (full & ~1)) rows.push(cell);
    else if (n > 1 && totals === 1) columns.push(cell);
  }
  const dimensions = grid.dims.map((d) => ({ id: d.id, values: d.values }));
  return `{"id":${JSON.stringify(grid.shape.id)},"dimensions":${JSON.stringify(dimensions)},"cells":[${cells.join(",")}],"margins":{"rows":[${rows.join(",")}],"columns":[${columns.join(",")}],"grand":{"key":[],"value":${sums[grid.length - 1] ?? 0}}}}`;
}
