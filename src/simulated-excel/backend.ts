// The simulated Excel's answer to office.js: every context.sync() arrives as one RichApi request
// (JSON: actions over object paths); this backend resolves the paths, carries out the actions on
// the workbook model in order, and answers with their results, or with Excel's error at the
// action that failed (the actions before it stay applied, as in Excel). It refuses every member
// office.js's own tables do not list for the class (InvalidArgument) and every member whose
// requirement set the emulated Excel lacks (ApiNotFound); it answers too large a request or
// response with office.js's 5103 / 5104; it returns object ids or not; it fails on request at a
// chosen write with a chosen code; and it counts requests.
import type { SimBook } from "./book";
import { type BehaviourTable, type ClassBehaviour, type Env, type SimEvent } from "./behaviour";
import { ExcelError, invalidArgument, notSimulated } from "./errors";
import { versionAtMost, type ClassMembers, type MemberTables, type Requirement } from "./members";

export interface BackendOptions {
  /** Requirement sets the emulated Excel supports, name -> highest version ({ ExcelApi: "1.9" }). */
  apiSets: Record<string, string>;
  /** Return object ids (`_Id`) for worksheets and tables, so office.js addresses them by id later. */
  returnIds: boolean;
  /** Request and response size limits in bytes (Excel on the web: 5 MB). */
  requestLimit: number;
  responseLimit: number;
}

export interface BackendStats {
  /** Every request, including office.js's clean-up requests. */
  requests: number;
  /** Requests that are a context.sync() of the add-in (all but the clean-up requests). */
  syncs: number;
  /** Clean-up requests (only `_RemoveReference`), one after each Excel.run that kept references. */
  cleanups: number;
  /** office.js's own telemetry requests (answered, never counted as syncs). */
  telemetry: number;
  /** Bytes of each request body, in order. */
  requestBytes: number[];
  payloadRejections: number;
  responseRejections: number;
}

export interface Failure {
  /** The request number (stats.requests after it is counted) that fails. */
  request: number;
  /** Writes (property sets and changing methods) of that request carried out before it fails. */
  afterWrites: number;
  code: string;
}

export interface BackendAnswer {
  /** 0 = answered; 5103 / 5104 = request / response too large (office.js's own codes). */
  status: number;
  body: string;
}

interface RichApiArguments {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

interface RichApiPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: RichApiArguments;
}

interface RichApiAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
  ArgumentInfo?: RichApiArguments;
}

interface RichApiRequest {
  Actions?: RichApiAction[];
  ObjectPaths?: Record<string, RichApiPath>;
}

/** A resolved object: its office.js class and what it refers to in the model. */
interface Obj {
  cls: string;
  p: unknown;
}

/** Methods that read: they never count as a write. */
const READS = new Set(["GetCellProperties", "_KeepReference", "_RemoveReference", "_ValidateArraySize"]);

const ACTION_TYPES: Record<number, string> = { 1: "Instantiate", 2: "Query", 3: "Method", 4: "SetProperty", 5: "Trace", 6: "RecursiveQuery", 7: "QueryAsJson", 8: "EnsureUnchanged", 9: "Update" };

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class RichApiBackend {
  stats: BackendStats = { requests: 0, syncs: 0, cleanups: 0, telemetry: 0, requestBytes: [], payloadRejections: 0, responseRejections: 0 };
  failures: Failure[] = [];
  /** Things that happen in the workbook just before a request is carried out (a user switching sheets). */
  readonly interludes = new Map<number, () => void>();
  private readonly refs = new Map<string, Obj>();
  private nextRef = 1;

  constructor(
    readonly book: SimBook,
    readonly members: MemberTables,
    readonly behaviours: BehaviourTable,
    public options: BackendOptions,
    private readonly onEvent: (e: SimEvent) => void = () => undefined,
  ) {}

  supports(req: Requirement | undefined): boolean {
    if (!req) return true;
    const have = this.options.apiSets[req.set];
    return have !== undefined && versionAtMost(req.version, have);
  }

  /** Answers one request body. */
  handle(body: string): BackendAnswer {
    const request = JSON.parse(body) as RichApiRequest;
    const actions = request.Actions ?? [];
    if (Object.values(request.ObjectPaths ?? {}).some((p) => p.ObjectPathType === 2 && p.Name.startsWith("Microsoft.Telemetry."))) {
      // office.js tests whether the host takes its telemetry: it does, and nothing happens.
      this.stats.telemetry++;
      return { status: 0, body: JSON.stringify({ Results: actions.map((a) => ({ ActionId: a.Id, Value: null })) }) };
    }
    const bytes = utf8Bytes(body);
    this.stats.requests++;
    this.stats.requestBytes.push(bytes);
    const cleanup = actions.some((a) => a.Name === "_RemoveReference") && actions.every((a) => a.ActionType === 1 || a.Name === "_RemoveReference");
    if (cleanup) this.stats.cleanups++;
    else this.stats.syncs++;
    if (bytes > this.options.requestLimit) {
      this.stats.payloadRejections++;
      return { status: 5103, body: "" };
    }
    const interlude = this.interludes.get(this.stats.requests);
    if (interlude) {
      this.interludes.delete(this.stats.requests);
      interlude();
    }
    const run = new RequestRun(this, request.ObjectPaths ?? {});
    const failure = this.failures.find((f) => f.request === this.stats.requests);
    const results: { ActionId: number; Value: unknown }[] = [];
    let error: { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number } | undefined;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      try {
        if (failure && run.isWrite(action) && run.writes >= failure.afterWrites) {
          throw new ExcelError(failure.code, `The simulated Excel failed here on request (request ${failure.request}, after ${failure.afterWrites} write(s)).`, 500);
        }
        const r = run.execute(action);
        if (r !== NO_RESULT) results.push({ ActionId: action.Id, Value: r });
      } catch (e) {
        if (!(e instanceof ExcelError)) throw e;
        error = { Code: e.code, Message: e.message, HttpStatusCode: e.httpStatus, ActionIndex: i };
        break;
      }
    }
    if (run.writes > 0) this.book.recalculate();
    const text = JSON.stringify(error ? { Results: results, Error: error } : { Results: results });
    if (utf8Bytes(text) > this.options.responseLimit) {
      this.stats.responseRejections++;
      return { status: 5104, body: "" };
    }
    return { status: 0, body: text };
  }

  behaviourOf(cls: string): ClassBehaviour {
    return this.behaviours[cls] ?? {};
  }

  classOf(cls: string): ClassMembers {
    const c = this.members.get(cls);
    if (!c) throw notSimulated(`the class ${cls}`);
    return c;
  }

  env(): Env {
    return {
      book: this.book,
      supports: (set, version) => this.supports({ set, version }),
      note: (e) => this.onEvent(e),
    };
  }

  keep(obj: Obj): string {
    const id = `ref-${this.nextRef++}`;
    this.refs.set(id, obj);
    return id;
  }

  ref(id: string): Obj | undefined {
    return this.refs.get(id);
  }

  release(id: string): void {
    this.refs.delete(id);
  }

  /** References office.js keeps right now (each Excel.run releases its own at the end). */
  get liveReferences(): number {
    return this.refs.size;
  }
}

const NO_RESULT = Symbol("no result");

/** One request: its paths resolved once each, in the order its actions need them. */
class RequestRun {
  private readonly resolved = new Map<number, Obj | null>();
  private readonly kept = new Map<number, string>();
  writes = 0;

  constructor(
    private readonly backend: RichApiBackend,
    private readonly paths: Record<string, RichApiPath>,
  ) {}

  isWrite(action: RichApiAction): boolean {
    if (action.ActionType === 4) return true;
    if (action.ActionType === 3) return !READS.has(action.Name);
    if (action.ActionType === 1) {
      const path = this.paths[String(action.ObjectPathId)];
      return !!path && path.ObjectPathType === 3 && !this.resolved.has(path.Id) && /^Add/.test(path.Name);
    }
    return false;
  }

  execute(action: RichApiAction): unknown {
    switch (action.ActionType) {
      case 1:
        return this.instantiate(action);
      case 2:
        return this.query(action);
      case 3:
        return this.method(action);
      case 4:
        this.setProperty(action);
        this.writes++;
        return NO_RESULT;
      case 5:
        return NO_RESULT;
      default:
        throw notSimulated(`the RichApi action ${ACTION_TYPES[action.ActionType] ?? action.ActionType}`);
    }
  }

  private requireSupported(cls: string, member: string, req: Requirement | undefined): void {
    if (!this.backend.supports(req)) {
      throw new ExcelError("ApiNotFound", `The API you are trying to use could not be found (${cls}.${member} needs ${req?.set} ${req?.version}).`, 404);
    }
  }

  private args(info: RichApiArguments | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    (info?.ReferencedObjectPathIds ?? []).forEach((id, i) => {
      if (id) args[i] = this.resolve(id)?.p ?? null;
    });
    return args;
  }

  private live(obj: Obj | null, what: string): Obj {
    if (!obj) throw new ExcelError("InvalidObjectPath", `The object path '${what}' isn't working for what you're trying to do (a null object).`);
    const alive = this.backend.behaviourOf(obj.cls).alive;
    if (alive && !alive(obj.p, this.backend.env())) throw new ExcelError("ItemNotFound", `The requested resource doesn't exist (the ${obj.cls} is gone).`, 404);
    return obj;
  }

  resolve(id: number): Obj | null {
    if (this.resolved.has(id)) return this.resolved.get(id) as Obj | null;
    const path = this.paths[String(id)];
    if (!path) throw new ExcelError("InvalidObjectPath", `No object path ${id} in the request.`);
    const obj = this.resolvePath(path);
    this.resolved.set(id, obj);
    return obj;
  }

  private resolvePath(path: RichApiPath): Obj | null {
    const env = this.backend.env();
    switch (path.ObjectPathType) {
      case 1:
        return { cls: "Workbook", p: {} };
      case 6: {
        const obj = this.backend.ref(path.Name);
        if (!obj) throw new ExcelError("InvalidObjectPath", `The reference ${path.Name} is no longer valid.`);
        return this.live(obj, path.Name);
      }
      case 7:
        return null;
      case 3:
      case 4:
      case 5:
        break;
      default:
        throw notSimulated(`the object path type ${path.ObjectPathType}`);
    }
    const parent = this.resolve(path.ParentObjectPathId ?? -1);
    if (!parent) return null;
    const owner = this.live(parent, path.Name);
    const members = this.backend.classOf(owner.cls);
    const b = this.backend.behaviourOf(owner.cls);
    if (path.ObjectPathType === 4) {
      const nav = members.navs.get(path.Name);
      if (!nav) throw invalidArgument(`${owner.cls} has no property ${path.Name}`);
      this.requireSupported(owner.cls, nav.name, nav.requires);
      const f = b.nav?.[nav.name];
      if (!f) throw notSimulated(`${owner.cls}.${nav.name}`);
      return { cls: nav.type, p: f(owner.p, env) };
    }
    const args = this.args(path.ArgumentInfo);
    if (path.ObjectPathType === 5) {
      // getItem(key), and office.js's own path to an item whose id it knows.
      const type = members.indexer ?? members.itemType;
      if (!type || !b.indexer) throw notSimulated(`${owner.cls}.getItem`);
      return { cls: type, p: b.indexer(owner.p, args[0], env) };
    }
    if (path.Name === "GetItemAt" && !members.methods.has("GetItemAt") && members.itemType && b.items) {
      // office.js's own path to an item of a collection it loaded without ids.
      const item = b.items(owner.p, env)[Number(args[0])];
      if (item === undefined) throw new ExcelError("ItemNotFound", `No item at ${String(args[0])}.`, 404);
      return { cls: members.itemType, p: item };
    }
    const m = members.methods.get(path.Name);
    if (!m || m.kind !== "object" || !m.type) throw invalidArgument(`${owner.cls} has no method ${path.Name} that returns an object`);
    this.requireSupported(owner.cls, m.name, m.requires);
    const f = b.paths?.[m.name];
    if (!f) throw notSimulated(`${owner.cls}.${m.name}`);
    if (m.writes && /^Add/.test(path.Name)) this.writes++;
    const p = f(owner.p, args, env);
    return p === null || p === undefined ? null : { cls: m.type, p };
  }

  private instantiate(action: RichApiAction): unknown {
    const obj = this.resolve(action.ObjectPathId);
    if (!obj) return null;
    const refId = this.kept.get(action.ObjectPathId);
    if (refId) return { _ReferenceId: refId };
    const out: Record<string, unknown> = {};
    const id = this.backend.options.returnIds ? this.backend.behaviourOf(obj.cls).id?.(obj.p) : undefined;
    if (id !== undefined) out._Id = id;
    return out;
  }

  private method(action: RichApiAction): unknown {
    const env = this.backend.env();
    if (action.Name === "_RemoveReference") {
      for (const id of this.args(action.ArgumentInfo)) this.backend.release(String(id));
      return null;
    }
    if (action.Name === "_KeepReference") {
      // Keeping a null object keeps nothing.
      const kept = this.resolve(action.ObjectPathId);
      if (kept && !this.kept.has(action.ObjectPathId)) this.kept.set(action.ObjectPathId, this.backend.keep(this.live(kept, action.Name)));
      return null;
    }
    const obj = this.live(this.resolve(action.ObjectPathId), action.Name);
    const members = this.backend.classOf(obj.cls);
    const m = members.methods.get(action.Name);
    if (!m || m.kind !== "invoke") throw invalidArgument(`${obj.cls} has no method ${action.Name}`);
    this.requireSupported(obj.cls, m.name, m.requires);
    const f = this.backend.behaviourOf(obj.cls).actions?.[m.name];
    if (!f) throw notSimulated(`${obj.cls}.${m.name}`);
    if (!READS.has(action.Name)) this.writes++;
    const value = f(obj.p, this.args(action.ArgumentInfo), env);
    return value === undefined ? null : value;
  }

  private setProperty(action: RichApiAction): void {
    const obj = this.live(this.resolve(action.ObjectPathId), action.Name);
    const members = this.backend.classOf(obj.cls);
    const prop = members.scalars.get(action.Name);
    if (!prop) throw invalidArgument(`${obj.cls} has no property ${action.Name}`);
    if (!prop.settable) throw invalidArgument(`${obj.cls}.${prop.name} cannot be set`);
    this.requireSupported(obj.cls, prop.name, prop.requires);
    const f = this.backend.behaviourOf(obj.cls).set?.[prop.name];
    if (!f) throw notSimulated(`setting ${obj.cls}.${prop.name}`);
    f(obj.p, this.args(action.ArgumentInfo)[0], this.backend.env());
  }

  private query(action: RichApiAction): unknown {
    const obj = this.resolve(action.ObjectPathId);
    if (!obj) return null;
    const live = this.live(obj, action.Name);
    const select = action.QueryInfo?.Select ?? action.QueryInfo?.Expand;
    return this.project(live, select && select.length > 0 ? select : undefined);
  }

  /** The object's selected properties, PascalCase as on the wire; a collection answers { _Items }. */
  private project(obj: Obj, select: string[] | undefined): unknown {
    const env = this.backend.env();
    const members = this.backend.classOf(obj.cls);
    const b = this.backend.behaviourOf(obj.cls);
    if (members.itemType && b.items) {
      const itemType = members.itemType;
      const itemB = this.backend.behaviourOf(itemType);
      return {
        _Items: b.items(obj.p, env).map((item) => {
          const out = this.project({ cls: itemType, p: item }, select) as Record<string, unknown>;
          const id = this.backend.options.returnIds ? itemB.id?.(item) : undefined;
          if (id !== undefined) out._Id = id;
          return out;
        }),
      };
    }
    const out: Record<string, unknown> = {};
    const groups = new Map<string, string[]>();
    if (select) {
      for (const path of select) {
        const [head, ...rest] = path.split("/");
        const list = groups.get(head) ?? [];
        if (rest.length) list.push(rest.join("/"));
        groups.set(head, list);
      }
    } else {
      for (const s of members.scalars.values()) if (b.get?.[s.name] && this.backend.supports(s.requires)) groups.set(s.name, []);
    }
    for (const [head, rest] of groups) {
      const scalar = [...members.scalars.entries()].find(([, s]) => s.name === head);
      if (scalar) {
        const [wire, s] = scalar;
        this.requireSupported(obj.cls, s.name, s.requires);
        const get = b.get?.[s.name];
        if (!get) throw notSimulated(`reading ${obj.cls}.${s.name}`);
        out[wire] = get(obj.p, env);
        continue;
      }
      const nav = [...members.navs.entries()].find(([, n]) => n.name === head);
      if (!nav) throw invalidArgument(`${obj.cls} has no property '${head}'`);
      const [wire, n] = nav;
      this.requireSupported(obj.cls, n.name, n.requires);
      const f = b.nav?.[n.name];
      if (!f) throw notSimulated(`${obj.cls}.${n.name}`);
      out[wire] = this.project({ cls: n.type, p: f(obj.p, env) }, rest.length ? rest : undefined);
    }
    return out;
  }
}
