// Jest global teardown of the end-to-end project: stops the preview server, removes its build.
export default async function globalTeardown(): Promise<void> {
  await (globalThis as unknown as { verdeelPreview?: { close(): Promise<void> } }).verdeelPreview?.close();
}
