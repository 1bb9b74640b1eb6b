/**
 * The public verification page `/v/{kode}` (issue 17, ADR 0032): server-rendered HTML, no sign-in, no script. It
 * shows who signed what and when, and answers "cocok" / "tidak cocok" for an uploaded file (SHA-256 against the
 * signing log). Only what the printed document already shows is shown.
 */
import type { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env";
import { singkatanZona, ZONA_WAKTU_BAWAAN, type ZonaWaktu } from "../domain/pengaturan/zona-waktu";
import { bacaCatatanKode, type CatatanTandaTangan, cocokkanBerkasKode } from "../services/tte/verifikasi-dokumen";

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** The signing time in the Pemda's own zone (ADR 0039), with its abbreviation (WIB/WITA/WIT). */
function waktu(iso: string, zona: ZonaWaktu = ZONA_WAKTU_BAWAAN): string {
  const t = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeStyle: "short", timeZone: zona }).format(
    new Date(iso),
  );
  return `${t} ${singkatanZona(zona)}`;
}

function halaman(judul: string, isi: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(judul)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}dt{font-weight:600;margin-top:.6rem}dd{margin:0}.cocok{background:#e6f4ea;border:2px solid #1e7b34;padding:1rem;font-size:1.2rem}.tidak{background:#fdecea;border:2px solid #b3261e;padding:1rem;font-size:1.2rem}code{word-break:break-all}form{margin-top:1.5rem;padding:1rem;border:1px solid #ccc}button{font-size:1rem;padding:.4rem 1rem;margin-top:.5rem}</style></head><body>${isi}</body></html>`;
}

function rincian(c: CatatanTandaTangan): string {
  const jenis =
    c.penyedia === "bsre"
      ? "Tanda tangan elektronik tersertifikasi (BSrE)"
      : "Register tanda tangan SAKIP (tanpa sertifikat elektronik)";
  return `<h1>Verifikasi dokumen</h1><p>Kode <strong>${esc(c.kode)}</strong> tercatat di ${esc(c.pemda)}.</p><dl>
<dt>Dokumen</dt><dd>${esc(c.judul)} (${esc(c.namaBerkas)})</dd>
<dt>Ditandatangani oleh</dt><dd>${esc(c.penandatangan.nama)}${c.penandatangan.nip ? `, NIP ${esc(c.penandatangan.nip)}` : ""}</dd>
<dt>Jabatan</dt><dd>${esc(c.penandatangan.jabatan)}</dd>
<dt>Waktu</dt><dd>${esc(waktu(c.ditandatanganiPada, c.zonaWaktu))}</dd>
<dt>Cara</dt><dd>${esc(jenis)}</dd>
<dt>Sidik SHA-256 berkas</dt><dd><code>${esc(c.sha256)}</code></dd></dl>`;
}

function formulir(kode: string): string {
  return `<form method="post" action="/v/${esc(kode)}" enctype="multipart/form-data"><label for="berkas"><strong>Periksa berkas Anda</strong> — unggah PDF yang Anda terima untuk memastikan isinya sama dengan yang ditandatangani:</label><br><input id="berkas" name="berkas" type="file" accept="application/pdf" required><br><button type="submit">Periksa</button></form>`;
}

const TIDAK_ADA = halaman(
  "Kode tidak ditemukan",
  "<h1>Kode tidak ditemukan</h1><p>Tidak ada dokumen bertanda tangan dengan kode ini. Periksa kembali kode pada dokumen (12 karakter).</p>",
);

export function pasangHalamanTte(app: Hono<AppEnv>): void {
  app.get("/v/:kode", async (c) => {
    const cat = await bacaCatatanKode(c.get("ctx").db, c.req.param("kode"));
    if (!cat) return c.html(TIDAK_ADA, 404);
    return c.html(halaman(`Verifikasi ${cat.kode}`, rincian(cat) + formulir(cat.kode)));
  });
  app.post(
    "/v/:kode",
    bodyLimit({
      maxSize: 21 * 1024 * 1024,
      onError: (c) => c.html(halaman("Berkas terlalu besar", "<h1>Berkas terlalu besar</h1><p>Batas 20 MB.</p>"), 413),
    }),
    async (c) => {
      const kode = c.req.param("kode");
      let berkas: Uint8Array | null = null;
      try {
        const form = await c.req.formData();
        const f = form.get("berkas");
        if (f instanceof Blob && f.size > 0) berkas = new Uint8Array(await f.arrayBuffer());
      } catch {
        berkas = null;
      }
      if (!berkas) {
        const cat = await bacaCatatanKode(c.get("ctx").db, kode);
        if (!cat) return c.html(TIDAK_ADA, 404);
        return c.html(
          halaman(
            "Berkas wajib",
            `<p class="tidak">Pilih berkas PDF untuk diperiksa.</p>${rincian(cat)}${formulir(cat.kode)}`,
          ),
          400,
        );
      }
      const h = await cocokkanBerkasKode(c.get("ctx").db, kode, berkas);
      if (!h) return c.html(TIDAK_ADA, 404);
      const hasil = h.cocok
        ? `<p class="cocok" role="status"><strong>Cocok</strong> — berkas ini sama persis dengan dokumen yang ditandatangani.</p>`
        : `<p class="tidak" role="status"><strong>Tidak cocok</strong> — berkas ini berbeda dari dokumen yang ditandatangani (SHA-256 berkas Anda: <code>${esc(h.sha256)}</code>). Jangan gunakan berkas ini sebagai dokumen resmi.</p>`;
      return c.html(halaman(h.cocok ? "Cocok" : "Tidak cocok", hasil + rincian(h.catatan) + formulir(h.catatan.kode)));
    },
  );
}
