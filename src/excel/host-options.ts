// Tunables of the Office.js host. The defaults suit Excel on the web (5 MB per request and per
// response) and are what the pane should use; tests make them small to exercise the blocks.

export interface OfficeHostOptions {
  /** Estimated request bytes per write block (default 4,000,000: under Excel on the web's 5 MB). */
  writeBlockBytes?: number;
  /** Most rows per write block (default 20,000). */
  maxBlockRows?: number;
  /** Cells per read block (default 100,000, about 4 MB of response). */
  readBlockCells?: number;
  /** Largest area readInput reads (default 5,000,000, Excel's limit for one read). */
  maxReadCells?: number;
}

export type HostConfig = Required<OfficeHostOptions>;

export const DEFAULT_HOST_OPTIONS: HostConfig = {
  writeBlockBytes: 4_000_000,
  maxBlockRows: 20_000,
  readBlockCells: 100_000,
  maxReadCells: 5_000_000,
};

export function hostConfig(options: OfficeHostOptions = {}): HostConfig {
  return { ...DEFAULT_HOST_OPTIONS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}
