/**
 * Issue 14, "a report that never breaks" (ADR 0026): property-based. Datasets are made from the demo's LKjIP source by random
 * damage — a value set to null, undefined, 0, "", a negative or a huge number; a list emptied, cut to one item, or
 * repeated to fifty — and the model (bangunLkjip) and the HTML, XLSX and DOCX renderers must not throw. (PDF is slow:
 * a few runs only.) A failing case is shrunk by fast-check to the smallest damage that breaks a renderer.
 *
 * Below the properties, one seeded case per fault the properties found (each threw before its fix): the model must
 * build, the HTML must name what is missing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bangunLkjip } from "../../../src/reports/model";
import { renderDocx, renderHtml, renderPdf, renderXlsx } from "../../../src/reports/render";
import { sumberDariDemo } from "../../../src/demo/laporan/sumber-dari-demo";

type Jalur = (string | number)[];

const asli = sumberDariDemo("kecamatan-sei-balai", 2023)!;

/** Every path to a leaf or a list in the source (the places damage can hit). */
function semuaJalur(x: unknown, jalur: Jalur = [], hasil: Jalur[] = []): Jalur[] {
  if (hasil.length > 5000) return hasil;
  if (Array.isArray(x)) {
    hasil.push(jalur);
    x.forEach((v, i) => semuaJalur(v, [...jalur, i], hasil));
  } else if (x && typeof x === "object" && !(x instanceof Uint8Array)) {
    for (const [k, v] of Object.entries(x)) semuaJalur(v, [...jalur, k], hasil);
  } else hasil.push(jalur);
  return hasil;
}

/** The report's own key (year, OPD) is not data that can be missing: only paths below the top level. */
const JALUR = semuaJalur(asli).filter((j) => j.length > 1);

type Rusak = { jenis: "nilai"; nilai: unknown } | { jenis: "daftar"; cara: "kosong" | "satu" | "limapuluh" };

const arbRusak: fc.Arbitrary<Rusak> = fc.oneof(
  fc.record({
    jenis: fc.constant("nilai" as const),
    nilai: fc.constantFrom(null, 0, "", -10, 1e20, "-"),
  }),
  fc.record({
    jenis: fc.constant("daftar" as const),
    cara: fc.constantFrom("kosong", "satu", "limapuluh") as fc.Arbitrary<"kosong" | "satu" | "limapuluh">,
  }),
);

function terapkan(sumber: unknown, kerusakan: [number, Rusak][]): unknown {
  const salinan = structuredClone(sumber) as Record<string | number, unknown>;
  for (const [i, r] of kerusakan) {
    const jalur = JALUR[i % JALUR.length] ?? [];
    if (jalur.length === 0) continue;
    let induk: Record<string | number, unknown> | undefined = salinan;
    for (const k of jalur.slice(0, -1)) induk = induk?.[k] as Record<string | number, unknown> | undefined;
    const kunci = jalur.at(-1)!;
    if (!induk || typeof induk !== "object") continue;
    const lama = induk[kunci];
    // a missing or odd cell: only where a number or a text was (a structure is not a cell)
    if (r.jenis === "nilai") {
      if (typeof lama === "number" || typeof lama === "string")
        induk[kunci] = typeof lama === "string" && typeof r.nilai === "number" ? null : r.nilai;
    } else if (Array.isArray(lama)) {
      induk[kunci] =
        r.cara === "kosong"
          ? []
          : r.cara === "satu"
            ? lama.slice(0, 1)
            : lama.length === 0
              ? lama // fifty copies of nothing is still nothing
              : Array.from({ length: 50 }, (_, j) => structuredClone(lama[j % lama.length]));
    }
  }
  return salinan;
}

// The extra Node versions in CI (.ci/run: Node 22 and 24) run fewer random datasets (SAKIP_FC_SKALA=0.2): the
// renderers' behaviour there is what is checked, the search for damaged data is `npm test`'s job.
const SKALA = Number(process.env.SAKIP_FC_SKALA ?? "1");
const runs = (n: number) => Math.max(2, Math.round(n * SKALA));

const arbKerusakan = fc.array(fc.tuple(fc.nat(), arbRusak), { minLength: 1, maxLength: 6 });

describe("LKjIP with damaged data", () => {
  it("builds the model and renders HTML and XLSX without an exception", async () => {
    await fc.assert(
      fc.asyncProperty(arbKerusakan, async (k) => {
        const lk = bangunLkjip(terapkan(asli, k) as typeof asli);
        expect(renderHtml(lk.dokumen).length).toBeGreaterThan(0);
        expect((await renderXlsx(lk.dokumen)).length).toBeGreaterThan(0);
      }),
      { numRuns: runs(60) },
    );
  }, 300_000);

  it("renders DOCX without an exception", async () => {
    await fc.assert(
      fc.asyncProperty(arbKerusakan, async (k) => {
        const lk = bangunLkjip(terapkan(asli, k) as typeof asli);
        expect((await renderDocx(lk.dokumen)).length).toBeGreaterThan(0);
      }),
      { numRuns: runs(15) },
    );
  }, 300_000);

  it("renders PDF without an exception (a few runs)", async () => {
    await fc.assert(
      fc.asyncProperty(arbKerusakan, async (k) => {
        const lk = bangunLkjip(terapkan(asli, k) as typeof asli);
        expect(renderPdf(lk.dokumen).pdf.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(6) },
    );
  }, 300_000);
});

/** Sets one value of a copy of the demo source by path ("profil.desa.0.luasHa"). */
function dengan(jalur: string, nilai: unknown): typeof asli {
  const s = structuredClone(asli) as unknown as Record<string, unknown>;
  const k = jalur.split(".");
  let induk: Record<string, unknown> = s;
  for (const x of k.slice(0, -1)) induk = induk[x] as Record<string, unknown>;
  induk[k.at(-1)!] = nilai;
  return s as unknown as typeof asli;
}

/** Each row threw before its fix (found by the properties above); the placeholder names what is missing. */
const KASUS: { jalur: string; nilai: unknown; terlihat: string }[] = [
  { jalur: "pemda.nama", nilai: null, terlihat: "nama Pemerintah Daerah" },
  { jalur: "opd.nama", nilai: undefined, terlihat: "nama perangkat daerah" },
  { jalur: "pejabat.0.jabatan", nilai: null, terlihat: "jabatan pejabat" },
  { jalur: "profil.desa.0.luasHa", nilai: "", terlihat: "Data belum tersedia" },
  { jalur: "profil.desa.0.nama", nilai: null, terlihat: "nama desa baris 1" },
  { jalur: "profil.desa.0.lahan.perkebunanHa", nilai: null, terlihat: "Data belum tersedia" },
  { jalur: "skm.jumlah.u1", nilai: null, terlihat: "hasil Survei Kepuasan Masyarakat" },
  { jalur: "skm.responden", nilai: 0, terlihat: "hasil Survei Kepuasan Masyarakat" },
  { jalur: "akip.0.kerangka", nilai: null, terlihat: "nilai komponen" },
  { jalur: "akip.0.komponen.perencanaan", nilai: "-", terlihat: "nilai komponen" },
  { jalur: "rekapAkip.baris.0.komponen.evaluasi", nilai: null, terlihat: "nilai komponen evaluasi AKIP" },
  { jalur: "rekapAkip.penandatangan.jabatan", nilai: null, terlihat: "jabatan pejabat" },
  { jalur: "indikator.0.polaritas", nilai: "", terlihat: "Data belum tersedia" },
  { jalur: "renstra.tahunAwal", nilai: "", terlihat: "Data belum tersedia" },
  { jalur: "peer.opdNama", nilai: null, terlihat: "nama perangkat daerah pembanding" },
  { jalur: "analisis.0.faktorPenghambat.0", nilai: null, terlihat: "LAPORAN KINERJA" },
  { jalur: "teks.0.paragraf.0", nilai: null, terlihat: "LAPORAN KINERJA" },
  { jalur: "penandatangan.tanggal", nilai: "-", terlihat: "tanggal" },
  { jalur: "pk.0.kolomSasaran", nilai: null, terlihat: "SASARAN" },
  { jalur: "pk.0.kolomAnggaran", nilai: undefined, terlihat: "PROGRAM/KEGIATAN" },
];

describe("LKjIP: each damage the properties found", () => {
  it.each(KASUS)("$jalur = $nilai: builds, the HTML shows $terlihat", ({ jalur, nilai, terlihat }) => {
    const lk = bangunLkjip(dengan(jalur, nilai));
    const html = renderHtml(lk.dokumen);
    expect(html.toLowerCase()).toContain(terlihat.toLowerCase());
    expect(html).not.toMatch(/>\s*(null|undefined|NaN)\s*</);
  });

  it("a PK row without a target and with fifty children renders", async () => {
    const s = structuredClone(asli);
    const baris = s.pk[0]!.kinerja[0]!;
    (baris as { target: unknown }).target = undefined;
    baris.anak = Array.from({ length: 50 }, () => structuredClone(s.pk[0]!.kinerja[0]!.anak[0] ?? baris));
    const lk = bangunLkjip(s);
    expect(renderHtml(lk.dokumen)).toContain("Data belum tersedia");
    expect((await renderDocx(lk.dokumen)).length).toBeGreaterThan(0);
  }, 120_000);
});
