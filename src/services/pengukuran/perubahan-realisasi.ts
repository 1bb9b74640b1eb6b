/**
 * When and by whom each realisasi cell (indicator, year, period) of an OPD was last changed, read from the audit
 * trail (every write goes through `mutasi`, so the newest entry naming a cell is its last change): a cell's own edit
 * (`ubahRealisasi`, entity id "{indikatorId}/{tahun}/{periode}") or an XLSX import of the year (tabel-realisasi,
 * entity id "{opdId}/{tahun}", its `after` lists the changed cells). A cell never written through the app (loaded
 * demo data) has none. The instant is ISO 8601 UTC; the web shows it in the Pemda's zone.
 */
import type { Db } from "../../storage/database";
import { listAuditRealisasi } from "../../storage/repositories/audit-repository";
import type { PeriodeRealisasi } from "./ubah-realisasi";

export interface PerubahanRealisasi {
  periode: PeriodeRealisasi;
  /** ISO 8601 instant (UTC) of the write. */
  pada: string;
  /** The name of who wrote it. */
  oleh: string;
}

const PERIODE: readonly string[] = ["tahunan", "tw1", "tw2", "tw3", "tw4"];
/** The import's column (key, or its title in entries written before the key was recorded) → the cell's period. */
const KOLOM_IMPOR: Readonly<Record<string, PeriodeRealisasi>> = {
  realisasi: "tahunan",
  narasi: "tahunan",
  tw1: "tw1",
  tw2: "tw2",
  tw3: "tw3",
  tw4: "tw4",
  Realisasi: "tahunan",
  Narasi: "tahunan",
  "Realisasi TW I": "tw1",
  "Realisasi TW II": "tw2",
  "Realisasi TW III": "tw3",
  "Realisasi TW IV": "tw4",
};

interface EntriAudit {
  at: Date;
  actorNama: string;
  entityId: string;
  after: unknown;
}

/** The cells an audit entry of a realisasi write names, as "{indikatorId}/{periode}". */
function selDari(e: EntriAudit, tahun: number): string[] {
  const p = e.entityId.split("/");
  if (p.length === 3 && p[1] === String(tahun) && PERIODE.includes(p[2]!)) return [`${p[0]}/${p[2]}`];
  if (p.length === 2 && Array.isArray(e.after)) {
    return (e.after as Array<{ indikatorId?: unknown; kunci?: unknown; kolom?: unknown }>).flatMap((x) => {
      const periode = KOLOM_IMPOR[String(x.kunci ?? x.kolom)];
      return typeof x.indikatorId === "string" && periode ? [`${x.indikatorId}/${periode}`] : [];
    });
  }
  return [];
}

/** Pure: the newest entry per cell. `entri` newest first. Key "{indikatorId}/{periode}". */
export function perubahanTerakhir(entri: readonly EntriAudit[], tahun: number): Map<string, PerubahanRealisasi> {
  const hasil = new Map<string, PerubahanRealisasi>();
  for (const e of entri) {
    for (const sel of selDari(e, tahun)) {
      if (hasil.has(sel)) continue;
      hasil.set(sel, {
        periode: sel.split("/")[1] as PeriodeRealisasi,
        pada: e.at.toISOString(),
        oleh: e.actorNama,
      });
    }
  }
  return hasil;
}

/** The last change of each realisasi cell of an OPD's year (read model of the measurement). */
export async function bacaPerubahanRealisasi(
  db: Db,
  opdId: string,
  tahun: number,
): Promise<Map<string, PerubahanRealisasi>> {
  return perubahanTerakhir(await listAuditRealisasi(db, opdId, tahun), tahun);
}
