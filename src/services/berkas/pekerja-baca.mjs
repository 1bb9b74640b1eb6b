// Worker-thread entry of the file reader (src/services/berkas/pembaca.ts): registers tsx's loader, as
// bin/sakip.mjs and the document renderer's worker (src/cli/penyaji-kerja.mjs) do, then runs the TypeScript worker.
import { register } from "tsx/esm/api";
register();
await import("./pekerja-baca.ts");
