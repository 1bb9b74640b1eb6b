/** Entry point of the `sakip` CLI (bin/sakip.mjs and `npm run -s sakip -- <command>`). */
import { processIO } from "./io";
import { runCli } from "./program";

const code = await runCli(process.argv.slice(2), processIO);
if (code !== 0) process.exitCode = code;
