// The worksheet functions' texts that the registration needs before their code has loaded: a
// catalogue of its own, so it loads on opening without the rest (../types.ts, loaded with the code).
export interface LoadingMessages {
  /** The cell's #VALUE! message when the functions' code (the chunk loaded on their first call) did not load. */
  codeNotLoaded: string;
}
