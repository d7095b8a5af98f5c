// Jest global teardown of the end-to-end project: waits for the builds, stops the preview server, removes the builds.
export default async function globalTeardown(): Promise<void> {
  await (globalThis as unknown as { verdeelBuilds?: { close(): Promise<void> } }).verdeelBuilds?.close();
}
