// Worker-thread entry of the document renderer (src/cli/penyaji.ts): registers tsx's loader, as bin/sakip.mjs
// does, then runs the TypeScript worker.
import { register } from "tsx/esm/api";
register();
await import("./penyaji-kerja.ts");
