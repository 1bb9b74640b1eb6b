/** `npm run bench`: runs every benchmark case and prints one table. Filter with `npm run bench -- <text>`. */
import { startupCases } from "./cases/startup";
import { anggaranCases } from "./cases/anggaran";
import { imporAmanCases } from "./cases/impor-aman";
import { laporanCases } from "./cases/laporan";
import { laporanDbCases } from "./cases/laporan-db";
// M2-07 SKM survey
import { skmCases } from "./cases/skm";
// M2-08 evaluasi AKIP (LKE)
import { lkeCases } from "./cases/lke";
import { reviuCases } from "./cases/reviu";
import { skmPublikCases } from "./cases/skm-publik";
// M2-10 monitoring of every OPD
import { monitoringCases } from "./cases/monitoring";
// M2 issue 15: public portal
import { portalCases } from "./cases/portal";
// M2 issue 17: DOCX with the table of contents (ADR 0040)
import { docxDaftarIsiCases } from "./cases/docx-daftar-isi";
// M5 issue 16: load test, one and two instances on PostgreSQL (autocannon)
import { bebanCases } from "./cases/beban";
import { type BenchCase, type BenchResult, measure, renderTable } from "./harness";

const filter = process.argv.slice(2).join(" ").toLowerCase();
const cases: BenchCase[] = [
  ...startupCases(),
  ...anggaranCases(),
  ...imporAmanCases(),
  ...laporanCases(),
  ...laporanDbCases(),
  // M2-07 SKM survey
  ...skmCases(),
  // M2-08 evaluasi AKIP (LKE)
  ...lkeCases(),
  ...reviuCases(),
  // M2-07 SKM public intake burst (ADR 0021)
  ...skmPublikCases(),
  // M2-10 monitoring of every OPD
  ...monitoringCases(),
  // M2 issue 15: public portal page warm
  ...portalCases(),
  // M2 issue 17: DOCX with the table of contents (ADR 0040)
  ...docxDaftarIsiCases(),
  // M5 issue 16: load test on PostgreSQL (BENCH_PG_URL), one and two instances
  ...bebanCases(),
].filter((c) => !filter || c.name.toLowerCase().includes(filter));

const results: BenchResult[] = [];
for (const c of cases) {
  process.stderr.write(`… ${c.name}\n`);
  results.push(await measure(c));
}
process.stdout.write(`${renderTable(results)}\n`);
