import { upsertOpd, upsertPemda } from "../../src/storage/repositories/organisasi-repository";
import { openTestDatabase, type TestDatabase } from "./test-database";

/**
 * A fresh test database (openTestDatabase) holding only the Pemda Kabupaten Batu Bara and its Kecamatan Sei Balai:
 * for tests that import into one OPD without loading the whole demo.
 */
export async function openDatabaseSeiBalai(): Promise<TestDatabase> {
  const t = await openTestDatabase();
  const pemda = await upsertPemda(t.ctx.db, {
    slug: "batu-bara",
    nama: "Kabupaten Batu Bara",
    jenis: "kabupaten",
    provinsi: "Sumatera Utara",
  });
  await upsertOpd(t.ctx.db, {
    pemdaId: pemda.id,
    slug: "kecamatan-sei-balai",
    nama: "Kecamatan Sei Balai",
    jenis: "kecamatan",
    kode: null,
    urutan: 31,
  });
  return t;
}
