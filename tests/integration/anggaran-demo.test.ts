/**
 * The budget demo (Sei Balai 2023) goes through the public import and is idempotent: a second run writes nothing,
 * adds no audit entry and leaves the same content hash. The shipped demo text is the seed appendix byte for byte.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashDataAnggaran } from "../../src/services/anggaran/data";
import { muatDemoAnggaran } from "../../src/demo/muat-anggaran";
import { PENGAWASAN_ANGGARAN_SEI_BALAI_2023_TSV } from "../../src/demo/data/sei-balai/pengawasan-anggaran-2023";
import { queryRows } from "../../src/storage/database";
import { hitungBaris } from "../../src/storage/repositories/anggaran-repository";
import { seiBalaiTsv } from "../fixtures/anggaran/sei-balai";
import { createPemdaWithOpd } from "../support/auth";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let kunci: { pemdaId: string; opdId: string; tahun: number };

const audit = async (): Promise<{ entity: string; action: string }[]> =>
  queryRows(t.ctx.db, sql`select entity, action from audit_log order by id`);

beforeAll(async () => {
  t = await openTestDatabase();
  const { pemdaId, opdIds } = await createPemdaWithOpd(t.ctx, "batu-bara", ["kecamatan-sei-balai"]);
  kunci = { pemdaId, opdId: opdIds["kecamatan-sei-balai"] ?? "", tahun: 2023 };
});
afterAll(async () => {
  await t?.close();
});

describe("muatDemoAnggaran", () => {
  it("ships the seed appendix unchanged (SEED 1709-1807)", () => {
    expect(PENGAWASAN_ANGGARAN_SEI_BALAI_2023_TSV).toBe(seiBalaiTsv());
  });

  it("imports the tree, the Tabel 2.3 breakdown and the sasaran links once, with one audit entry each", async () => {
    const r = await muatDemoAnggaran(t.ctx);
    expect(r.impor).toMatch(/^Impor diterapkan: 53 dibuat/);
    expect(await hitungBaris(t.ctx.db, kunci)).toEqual({
      node: 53,
      realisasi: 34,
      rincian: 0,
      sasaran: 6,
      kelasOpd: 3,
    });
    expect((await audit()).map((a) => `${a.entity}/${a.action}`)).toEqual([
      "anggaran/impor",
      "anggaran.kelas_opd/simpan",
      "anggaran.sasaran/atur",
      "anggaran.sasaran/atur",
    ]);
  });

  it("is idempotent: the second run changes nothing", async () => {
    const hash = await hashDataAnggaran(t.ctx.db, kunci);
    const n = (await audit()).length;
    const r = await muatDemoAnggaran(t.ctx);
    expect(r.impor).toMatch(/^Tanpa perubahan/);
    expect(r.kelasOpd).toBe("tetap");
    expect(r.sasaran.every((s) => s.endsWith("(tetap)"))).toBe(true);
    expect((await audit()).length).toBe(n);
    expect(await hashDataAnggaran(t.ctx.db, kunci)).toBe(hash);
  });
});
