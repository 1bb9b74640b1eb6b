/**
 * The authorisation matrix (issue M1-03): one entry per route of /api/openapi.json. authz-matrix.test.ts walks
 * every entry × every role × {own OPD, other OPD, other Pemda} and fails when a route has no entry here.
 *
 * To add a route, append one object to MATRIX:
 *   { method: "get", path: "/api/v1/pemda/{pemda}/opd/{opd}/renstra", izin: "perencanaan.baca", scope: "opd" },
 * - `path` exactly as in the OpenAPI document (`{pemda}` and `{opd}` are filled in for you);
 * - `scope`: "publik" (no session needed), "sesi" (any signed-in user), "pemda" (data of the Pemda in the path:
 *   other Pemda → 404; an OPD-bound user may only read), "opd" (data of the OPD in the path: other OPD → 403);
 * - `izin`: the permission the service checks (null for publik/sesi);
 * - `params`: other path parameters; `query`; `body` (a minimal valid JSON body for mutations). Each gets a
 *   `Tempat` (the Pemda/OPD being addressed, the system ctx to create sample rows, a unique `seq`).
 * - `akhiriSesi`: the request ends the caller's session (the test signs in again afterwards).
 * Allowed = any status except 401/403/404 and 5xx (a 400/409 from a minimal body still proves access).
 */
import type { Izin } from "../../src/domain/akses/izin";
import type { ServiceContext } from "../../src/services/context";
import { buatPengguna } from "../../src/services/pengguna/buat-pengguna";
import { MATRIX_KINERJA } from "./authz-matrix-kinerja";
import { MATRIX_ANGGARAN } from "./authz-matrix-anggaran";
import { MATRIX_SKM_PUBLIK } from "./authz-matrix-skm-publik";
import { MATRIX_LAPORAN } from "./authz-matrix-laporan";
import { MATRIX_PK_UBAH } from "./authz-matrix-pk-ubah";
import { MATRIX_ORGANISASI } from "./authz-matrix-organisasi";
import { MATRIX_HASIL } from "./authz-matrix-hasil";
import { MATRIX_PERENCANAAN } from "./authz-matrix-perencanaan";
import { MATRIX_SKM_DOKUMEN } from "./authz-matrix-skm-dokumen";
// M2-08 evaluation documents
import { MATRIX_DOKUMEN_EVALUASI } from "./authz-matrix-dokumen-evaluasi";
import { MATRIX_REVIU } from "./authz-matrix-reviu";
// M2-07 SKM survey
import { MATRIX_SKM } from "./authz-matrix-skm";
// M4 SKM stored answers
import { MATRIX_SKM_RESPONDEN } from "./authz-matrix-skm-responden";
// M2-08 evaluasi AKIP (LKE)
import { MATRIX_LKE } from "./authz-matrix-lke";
// M2-10 monitoring
import { MATRIX_MONITORING } from "./authz-matrix-monitoring";
// M2-12 TTE
import { MATRIX_TTE } from "./authz-matrix-tte";
// M2-12 (issue 17): Plt./Plh. assignments
import { MATRIX_PENUGASAN } from "./authz-matrix-penugasan";
// issue 17 (ADR 0039): ESR bundle and the TTE provider per Pemda
import { MATRIX_ESR } from "./authz-matrix-esr";
// M2 issue 15: publication for the public portal
import { MATRIX_PUBLIKASI } from "./authz-matrix-publikasi";
// M2-15 Rencana Aksi
import { MATRIX_RENAKSI } from "./authz-matrix-renaksi";
// M2-15 Rencana Aksi documents
import { MATRIX_RENAKSI_DOKUMEN } from "./authz-matrix-renaksi-dokumen";
// issue 14: Pernyataan Telah Direviu
import { MATRIX_PERNYATAAN_REVIU } from "./authz-matrix-pernyataan-reviu";
// issue 15: RPJMD IKU and the Kabupaten LKjIP
import { MATRIX_RPJMD_IKU } from "./authz-matrix-rpjmd-iku";
// M2 issue 15: reminders (ADR 0035)
import { MATRIX_PENGINGAT } from "./authz-matrix-pengingat";

export interface Tempat {
  pemdaSlug: string;
  opdSlug: string;
  pemdaId: string;
  opdId: string;
  /** System-actor context: create sample rows with it. */
  ctx: ServiceContext;
  /** Unique per request (for unique emails, years, …). */
  seq: number;
}

export interface MatrixEntry {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  izin: Izin | null;
  scope: "publik" | "sesi" | "pemda" | "opd";
  params?: (t: Tempat) => Record<string, string> | Promise<Record<string, string>>;
  query?: (t: Tempat) => Record<string, string>;
  body?: (t: Tempat) => unknown;
  akhiriSesi?: boolean;
}

/** A user of the addressed Pemda to act on (admin routes). */
async function penggunaContoh(t: Tempat): Promise<Record<string, string>> {
  const p = await buatPengguna(t.ctx, {
    email: `contoh.${t.seq}.${Date.now()}@${t.pemdaSlug}.uji`,
    nama: `Contoh ${t.seq}`,
    peran: "viewer",
    pemdaSlug: t.pemdaSlug,
    opdSlug: null,
    kataSandi: "Contoh-sandi-2024",
  });
  return { id: p.id };
}

export const MATRIX: MatrixEntry[] = [
  // Sistem
  { method: "get", path: "/healthz", izin: null, scope: "publik" },
  // Produksi (#16): kesiapan di belakang penyeimbang beban
  { method: "get", path: "/readyz", izin: null, scope: "publik" },
  { method: "get", path: "/api/v1/sistem/info", izin: null, scope: "sesi" },
  // Akun
  {
    method: "post",
    path: "/api/auth/masuk",
    izin: null,
    scope: "publik",
    body: () => ({ identitas: "", kataSandi: "" }),
  },
  { method: "get", path: "/api/auth/sesi", izin: null, scope: "sesi" },
  { method: "post", path: "/api/auth/keluar", izin: null, scope: "publik", akhiriSesi: true },
  {
    method: "post",
    path: "/api/auth/kata-sandi",
    izin: null,
    scope: "sesi",
    body: () => ({ kataSandiLama: "bukan-sandi-lama-1", kataSandiBaru: "Sandi-baru-2024" }),
  },
  // Lupa kata sandi (ADR 0044): the matrix app has no mail, so both answer 400 "tidak tersedia"
  { method: "get", path: "/api/auth/opsi", izin: null, scope: "publik" },
  {
    method: "post",
    path: "/api/auth/lupa-kata-sandi",
    izin: null,
    scope: "publik",
    body: (t) => ({ email: `lupa.${t.seq}@${t.pemdaSlug}.uji` }),
  },
  {
    method: "post",
    path: "/api/auth/atur-ulang-kata-sandi",
    izin: null,
    scope: "publik",
    body: () => ({ token: "t".repeat(43), kataSandiBaru: "Sandi-baru-2024" }),
  },
  // Organisasi
  { method: "get", path: "/api/v1/pemda", izin: "organisasi.baca", scope: "sesi" },
  { method: "get", path: "/api/v1/pemda/{pemda}/opd", izin: "organisasi.baca", scope: "pemda" },
  ...MATRIX_ORGANISASI,
  // Pengguna
  { method: "get", path: "/api/v1/pemda/{pemda}/pengguna", izin: "pengguna.kelola", scope: "pemda" },
  { method: "get", path: "/api/v1/pemda/{pemda}/pengguna/kata-sandi-demo", izin: "pengguna.kelola", scope: "pemda" },
  {
    method: "post",
    path: "/api/v1/pemda/{pemda}/pengguna",
    izin: "pengguna.kelola",
    scope: "pemda",
    body: (t) => ({
      email: `baru.${t.seq}.${Date.now()}@${t.pemdaSlug}.uji`,
      nama: `Baru ${t.seq}`,
      peran: "viewer",
      kataSandi: "Sandi-baru-2024",
    }),
  },
  {
    method: "patch",
    path: "/api/v1/pemda/{pemda}/pengguna/{id}",
    izin: "pengguna.kelola",
    scope: "pemda",
    params: penggunaContoh,
    body: (t) => ({ nama: `Diubah ${t.seq}` }),
  },
  {
    method: "post",
    path: "/api/v1/pemda/{pemda}/pengguna/{id}/reset-kata-sandi",
    izin: "pengguna.kelola",
    scope: "pemda",
    params: penggunaContoh,
    body: () => ({ kataSandiBaru: "Sandi-reset-2024" }),
  },
  { method: "get", path: "/api/v1/peran", izin: null, scope: "sesi" },
  // Audit
  { method: "get", path: "/api/v1/pemda/{pemda}/audit", izin: "audit.baca", scope: "pemda" },
  { method: "get", path: "/api/v1/pemda/{pemda}/audit/opsi", izin: "audit.baca", scope: "pemda" },
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/audit/ekspor",
    izin: "audit.baca",
    scope: "pemda",
    query: () => ({ format: "csv" }),
  },
  // Alur kerja
  {
    method: "get",
    path: "/api/v1/pemda/{pemda}/opd/{opd}/status-periode/{tahun}",
    izin: "organisasi.baca",
    scope: "opd",
    params: () => ({ tahun: "2024" }),
  },
  {
    method: "post",
    path: "/api/v1/pemda/{pemda}/opd/{opd}/status-periode/{tahun}/{modul}",
    izin: "data.ajukan",
    scope: "opd",
    // a fresh year per request, so every allowed "ajukan" starts from draft
    params: (t) => ({ tahun: String(2100 - (t.seq % 100)), modul: "pengukuran" }),
    body: () => ({ aksi: "ajukan" }),
  },
  // Plans, PK and measurement (issue M1-04)
  ...MATRIX_KINERJA,
  ...MATRIX_HASIL,
  // Budget (issue 6)
  ...MATRIX_ANGGARAN,
  // LKjIP and PK documents (issue 7)
  ...MATRIX_LAPORAN,
  ...MATRIX_PK_UBAH,
  // Plan read-back for the edit forms
  ...MATRIX_PERENCANAAN,
  // SKM documents (issue 12)
  ...MATRIX_SKM_DOKUMEN,
  // M2-08 evaluation documents (LHE, AKIP recap)
  ...MATRIX_DOKUMEN_EVALUASI,
  ...MATRIX_REVIU,
  // M2-07 SKM survey (admin per OPD, Pemda results, public survey)
  ...MATRIX_SKM,
  // M4 SKM stored answers (list, correct, void)
  ...MATRIX_SKM_RESPONDEN,
  // M2-08 evaluasi AKIP (LKE)
  ...MATRIX_LKE,
  // M2-12 TTE
  ...MATRIX_TTE,
  // M2-12 (issue 17): Plt./Plh. assignments
  ...MATRIX_PENUGASAN,
  ...MATRIX_ESR,
  // M2-15 Rencana Aksi
  ...MATRIX_RENAKSI,
  // M2-15 Rencana Aksi documents
  ...MATRIX_RENAKSI_DOKUMEN,
  // SKM public survey: poster, one-time codes (issue 12, ADR 0021)
  ...MATRIX_SKM_PUBLIK,
  // M2-10 monitoring of every OPD
  ...MATRIX_MONITORING,
  // M2 issue 15: publication for the public portal
  ...MATRIX_PUBLIKASI,
  // issue 14: Pernyataan Telah Direviu
  ...MATRIX_PERNYATAAN_REVIU,
  // issue 15: RPJMD IKU and the Kabupaten LKjIP
  ...MATRIX_RPJMD_IKU,
  // M2 issue 15: reminders (ADR 0035)
  ...MATRIX_PENGINGAT,
];
