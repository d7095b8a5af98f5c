// Excel tables, their columns and filters, and the sheet's AutoFilter.
import { behaviour, type BehaviourTable } from "./behaviour";
import type { RangeP } from "./behaviour-range";
import { ExcelError, invalidArgument, itemNotFound, notSimulated } from "./errors";
import { criteriaIn, criteriaOut, newFilter, type SimFilter } from "./filters";
import { parseAddress, type Rect } from "./geometry";
import type { SimSheet, SimTable } from "./sheet";
import { eachInput } from "./behaviour-range";

/** A table collection: a sheet's tables, or a list (the workbook's, or those of a range). */
export interface TablesP {
  sheet?: SimSheet;
  list?: () => TableP[];
}

export interface TableP {
  sheet: SimSheet;
  table: SimTable;
}

export interface ColumnP extends TableP {
  name: string;
}

/** An AutoFilter: the sheet's, or a table's. */
export interface FilterP {
  sheet: SimSheet;
  table?: SimTable;
}

function tablesOf(t: TablesP): TableP[] {
  if (t.list) return t.list();
  const sheet = t.sheet as SimSheet;
  return sheet.tables.map((table) => ({ sheet, table }));
}

function findTable(t: TablesP, key: unknown): TableP | undefined {
  const k = String(key).toLowerCase();
  return tablesOf(t).find((x) => x.table.id === String(key) || x.table.name.toLowerCase() === k);
}

function totalsRowOf(t: SimTable): number | undefined {
  return t.showTotals ? t.rect.bottom : undefined;
}

function indexOfColumn(c: ColumnP): number {
  const i = c.table.columnNames.findIndex((n) => n.toLowerCase() === c.name.toLowerCase());
  if (i < 0) throw itemNotFound(`table column ${c.name}`);
  return i;
}

function columnOf(t: TableP, k: unknown): ColumnP | null {
  const name = typeof k === "number" ? t.table.columnNames[k] : t.table.columnNames.find((n) => n.toLowerCase() === String(k).toLowerCase());
  return name === undefined ? null : { ...t, name };
}

function filterOf(f: FilterP): SimFilter | undefined {
  return f.table ? f.table.filter : f.sheet.autoFilter;
}

function clearFilter(f: SimFilter): void {
  f.criteria = f.criteria.map(() => undefined);
  f.hidden = new Set();
}

const tableAlive = (p: TableP): boolean => p.sheet.tables.includes(p.table);

const tableCollection = behaviour<TablesP>({
  get: { count: (p) => tablesOf(p).length },
  items: (p) => tablesOf(p),
  indexer: (p, key) => {
    const found = findTable(p, key);
    if (!found) throw itemNotFound(`table ${String(key)}`);
    return found;
  },
  paths: {
    getItemOrNullObject: (p, [key]) => findTable(p, key) ?? null,
    getItemAt: (p, [i]) => {
      const found = tablesOf(p)[Number(i)];
      if (!found) throw itemNotFound(`table at ${String(i)}`);
      return found;
    },
  },
});

const table = behaviour<TableP>({
  alive: (p) => tableAlive(p),
  id: (p) => p.table.id,
  get: {
    id: (p) => p.table.id,
    name: (p) => p.table.name,
    showTotals: (p) => p.table.showTotals,
    showHeaders: () => true,
  },
  nav: {
    autoFilter: (p): FilterP => ({ sheet: p.sheet, table: p.table }),
    columns: (p) => p,
  },
  paths: {
    getRange: (p): RangeP => ({ sheet: p.sheet, rect: { ...p.table.rect } }),
    getHeaderRowRange: (p): RangeP => ({ sheet: p.sheet, rect: { ...p.table.rect, bottom: p.table.rect.top } }),
    getDataBodyRange: (p): RangeP => ({ sheet: p.sheet, rect: { ...p.table.rect, top: p.table.rect.top + 1, bottom: p.table.rect.bottom - (p.table.showTotals ? 1 : 0) } }),
    getTotalRowRange: (p): RangeP => {
      if (!p.table.showTotals) throw new ExcelError("InvalidOperation", "The table has no totals row.");
      return { sheet: p.sheet, rect: { ...p.table.rect, top: p.table.rect.bottom } };
    },
  },
  actions: {
    clearFilters: (p, _a, env) => {
      clearFilter(p.table.filter);
      env.note({ kind: "filter-cleared", sheet: p.sheet.name, table: p.table.name });
    },
  },
});

const columns = behaviour<TableP>({
  alive: (p) => tableAlive(p),
  get: { count: (p) => p.table.columnNames.length },
  items: (p) => p.table.columnNames.map((name): ColumnP => ({ ...p, name })),
  indexer: (p, key) => {
    const c = columnOf(p, key);
    if (!c) throw itemNotFound(`table column ${String(key)}`);
    return c;
  },
  paths: {
    add: (p, [index, values, name], env): ColumnP => {
      if (index !== undefined && index !== null && index !== -1) throw notSimulated("adding a table column anywhere but at the end");
      if (name !== undefined && name !== null && !env.supports("ExcelApi", "1.4")) throw new ExcelError("ApiNotFound", "TableColumnCollection.add with a name needs ExcelApi 1.4.", 404);
      const added = p.sheet.addTableColumn(p.table, name === undefined || name === null ? undefined : String(name));
      if (values !== undefined && values !== null) {
        eachInput({ sheet: p.sheet, rect: { ...p.table.rect, left: p.table.rect.right } }, values, (r, c, x) => p.sheet.type(r, c, x));
        p.table.columnNames[p.table.columnNames.length - 1] = p.sheet.displayText(p.table.rect.top, p.table.rect.right);
        return { ...p, name: p.table.columnNames[p.table.columnNames.length - 1] };
      }
      return { ...p, name: added };
    },
    getItemOrNullObject: (p, [key]) => columnOf(p, key),
    getItemAt: (p, [i]) => {
      const c = columnOf(p, Number(i));
      if (!c) throw itemNotFound(`table column at ${String(i)}`);
      return c;
    },
  },
});

const column = behaviour<ColumnP>({
  alive: (p) => tableAlive(p) && p.table.columnNames.some((n) => n.toLowerCase() === p.name.toLowerCase()),
  get: {
    name: (p) => p.name,
    index: (p) => indexOfColumn(p),
  },
  nav: { filter: (p) => p },
  paths: {
    getRange: (p): RangeP => {
      const col = p.table.rect.left + indexOfColumn(p);
      return { sheet: p.sheet, rect: { ...p.table.rect, left: col, right: col } };
    },
  },
  actions: {
    delete: (p) => p.sheet.deleteTableColumn(p.table, indexOfColumn(p)),
  },
});

const filter = behaviour<ColumnP>({
  get: { criteria: (p) => criteriaOut(p.table.filter.criteria[indexOfColumn(p)]) },
  actions: {
    apply: (p, [criteria]) => {
      p.table.filter.criteria[indexOfColumn(p)] = criteriaIn(criteria);
      p.sheet.refilter(p.table.filter, totalsRowOf(p.table));
    },
    clear: (p) => {
      p.table.filter.criteria[indexOfColumn(p)] = undefined;
      p.sheet.refilter(p.table.filter, totalsRowOf(p.table));
    },
  },
});

function rectOfRangeArg(p: FilterP, range: unknown): Rect {
  if (typeof range === "string") return parseAddress(range);
  const r = range as RangeP | undefined;
  if (!r || !r.rect || r.sheet !== p.sheet) throw invalidArgument("AutoFilter.apply: the range must be on the filter's sheet");
  return r.rect;
}

const autoFilter = behaviour<FilterP>({
  get: {
    enabled: (p) => (p.table ? true : !!p.sheet.autoFilter),
    isDataFiltered: (p) => !!filterOf(p)?.criteria.some((c) => c !== undefined),
    criteria: (p) => (filterOf(p)?.criteria ?? []).map(criteriaOut),
  },
  paths: {
    getRangeOrNullObject: (p): RangeP | null => {
      const f = filterOf(p);
      return f ? { sheet: p.sheet, rect: { ...f.rect } } : null;
    },
  },
  actions: {
    apply: (p, [range, columnIndex, criteria]) => {
      if (p.table) throw notSimulated("AutoFilter.apply on a table (the host filters table columns through TableColumn.filter)");
      const rect = rectOfRangeArg(p, range);
      const same = p.sheet.autoFilter && JSON.stringify(p.sheet.autoFilter.rect) === JSON.stringify(rect);
      if (!same) p.sheet.autoFilter = newFilter(rect);
      const af = p.sheet.autoFilter as SimFilter;
      if (columnIndex !== undefined && columnIndex !== null) {
        const i = Number(columnIndex);
        if (!Number.isInteger(i) || i < 0 || i >= af.criteria.length) throw invalidArgument(`column index ${i}`);
        if (criteria !== undefined && criteria !== null) af.criteria[i] = criteriaIn(criteria);
      }
      p.sheet.refilter(af);
    },
    clearCriteria: (p, _a, env) => {
      const f = filterOf(p);
      if (f) clearFilter(f);
      env.note({ kind: "filter-cleared", sheet: p.sheet.name, table: p.table?.name });
    },
    reapply: (p) => {
      const f = filterOf(p);
      if (f) p.sheet.refilter(f, p.table ? totalsRowOf(p.table) : undefined);
    },
    remove: (p) => {
      if (p.table) throw new ExcelError("InvalidOperation", "A table's AutoFilter cannot be removed.");
      p.sheet.autoFilter = undefined;
    },
  },
});

export const TABLE_BEHAVIOUR: BehaviourTable = {
  TableCollection: tableCollection,
  TableScopedCollection: tableCollection,
  Table: table,
  TableColumnCollection: columns,
  TableColumn: column,
  Filter: filter,
  AutoFilter: autoFilter,
};
