/**
 * BSrE Esign Client Service adapter (ADR 0032). The contract, as the gateway's API description publishes it:
 * - API v2: `POST {TTE_URL}/api/v2/sign/pdf`, JSON `{ nik, passphrase, signatureProperties: [{ tampilan: "VISIBLE" |
 *   "INVISIBLE", imageBase64?, page?, originX?, originY?, width?, height?, tag?, reason?, location? }], file: [base64] }`
 *   → 200 `{ file: [base64], time }`; an error → 4xx/5xx `{ status_code, error }`.
 *   `POST {TTE_URL}/api/v2/verify/pdf`, JSON `{ file: base64 }` → `{ conclusion: "VALID" | …, description,
 *   signatureInformations: [{ signerName, signatureDate, … }] }`.
 * - API v1 (older gateways; used when v2 answers 404/405): `POST {TTE_URL}/api/sign/pdf` multipart `file, nik,
 *   passphrase, tampilan (visible|invisible), image, imageTTD, page, xAxis, yAxis, width, height, tag_koordinat,
 *   reason, location` → 200 application/pdf.
 * The gateway's own client account (basic auth) is TTE_PENGGUNA/TTE_SANDI. The signer's NIK and passphrase go into
 * the request body only; no log line, error or audit entry carries them.
 */
import { gagalTakTerjangkau, gagalWaktuHabis, tafsirGagalBsre } from "../../domain/tte";
import { GagalTteError } from "./gagal-tte";
import type { HasilVerifikasiPenyedia, PenyediaTteAdapter, PermintaanTte, TampilanTte } from "./penyedia";

export interface KonfigBsre {
  alamat: string;
  pengguna?: string | undefined;
  sandi?: string | undefined;
  batasWaktuDetik: number;
}

const b64 = (u: Uint8Array) => Buffer.from(u).toString("base64");

/** signatureProperties of API v2 for a chosen appearance. */
export function propertiTandaTangan(t: TampilanTte, alasan: string, lokasi: string): Record<string, unknown> {
  const umum = { reason: alasan, location: lokasi };
  switch (t.jenis) {
    case "tidak-tampak":
      return { tampilan: "INVISIBLE", ...umum };
    case "posisi":
      return {
        tampilan: "VISIBLE",
        ...(t.gambarPng ? { imageBase64: b64(t.gambarPng) } : {}),
        page: t.halaman,
        originX: t.x,
        originY: t.y,
        width: t.lebar,
        height: t.tinggi,
        ...umum,
      };
    case "tanda":
      return {
        tampilan: "VISIBLE",
        ...(t.gambarPng ? { imageBase64: b64(t.gambarPng) } : {}),
        tag: t.tanda,
        width: t.lebar,
        height: t.tinggi,
        ...umum,
      };
  }
}

export function penyediaBsre(k: KonfigBsre, fetchFn: typeof fetch = fetch): PenyediaTteAdapter {
  const dasar = k.alamat.replace(/\/+$/, "");
  const otorisasi: Record<string, string> =
    k.pengguna !== undefined
      ? { authorization: `Basic ${Buffer.from(`${k.pengguna}:${k.sandi ?? ""}`).toString("base64")}` }
      : {};

  async function kirim(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetchFn(url, { ...init, signal: AbortSignal.timeout(k.batasWaktuDetik * 1000) });
    } catch (e) {
      const nama = (e as Error).name;
      if (nama === "TimeoutError" || nama === "AbortError") throw new GagalTteError(gagalWaktuHabis(k.batasWaktuDetik));
      throw new GagalTteError(gagalTakTerjangkau(dasar));
    }
  }

  async function gagal(res: Response): Promise<never> {
    const teks = await res.text().catch(() => "");
    let kode: number | undefined;
    let pesan = teks;
    try {
      const j = JSON.parse(teks) as { status_code?: unknown; error?: unknown; message?: unknown };
      if (typeof j.status_code === "number") kode = j.status_code;
      else if (typeof j.status_code === "string" && /^\d+$/.test(j.status_code)) kode = Number(j.status_code);
      pesan = String(j.error ?? j.message ?? teks);
    } catch {
      /* a text answer */
    }
    throw new GagalTteError(tafsirGagalBsre(res.status, kode, pesan));
  }

  async function v1(p: PermintaanTte): Promise<Uint8Array> {
    const form = new FormData();
    const kr = p.kredensial;
    form.set("file", new Blob([Buffer.from(p.pdf)], { type: "application/pdf" }), "dokumen.pdf");
    form.set("nik", kr?.nik ?? "");
    form.set("passphrase", kr?.passphrase ?? "");
    const t = p.tampilan;
    form.set("tampilan", t.jenis === "tidak-tampak" ? "invisible" : "visible");
    if (t.jenis !== "tidak-tampak") {
      form.set("image", t.gambarPng ? "true" : "false");
      if (t.gambarPng) form.set("imageTTD", new Blob([Buffer.from(t.gambarPng)], { type: "image/png" }), "ttd.png");
      form.set("width", String(t.lebar));
      form.set("height", String(t.tinggi));
      if (t.jenis === "posisi") {
        form.set("page", String(t.halaman));
        form.set("xAxis", String(t.x));
        form.set("yAxis", String(t.y));
      } else form.set("tag_koordinat", t.tanda);
    }
    form.set("reason", p.alasan);
    form.set("location", p.lokasi);
    const res = await kirim(`${dasar}/api/sign/pdf`, { method: "POST", headers: otorisasi, body: form });
    if (!res.ok) return gagal(res);
    return new Uint8Array(await res.arrayBuffer());
  }

  return {
    nama: "bsre",
    butuhKredensial: true,
    async tandatangani(p) {
      const res = await kirim(`${dasar}/api/v2/sign/pdf`, {
        method: "POST",
        headers: { ...otorisasi, "content-type": "application/json" },
        body: JSON.stringify({
          nik: p.kredensial?.nik ?? "",
          passphrase: p.kredensial?.passphrase ?? "",
          signatureProperties: [propertiTandaTangan(p.tampilan, p.alasan, p.lokasi)],
          file: [b64(p.pdf)],
        }),
      });
      if (res.status === 404 || res.status === 405) return v1(p);
      if (!res.ok) return gagal(res);
      const j = (await res.json().catch(() => ({}))) as { file?: unknown };
      const isi = Array.isArray(j.file) ? j.file[0] : undefined;
      if (typeof isi !== "string" || isi === "")
        throw new GagalTteError(tafsirGagalBsre(res.status, undefined, "jawaban tanpa berkas"));
      return new Uint8Array(Buffer.from(isi, "base64"));
    },
    async verifikasi(pdf): Promise<HasilVerifikasiPenyedia> {
      const res = await kirim(`${dasar}/api/v2/verify/pdf`, {
        method: "POST",
        headers: { ...otorisasi, "content-type": "application/json" },
        body: JSON.stringify({ file: b64(pdf) }),
      });
      if (!res.ok) return gagal(res);
      const j = (await res.json()) as {
        conclusion?: string;
        description?: string;
        signatureInformations?: Array<{ signerName?: string; signatureDate?: string }>;
      };
      return {
        sah: j.conclusion === "VALID",
        penandatangan: (j.signatureInformations ?? []).map((s) => ({
          nama: s.signerName ?? "",
          waktu: s.signatureDate ?? null,
        })),
        keterangan: j.description ?? j.conclusion ?? "",
      };
    },
  };
}
