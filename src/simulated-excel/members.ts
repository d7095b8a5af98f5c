// office.js's own member tables, read from the loaded library (the classes of its `Excel`
// namespace): for each class, its scalar properties (wire name, whether settable), its navigation
// properties, its methods (the object each returns, or that it is invoked for a value), its
// indexer, the class of its items, and the requirement set each member needs. The simulated
// Excel refuses whatever is not listed here, so no list of names is written by hand. Works on the
// debug and the minified build alike (it reads the structure of the code, not its local names).

export interface ScalarMember {
  /** The name in JavaScript ("values"); the table is keyed by the name on the wire ("Values"). */
  name: string;
  settable: boolean;
  /** Requirement set and version ("ExcelApi 1.9"); absent = the class's own. */
  requires?: Requirement;
}

export interface NavMember {
  name: string;
  type: string;
  requires?: Requirement;
}

export interface MethodMember {
  name: string;
  /** "object": returns a proxy object (a path); "invoke": an action whose result is a value. */
  kind: "object" | "invoke";
  /** For "object": the class of the object returned. */
  type?: string;
  /** Whether Excel changes something when it runs (office.js's operation type: 1 = read). */
  writes: boolean;
  requires?: Requirement;
}

export interface Requirement {
  set: string;
  version: string;
}

export interface ClassMembers {
  name: string;
  scalars: Map<string, ScalarMember>;
  navs: Map<string, NavMember>;
  methods: Map<string, MethodMember>;
  /** getItem(key) as an indexer path: the class it returns. */
  indexer?: string;
  /** For a collection: the class of its items. */
  itemType?: string;
}

export type MemberTables = Map<string, ClassMembers>;

const BOOL = "(!0|!1|true|false)";
/** "Range.getTables", set, "1.9" in a _throwIfApiNotSupported call. */
const REQUIRES = /"(\w+)\.(\w+)"\s*,\s*([\w$]+|"(\w+)")\s*,\s*"(\d+\.\d+)"/;
/** createMethodObject(Excel.Range, this, "GetRange", operationType, [args], isCollection, …). */
const OBJECT_METHOD = new RegExp(`\\(\\s*[\\w$.]+\\.(\\w+)\\s*,\\s*this\\s*,\\s*"(\\w+)"\\s*,\\s*(\\d+)\\s*,\\s*\\[[^\\]]*\\]\\s*,\\s*${BOOL}`);
/** createPropertyObject(Excel.RangeFormat, this, "Format", isCollection, flags). */
const NAV = new RegExp(`\\(\\s*[\\w$.]+\\.(\\w+)\\s*,\\s*this\\s*,\\s*"(\\w+)"\\s*,\\s*${BOOL}`);
/** invokeMethod(this, "Clear", operationType, …). */
const INVOKE = /\(\s*this\s*,\s*"(\w+)"\s*,\s*(\d+)\s*,/;
/** createIndexerObject(Excel.Table, this, [key]). */
const INDEXER = /\(\s*[\w$.]+\.(\w+)\s*,\s*this\s*,\s*\[/;
/** createChildItemObject(Excel.Table, hasIndexer, this, …) in a collection's _handleResult. */
const CHILD_ITEM = new RegExp(`\\(\\s*[\\w$.]+\\.(\\w+)\\s*,\\s*${BOOL}\\s*,\\s*this\\s*,`);

function requirementIn(source: string): Requirement | undefined {
  const m = REQUIRES.exec(source);
  if (!m) return undefined;
  return { set: m[4] ?? "ExcelApi", version: m[5] };
}

function ownGetter(proto: object, key: string): (() => unknown) | undefined {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  return d?.get;
}

function listOf(proto: object, key: string): unknown[] {
  const get = ownGetter(proto, key);
  const v = get ? get.call(proto) : undefined;
  return Array.isArray(v) ? v : [];
}

function readClass(proto: object, name: string): ClassMembers {
  const out: ClassMembers = { name, scalars: new Map(), navs: new Map(), methods: new Map() };
  const names = listOf(proto, "_scalarPropertyNames").map(String);
  const wire = listOf(proto, "_scalarPropertyOriginalNames").map(String);
  const settable = listOf(proto, "_scalarPropertyUpdateable");
  names.forEach((n, i) => {
    const get = ownGetter(proto, n);
    out.scalars.set(wire[i] ?? n, { name: n, settable: settable[i] === true, requires: get ? requirementIn(String(get)) : undefined });
  });
  for (const n of listOf(proto, "_navigationPropertyNames").map(String)) {
    const source = String(ownGetter(proto, n) ?? "");
    const m = NAV.exec(source);
    if (m) out.navs.set(m[2], { name: n, type: m[1], requires: requirementIn(source) });
  }
  for (const key of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    if (!d || typeof d.value !== "function") continue;
    const source = String(d.value);
    let m: RegExpExecArray | null;
    if (key === "_handleResult") {
      const item = CHILD_ITEM.exec(source);
      if (item) out.itemType = item[1];
    } else if ((m = OBJECT_METHOD.exec(source))) {
      out.methods.set(m[2], { name: key, kind: "object", type: m[1], writes: m[3] !== "1", requires: requirementIn(source) });
    } else if ((m = INVOKE.exec(source))) {
      out.methods.set(m[1], { name: key, kind: "invoke", writes: m[2] !== "1", requires: requirementIn(source) });
    } else if ((m = INDEXER.exec(source))) {
      out.indexer = m[1];
    }
  }
  return out;
}

/** The member tables of every class of office.js's loaded `Excel` namespace. */
export function readMemberTables(excel: Record<string, unknown>): MemberTables {
  const tables: MemberTables = new Map();
  for (const value of Object.values(excel)) {
    if (typeof value !== "function") continue;
    const proto = (value as { prototype?: object }).prototype;
    if (!proto) continue;
    const className = ownGetter(proto, "_className");
    if (!className) continue;
    const name = String(className.call(proto));
    tables.set(name, readClass(proto, name));
  }
  if (!tables.has("Range") || !tables.get("Range")?.scalars.has("Values")) {
    throw new Error("simulated Excel: office.js's member tables were not found (is this office.js's Excel namespace?)");
  }
  return tables;
}

/** "1.10" > "1.9": requirement versions compared as numbers per part. */
export function versionAtMost(want: string, have: string): boolean {
  const a = want.split(".").map(Number);
  const b = have.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}
