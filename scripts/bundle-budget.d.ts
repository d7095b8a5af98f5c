// Types for scripts/bundle-budget.js (plain CommonJS, used by webpack and the tests).
import type { Compiler } from "webpack";

export const OPENING_BUDGET_KB: number;
export class BundleBudgetPlugin {
  constructor(options: { entries: string[]; budgetKb?: number });
  entries: string[];
  budgetKb: number;
  apply(compiler: Compiler): void;
}
