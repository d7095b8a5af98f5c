"use strict";
// Preloaded (node --require) into each process the command bench starts: at exit it reports the
// process's peak memory (maximum resident set size) on stderr, for the bench to read.
process.on("exit", () => {
  process.stderr.write(`\nmaxrss-kb:${process.resourceUsage().maxRSS}\n`);
});
