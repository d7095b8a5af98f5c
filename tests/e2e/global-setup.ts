// Jest global set-up of the end-to-end project: the preview page built and served once for all
// end-to-end files (each file used to run its own production build).
import { PREVIEW_URL_ENV, startPreview } from "./preview-build";

export default async function globalSetup(): Promise<void> {
  const preview = await startPreview();
  process.env[PREVIEW_URL_ENV] = preview.url;
  (globalThis as unknown as { verdeelPreview?: { close(): Promise<void> } }).verdeelPreview = preview;
}
