// Types for scripts/manifest-tools.js (plain CommonJS, used by webpack and the tests).
export const REPO_ROOT: string;
export const DEV_URL: string;
export const ROOT_XSD: string;
export function schemaSource(): { dir: string; skipped?: undefined } | { dir?: undefined; skipped: string };
export function xsdDir(): string;
export function hostingUrl(raw?: string): string;
export function productionManifest(devXml: string, url?: string): string;
export function validateManifest(
  xml: string,
  fileName?: string,
  dir?: string,
): Promise<{ valid: boolean; errors: string[]; schemas: string[]; dir: string; runtimes: number }>;
export function pngSize(buffer: Buffer): { width: number; height: number };
export function devFileFor(relative: string): string;
export interface ManifestCheck {
  name: string;
  ok: boolean;
  detail: string;
}
export function checkManifest(
  xml: string,
  options?: { baseUrl?: string; fileFor?: (relative: string) => string; version?: string },
): ManifestCheck[];
