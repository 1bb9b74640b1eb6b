/**
 * Mounts every route module. Add one line per module; every route must also have an entry in the
 * authorisation matrix (tests/integration/authz-matrix).
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { anggaranRoutes } from "./anggaran";
import { auditRoutes } from "./audit";
import { buktiRoutes } from "./bukti";
import { dokumenKinerjaRoutes } from "./dokumen-kinerja";
// M2-08 evaluation documents (LHE, AKIP recap)
import { dokumenEvaluasiRoutes } from "./dokumen-evaluasi";
import { authRoutes } from "./auth";
import { hasilTertautRoutes } from "./hasil-tertaut";
import { laporanRoutes } from "./laporan";
// M2-08 evaluasi AKIP (LKE)
import { lkeRoutes } from "./lke";
import { organisasiRoutes } from "./organisasi";
import { penggunaRoutes } from "./pengguna";
import { pengukuranRoutes } from "./pengukuran";
import { perencanaanRoutes } from "./perencanaan";
import { perencanaanMasukanRoutes } from "./perencanaan-masukan";
import { perjanjianKinerjaRoutes } from "./perjanjian-kinerja";
import { profilOpdRoutes } from "./profil-opd";
// M2-12 (issue 17): Plt./Plh. assignments
import { penugasanPejabatRoutes } from "./penugasan-pejabat";
// issue 17 (ADR 0039): ESR bundle and the TTE provider per Pemda
import { esrRoutes } from "./esr";
import { nomenklaturRoutes } from "./nomenklatur";
import { pengaturanTteRoutes } from "./pengaturan-tte";
import { reviuRoutes } from "./reviu";
// issue 14: Pernyataan Telah Direviu
import { pernyataanReviuRoutes } from "./pernyataan-reviu";
import { statusPeriodeRoutes } from "./status-periode";
import { systemRoutes } from "./system";
import { tabelXlsxRoutes } from "./tabel-xlsx";
// M2-07 SKM survey
import { skmPublikRoutes, skmRoutes } from "./skm";
// M2-07 SKM documents
import { skmDokumenRoutes } from "./skm-dokumen";
// M4 SKM stored answers (list, correct, void)
import { skmRespondenRoutes } from "./skm-responden";
// M2 issue 11: Pemda settings
import { pengaturanPemdaRoutes } from "./pengaturan-pemda";
// M2-10 monitoring of every OPD
import { monitoringRoutes } from "./monitoring";
// M2-10 deadlines and the worklist
import { tenggatRoutes } from "./tenggat";
// M2 issue 15: publication for the public portal
import { publikasiRoutes } from "./publikasi";
// M2-15 Rencana Aksi
import { renaksiRoutes } from "./renaksi";
// M2-15 Rencana Aksi documents (quarterly Laporan Capaian Kinerja, Rencana Aksi per PK)
import { renaksiDokumenRoutes } from "./renaksi-dokumen";
// issue 15: the Pemda's RPJMD IKU and the Kabupaten LKjIP
import { rpjmdIkuRoutes } from "./rpjmd-iku";

export function mountRoutes(app: OpenAPIHono<AppEnv>, version: string): void {
  app.route("/", systemRoutes(version));
  app.route("/", authRoutes());
  app.route("/", organisasiRoutes());
  app.route("/", penggunaRoutes());
  app.route("/", statusPeriodeRoutes());
  app.route("/", auditRoutes());
  // M1-04 plans, PK and measurement
  app.route("/", profilOpdRoutes());
  app.route("/", perencanaanRoutes());
  app.route("/", perencanaanMasukanRoutes());
  app.route("/", perjanjianKinerjaRoutes());
  app.route("/", pengukuranRoutes());
  app.route("/", buktiRoutes());
  app.route("/", tabelXlsxRoutes());
  app.route("/", dokumenKinerjaRoutes());
  app.route("/", hasilTertautRoutes());
  app.route("/", anggaranRoutes());
  app.route("/", laporanRoutes());
  // M2-07 SKM survey (admin per OPD; public survey without sign-in)
  app.route("/", skmRoutes());
  app.route("/", skmPublikRoutes());
  // M2-07 SKM documents (skm.baca)
  app.route("/", skmDokumenRoutes());
  // M4 SKM stored answers (list, correct, void)
  app.route("/", skmRespondenRoutes());
  // M2-08 evaluasi AKIP (LKE)
  app.route("/", lkeRoutes());
  // M2-08 evaluation documents (LHE, AKIP recap)
  app.route("/", dokumenEvaluasiRoutes());
  // M2-09 reviu
  app.route("/", reviuRoutes());
  // M2 issue 11: Pemda settings
  app.route("/", pengaturanPemdaRoutes());
  // M2-10 monitoring of every OPD
  app.route("/", monitoringRoutes());
  // M2-10 deadlines and the worklist
  app.route("/", tenggatRoutes());
  // M2 issue 15: publication for the public portal (publikasi.terbitkan)
  app.route("/", publikasiRoutes());
  // M2-15 Rencana Aksi (ADR 0028)
  app.route("/", renaksiRoutes());
  // M2-15 Rencana Aksi documents
  app.route("/", renaksiDokumenRoutes());
  // issue 14: Pernyataan Telah Direviu (reviu.periksa)
  app.route("/", pernyataanReviuRoutes());
  // M2-12 (issue 17): Plt./Plh. assignments of an OPD's pejabat
  app.route("/", penugasanPejabatRoutes());
  // issue 15: the Pemda's RPJMD IKU and the Kabupaten LKjIP
  app.route("/", rpjmdIkuRoutes());
  // issue 17 (ADR 0039): ESR bundle (laporan.baca, audited) and the TTE provider per Pemda (pemda.kelola)
  app.route("/", esrRoutes());
  app.route("/", pengaturanTteRoutes());
  // issue 17 (ADR 0043): nomenclature check of budget rows typed in a form (warnings)
  app.route("/", nomenklaturRoutes());
}
