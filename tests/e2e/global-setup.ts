// Jest global set-up of the end-to-end project: the preview page and the production build, built
// once for all end-to-end files, while the unit files run (preview-build.ts).
import { E2E_ENV, startBuilds } from "./preview-build";

export default async function globalSetup(): Promise<void> {
  const builds = await startBuilds();
  process.env[E2E_ENV.previewUrl] = builds.url;
  process.env[E2E_ENV.previewDir] = builds.previewDir;
  process.env[E2E_ENV.productionDir] = builds.productionDir;
  process.env[E2E_ENV.buildResult] = builds.resultFile;
  (globalThis as unknown as { verdeelBuilds?: { close(): Promise<void> } }).verdeelBuilds = builds;
}
