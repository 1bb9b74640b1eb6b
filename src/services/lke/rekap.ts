/**
 * The Pemda's recap of a year (the Inspektorat's letter appendix): every OPD with its four components, total,
 * predikat and rank. An OPD with an LKE worksheet shows the evaluator's values (mode "kriteria"; "sementara" until
 * final); an OPD with only the four component values shows those (mode "komponen", component-only), and where that
 * record carries a printed total/predikat that differs from the computed one, the row says so.
 * Four queries whatever the number of OPDs. Permission: evaluasi.baca on the Pemda.
 */
import { aturanUntuk } from "../../domain/pengaturan/aturan-pemda";
import { bacaPengaturanPemda } from "../pengaturan/pengaturan-pemda";
import {
  hitungLkeSebagian,
  hitungNilaiKomponen,
  kerangkaDariKunci,
  type HasilAkip,
  type KodeJawaban,
  KODE_PREDIKAT,
  type KodePredikat,
  LABEL_STATUS_LKE,
  periksaRekap,
  peringkat,
} from "../../domain/akip";
import { formatAngka } from "../../domain/format/angka";
import { mean, roundHalfUp, toFixed } from "../../domain/shared/decimal";
import type { Dec } from "../../domain/shared/decimal";
import { listHasilAkipPemda } from "../../storage/repositories/hasil-tertaut-repository";
import {
  listEvaluasiLkePemda,
  listJawabanEvaluatorPemda,
  listOpdPemda,
} from "../../storage/repositories/lke-repository";
import { otorisasiPemda } from "../bersama/lingkup";
import type { ServiceContext } from "../context";
import { angka, predikatRingkas } from "./nilai";

function predikatTercetak(v: string | null): KodePredikat | null {
  const t = (v ?? "").trim().toUpperCase();
  return (KODE_PREDIKAT as readonly string[]).includes(t) ? (t as KodePredikat) : null;
}

export async function rekapLke(ctx: ServiceContext, pemdaSlug: string, tahun: number) {
  const { pemda, pemdaId } = await otorisasiPemda(ctx, pemdaSlug, "evaluasi.baca");
  const [opd, evaluasi, hasil, jawaban] = await Promise.all([
    listOpdPemda(ctx.db, pemdaId),
    listEvaluasiLkePemda(ctx.db, pemdaId, tahun),
    listHasilAkipPemda(ctx.db, pemdaId, tahun),
    listJawabanEvaluatorPemda(ctx.db, pemdaId, tahun),
  ]);
  const jawabanPer = new Map(jawaban.map((j) => [j.evaluasiId, j.jawaban as Record<string, KodeJawaban | null>]));
  const evPer = new Map(evaluasi.map((e) => [e.opdId, e]));
  const hasilPer = new Map(hasil.map((h) => [h.opdId, h]));
  type Baris = {
    kunci: string;
    total: Dec;
    o: (typeof opd)[number];
    h: HasilAkip;
    mode: "kriteria" | "komponen";
    status: string | null;
    dicetak: {
      total: string | null;
      predikat: string | null;
      totalCocok: boolean | null;
      predikatCocok: boolean | null;
      selisihTotal: string | null;
    } | null;
    catatan: string | null;
  };
  const baris: Baris[] = [];
  const tanpa: Array<{ slug: string; nama: string }> = [];
  for (const o of opd) {
    const ev = evPer.get(o.id);
    const hr = hasilPer.get(o.id);
    if (ev) {
      const kerangka = kerangkaDariKunci(ev.kerangka);
      const n = hitungLkeSebagian(jawabanPer.get(ev.id) ?? {}, kerangka);
      const catatan =
        ev.status === "final"
          ? null
          : `Nilai sementara: evaluasi LKE berstatus "${LABEL_STATUS_LKE[ev.status]}", ${n.terisi} dari ${n.jumlahKriteria} kriteria dinilai evaluator`;
      baris.push({
        kunci: o.slug,
        total: n.hasil.total,
        o,
        h: n.hasil,
        mode: "kriteria",
        status: ev.status,
        dicetak: null,
        catatan,
      });
    } else if (hr) {
      const kerangka = kerangkaDariKunci(hr.kerangka);
      let h: HasilAkip;
      let dicetak: Baris["dicetak"] = null;
      const catatanBeda: string[] = [];
      if (hr.totalDicetak !== null) {
        const p = periksaRekap(hr.komponen, hr.totalDicetak, predikatTercetak(hr.kategoriDicetak), { kerangka });
        h = p.hasil;
        dicetak = {
          total: hr.totalDicetak,
          predikat: hr.kategoriDicetak,
          totalCocok: p.totalCocok,
          predikatCocok: p.predikatCocok,
          selisihTotal: toFixed(p.selisihTotal, 2),
        };
        if (!p.totalCocok) {
          catatanBeda.push(
            `total tercetak ${formatAngka(hr.totalDicetak, { desimal: 2 })} berbeda dari jumlah komponen ${formatAngka(h.totalTampil, { desimal: 2 })}`,
          );
        }
        if (p.predikatCocok === false) {
          catatanBeda.push(`predikat tercetak ${hr.kategoriDicetak} berbeda dari predikat hitungan ${h.predikat.kode}`);
        }
      } else {
        h = hitungNilaiKomponen(hr.komponen, { kerangka });
        if (hr.kategoriDicetak)
          dicetak = {
            total: null,
            predikat: hr.kategoriDicetak,
            totalCocok: null,
            predikatCocok: null,
            selisihTotal: null,
          };
      }
      const catatan = ["Mode komponen: hanya nilai empat komponen yang tersedia", ...catatanBeda].join("; ");
      baris.push({ kunci: o.slug, total: h.total, o, h, mode: "komponen", status: null, dicetak, catatan });
    } else {
      tanpa.push({ slug: o.slug, nama: o.nama });
    }
  }
  const urut = peringkat(baris);
  const { pilihanAturan } = await bacaPengaturanPemda(ctx.db, pemdaId);
  const kerangka = aturanUntuk(pilihanAturan, "lke", tahun).value.kerangka;
  return {
    pemda: { slug: pemda.slug, nama: pemda.nama },
    tahun,
    kerangka,
    jumlahOpd: urut.length,
    jumlahModeKomponen: urut.filter((b) => b.mode === "komponen").length,
    jumlahBerbedaDicetak: urut.filter(
      (b) => b.dicetak && (b.dicetak.totalCocok === false || b.dicetak.predikatCocok === false),
    ).length,
    rataRata: urut.length ? angka(toFixed(roundHalfUp(mean(urut.map((b) => b.total)), 2), 2)) : null,
    baris: urut.map((b) => ({
      opd: { slug: b.o.slug, nama: b.o.nama },
      urutan: b.o.urutan,
      mode: b.mode,
      status: b.status,
      kerangka: b.h.kerangka,
      komponen: b.h.komponen.map((k) => ({
        kunci: k.kunci,
        nama: k.nama,
        bobot: k.bobot.toString(),
        nilai: angka(k.nilaiTampil),
      })),
      total: angka(b.h.totalTampil),
      predikat: predikatRingkas(b.h),
      peringkat: b.peringkat,
      dicetak: b.dicetak,
      catatan: b.catatan,
    })),
    tanpaEvaluasi: tanpa,
  };
}
