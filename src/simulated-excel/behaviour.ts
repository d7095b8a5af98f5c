// What the simulated Excel does for each member of each class: the semantics behind the names
// office.js lists (members.ts). Keyed by office.js's class name and the member's JavaScript
// name. A member office.js lists but no behaviour here models is answered with NotImplemented,
// never ignored. The objects ("payloads") are plain references into the workbook model.
import type { SimBook } from "./book";

/** What a behaviour may use besides its object. */
export interface Env {
  book: SimBook;
  /** Whether the emulated Excel supports a requirement set (for arguments newer than their method). */
  supports(set: string, version: string): boolean;
  /** Records something a test or the preview page wants to observe (selections, cleared filters). */
  note(event: SimEvent): void;
}

export type SimEvent =
  | { kind: "select"; sheet: string; address: string }
  | { kind: "filter-cleared"; sheet: string; table?: string }
  | { kind: "sheet-added"; sheet: string }
  | { kind: "sheet-deleted"; sheet: string };

export interface ClassBehaviour<P = unknown> {
  /** Scalar properties read by a query. */
  get?: Record<string, (p: P, env: Env) => unknown>;
  /** Scalar properties set (SetProperty). */
  set?: Record<string, (p: P, value: unknown, env: Env) => void>;
  /** Navigation properties: the object they lead to. */
  nav?: Record<string, (p: P, env: Env) => unknown>;
  /** Methods that return an object (a path): the object, or null for a null object. */
  paths?: Record<string, (p: P, args: unknown[], env: Env) => unknown>;
  /** getItem(key) as an indexer, and the library's own item paths (by id). */
  indexer?: (p: P, key: unknown, env: Env) => unknown;
  /** A collection's items, in order. */
  items?: (p: P, env: Env) => unknown[];
  /** Methods invoked for their effect or a value (Method actions). */
  actions?: Record<string, (p: P, args: unknown[], env: Env) => unknown>;
  /** The object's id, as Excel returns it when it returns ids (so later requests address it by id). */
  id?: (p: P) => string | undefined;
  /** Whether the object still exists (an object on a deleted sheet does not). */
  alive?: (p: P, env: Env) => boolean;
}

/** Declares one class's behaviour with its payload type. */
export function behaviour<P>(b: ClassBehaviour<P>): ClassBehaviour {
  return b as unknown as ClassBehaviour;
}

export type BehaviourTable = Record<string, ClassBehaviour>;
