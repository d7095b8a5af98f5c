// Types for scripts/functions-build.js (plain CommonJS, used by webpack and the tests).
import type { Compiler } from "webpack";

export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: {
    id: string;
    name: string;
    description?: string;
    options?: Record<string, boolean>;
    parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
    result: { type?: string; dimensionality?: string };
  }[];
}
export type EnglishTexts = Record<
  string,
  { name: string; description: string; parameters: Record<string, { name: string; description: string }> }
>;
export function englishMetadata(dutch: FunctionsMetadata, texts: EnglishTexts): FunctionsMetadata;
export class FunctionsBuildPlugin {
  constructor(options: { englishTexts: string; entry?: string });
  apply(compiler: Compiler): void;
}
export const DUTCH_METADATA: string;
export const ENGLISH_METADATA: string;
export const SCRIPT: string;
