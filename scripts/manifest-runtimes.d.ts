// Types for scripts/manifest-runtimes.js (plain CommonJS, used by manifest-tools.js and the tests).
export const RUNTIMES_XSD: string;
export function splitRuntimes(xml: string): { withoutRuntimes: string; fragments: string[] };
export function validateRuntimes(fragments: string[]): Promise<string[]>;
export function runtimesSchema(xml: string): Promise<{ errors: string[]; runtimes: number }>;
