/**
 * Pemda administration through the API (issue M1-04 "Organisation"): the admin edits the Pemda profile and its
 * Bupati (one audit entry; an unchanged PUT writes none), uploads a logo (a real PNG, read back byte-identical;
 * a text file named .png → 400, over 1 MB → 413), creates and edits OPDs (duplicate slug/kode → 409; kode read as a
 * Permendagri 90/2019 unit code). Operator and evaluator are refused (403); another Pemda is 404.
 */
import { bacaKaskade } from "../../src/services/pk/baca-pk";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { pasangPenyaji } from "../../src/cli/penyaji";
import { ubahProfilPemda } from "../../src/services/organisasi/profil-pemda";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { simpanDaftarPejabat } from "../../src/services/organisasi/simpan-pejabat";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { getPejabat, listPejabat } from "../../src/storage/repositories/pejabat-repository";
import { listPk, upsertPk } from "../../src/storage/repositories/pk-repository";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn } from "../support/auth";
import { bukaZip } from "../support/laporan";
import { openTestDatabase, type TestDatabase } from "../support/test-database";
import { pngUji } from "./authz-matrix-organisasi";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;
let operator: SignedIn;
let evaluator: SignedIn;
let pemdaId: string;

const P = "/api/v1/pemda/kab-uji";

const send = (method: string, url: string, as: SignedIn, body?: unknown) =>
  app.request(url, {
    method,
    headers: { ...as.headers, "content-type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

const kirimLogo = (as: SignedIn, isi: Uint8Array, jenis = "image/png", url = `${P}/logo`) =>
  app.request(url, {
    method: "PUT",
    headers: { ...as.headers, "content-type": jenis },
    body: isi as Uint8Array<ArrayBuffer>,
  });

const audit = async (entity: string) => listAudit(t.ctx.db, { pemdaId, entity });
const kepalaDaerahRows = async () =>
  (await listPejabat(t.ctx.db, pemdaId, null)).filter((p) => p.peran === "kepala-daerah");

beforeAll(async () => {
  t = await openTestDatabase();
  pasangPenyaji();
  pemdaId = (await createPemdaWithOpd(t.ctx, "kab-uji", ["kecamatan-satu"])).pemdaId;
  await createPemdaWithOpd(t.ctx, "kota-lain", ["kecamatan-lain"]);
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "o".repeat(40) } });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "kab-uji", opdSlug: null });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "kab-uji",
    opdSlug: "kecamatan-satu",
  });
  evaluator = await createUserAndSignIn(app, t.ctx, { peran: "evaluator", pemdaSlug: "kab-uji", opdSlug: null });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("Pemda profile", () => {
  const profil = {
    nama: "Kabupaten Uji Coba",
    provinsi: "Sumatera Utara",
    ibuKota: "Lima Puluh",
    alamat: "Jl. Perintis Kemerdekaan No. 1",
    kepalaDaerah: { nama: "ZAHIR", gelarDepan: "Ir. H.", gelarBelakang: "MAP" },
  };

  it("saves identity, address and the Bupati with one audit entry; an unchanged PUT writes none", async () => {
    const res = await send("PUT", `${P}/profil`, admin, profil);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { diubah: boolean; profil: Record<string, unknown> };
    expect(body.diubah).toBe(true);
    expect(body.profil).toMatchObject({
      slug: "kab-uji",
      nama: "Kabupaten Uji Coba",
      jenis: "kabupaten",
      ibuKota: "Lima Puluh",
      alamat: "Jl. Perintis Kemerdekaan No. 1",
      // jabatan not typed: derived from the Pemda's name
      kepalaDaerah: { nama: "ZAHIR", gelarDepan: "Ir. H.", gelarBelakang: "MAP", jabatan: "Bupati Uji Coba" },
      logo: null,
    });
    expect(await audit("pemda")).toHaveLength(1);

    const lagi = await send("PUT", `${P}/profil`, admin, profil);
    expect(((await lagi.json()) as { diubah: boolean }).diubah).toBe(false);
    expect(await audit("pemda")).toHaveLength(1);

    const dibaca = await send("GET", `${P}/profil`, operator);
    expect(dibaca.status).toBe(200);
    expect(((await dibaca.json()) as { kepalaDaerah: { nama: string } }).kepalaDaerah.nama).toBe("ZAHIR");
  });

  it("corrects gelar/jabatan of the same Bupati in place (same row, no second Kepala Daerah)", async () => {
    const [lama] = await kepalaDaerahRows();
    const res = await send("PUT", `${P}/profil`, admin, {
      ...profil,
      kepalaDaerah: { nama: "ZAHIR", gelarDepan: "Ir. H.", gelarBelakang: "M.AP", jabatan: "Bupati Uji" },
    });
    expect(res.status).toBe(200);
    const rows = await kepalaDaerahRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: lama!.id, nama: "ZAHIR", gelarBelakang: "M.AP", jabatan: "Bupati Uji" });
    expect(rows[0]!.selesai).toBeNull();
  });

  it("a new name is a new Kepala Daerah: the old row ends yesterday, stored PKs keep the old name", async () => {
    // a PK 2023 whose pihak kedua is the Bupati ZAHIR (as the demo's Camat PK names the Bupati)
    await simpanDaftarPejabat(t.ctx, { pemda: "kab-uji", opd: "kecamatan-satu" }, [
      { kode: "camat", peran: "kepala-opd", nama: "CAMAT SATU", nip: "198501012010011001", jabatan: "Camat" },
    ]);
    const { opd } = await resolveOpd(t.ctx, "kab-uji", "kecamatan-satu");
    const camat = (await listPejabat(t.ctx.db, pemdaId, opd.id))[0]!;
    const [zahir] = await kepalaDaerahRows();
    await upsertPk(t.ctx.db, {
      pemdaId,
      opdId: opd.id,
      kode: "pk-2023-camat",
      tahun: 2023,
      jenis: "awal",
      level: "kepala-opd",
      pihakPertamaId: camat.id,
      pihakKeduaId: zahir!.id,
      tempat: "Lima Puluh",
      tanggal: "2023-01-02",
    });
    const n = (await audit("pemda")).length;
    const res = await send("PUT", `${P}/profil`, admin, {
      ...profil,
      kepalaDaerah: { nama: "BUPATI BARU", jabatan: "Bupati Uji" },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { profil: { kepalaDaerah: Record<string, unknown> } };
    expect(body.profil.kepalaDaerah).toEqual({
      nama: "BUPATI BARU",
      gelarDepan: null,
      gelarBelakang: null,
      jabatan: "Bupati Uji",
    });
    // ctx.now() = 2024-02-18 09:00 WIB: the old term ends the day before, the new one starts today
    const rows = await kepalaDaerahRows();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === zahir!.id)).toMatchObject({ nama: "ZAHIR", selesai: "2024-02-17" });
    expect(rows.find((r) => r.id !== zahir!.id)).toMatchObject({
      nama: "BUPATI BARU",
      kode: "kepala-daerah-2",
      mulai: "2024-02-18",
      selesai: null,
    });
    const pk = (await listPk(t.ctx.db, opd.id, 2023))[0]!;
    expect(pk.pihakKeduaId).toBe(zahir!.id);
    expect((await getPejabat(t.ctx.db, pemdaId, pk.pihakKeduaId))?.nama).toBe("ZAHIR");
    // the 2023 cascade tree still starts at the Bupati the Camat signed with; a year without a PK shows the new one
    const lingkupSatu = { pemda: "kab-uji", opd: "kecamatan-satu" };
    expect((await bacaKaskade(t.ctx, lingkupSatu, 2023)).pohon.pejabat).toContain("ZAHIR");
    expect((await bacaKaskade(t.ctx, lingkupSatu, 2024)).pohon.pejabat).toContain("BUPATI BARU");
    const entri = await audit("pemda");
    expect(entri).toHaveLength(n + 1);
    expect(entri[0]!.action).toBe("ubah-profil");
    expect(entri[0]!.before).toMatchObject({ kepalaDaerah: { nama: "ZAHIR" } });
    // the same PUT again: nothing changes, no third Kepala Daerah
    const lagi = await send("PUT", `${P}/profil`, admin, {
      ...profil,
      kepalaDaerah: { nama: "BUPATI BARU", jabatan: "Bupati Uji" },
    });
    expect(((await lagi.json()) as { diubah: boolean }).diubah).toBe(false);
    expect(await kepalaDaerahRows()).toHaveLength(2);
  });

  it("keeps stored fields the request omits; null clears them", async () => {
    const res = await send("PUT", `${P}/profil`, admin, { nama: profil.nama, provinsi: profil.provinsi });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      diubah: false,
      profil: {
        ibuKota: "Lima Puluh",
        alamat: "Jl. Perintis Kemerdekaan No. 1",
        kepalaDaerah: { nama: "BUPATI BARU", jabatan: "Bupati Uji" },
      },
    });
    // gelar omitted: the stored gelar stays (the same person)
    await send("PUT", `${P}/profil`, admin, { ...profil, kepalaDaerah: { nama: "BUPATI BARU", gelarDepan: "Dr." } });
    const gelar = await send("PUT", `${P}/profil`, admin, { ...profil, kepalaDaerah: { nama: "BUPATI BARU" } });
    expect(await gelar.json()).toMatchObject({
      profil: { kepalaDaerah: { nama: "BUPATI BARU", gelarDepan: "Dr.", jabatan: "Bupati Uji" } },
    });
    expect(await kepalaDaerahRows()).toHaveLength(2);
    const hapus = await send("PUT", `${P}/profil`, admin, {
      nama: profil.nama,
      provinsi: profil.provinsi,
      ibuKota: null,
    });
    expect(await hapus.json()).toMatchObject({
      diubah: true,
      profil: { ibuKota: null, alamat: "Jl. Perintis Kemerdekaan No. 1" },
    });
    const { kepalaDaerah: _kd, ...tanpaKepala } = profil;
    expect((await send("PUT", `${P}/profil`, admin, tanpaKepala)).status).toBe(200);
    expect(await kepalaDaerahRows()).toHaveLength(2);
  });

  it("names the field at fault (400)", async () => {
    const res = await send("PUT", `${P}/profil`, admin, { ...profil, nama: "  " });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ field: "nama", message: "Nama Pemda wajib diisi" }] });
  });

  it.each([
    ["operator", () => operator],
    ["evaluator", () => evaluator],
  ])("refuses the %s (403)", async (_, as) => {
    expect((await send("PUT", `${P}/profil`, as(), profil)).status).toBe(403);
    expect((await kirimLogo(as(), pngUji())).status).toBe(403);
    expect((await send("DELETE", `${P}/logo`, as())).status).toBe(403);
    expect((await send("POST", `${P}/opd`, as(), { slug: "x", nama: "X", jenis: "dinas" })).status).toBe(403);
  });

  it("answers 404 for another Pemda", async () => {
    expect((await send("GET", "/api/v1/pemda/kota-lain/profil", admin)).status).toBe(404);
    expect((await send("PUT", "/api/v1/pemda/kota-lain/profil", admin, profil)).status).toBe(404);
    expect((await kirimLogo(admin, pngUji(), "image/png", "/api/v1/pemda/kota-lain/logo")).status).toBe(404);
  });
});

describe("Pemda logo", () => {
  it("has none at first (404), stores a real PNG and serves it byte-identical with its type", async () => {
    expect((await send("GET", `${P}/logo`, admin)).status).toBe(404);
    const isi = pngUji(96, "#2f9e44");
    const res = await kirimLogo(admin, isi);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ mime: "image/png", lebar: 96, tinggi: 96, ukuran: isi.byteLength });
    const unduh = await send("GET", `${P}/logo`, operator);
    expect(unduh.status).toBe(200);
    expect(unduh.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await unduh.arrayBuffer()).equals(Buffer.from(isi))).toBe(true);
    expect(await audit("pemda-logo")).toHaveLength(1);
    // the same bytes again: nothing changes, no entry
    expect(((await (await kirimLogo(admin, isi)).json()) as { diubah: boolean }).diubah).toBe(false);
    expect(await audit("pemda-logo")).toHaveLength(1);
    const profil = (await (await send("GET", `${P}/profil`, admin)).json()) as { logo: unknown };
    expect(profil.logo).toEqual({ mime: "image/png", ukuran: isi.byteLength, lebar: 96, tinggi: 96 });
  });

  it("refuses a text file named .png with a 400 naming the problem", async () => {
    const res = await kirimLogo(admin, new TextEncoder().encode("Ini teks biasa, bukan logo.\n"));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      errors: [{ field: "logo", message: expect.stringMatching(/bukan gambar PNG atau JPEG/) }],
    });
  });

  it("refuses a body over 1 MB with 413", async () => {
    const besar = new Uint8Array(1024 * 1024 + 1);
    besar.set(pngUji());
    const res = await kirimLogo(admin, besar);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { title: string }).title).toMatch(/melebihi batas 1 MB/);
  });

  it("deletes the logo (one entry), then GET is 404 and a second DELETE changes nothing", async () => {
    expect(await (await send("DELETE", `${P}/logo`, admin)).json()).toEqual({ dihapus: true });
    expect((await send("GET", `${P}/logo`, admin)).status).toBe(404);
    expect(await (await send("DELETE", `${P}/logo`, admin)).json()).toEqual({ dihapus: false });
    expect(await audit("pemda-logo")).toHaveLength(2);
  });
});

describe("OPD administration", () => {
  it("creates an OPD with its kode in SIPD form and address, then refuses the same slug or kode (409)", async () => {
    const res = await send("POST", `${P}/opd`, admin, {
      slug: "dinas-pendidikan",
      nama: "Dinas Pendidikan",
      jenis: "dinas",
      kode: "1-01.0-00.0-00.01.0.0",
      alamat: "Jl. Pendidikan No. 2",
      urutan: 5,
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      slug: "dinas-pendidikan",
      kode: "1.01.0.00.0.00.01.0000",
      alamat: "Jl. Pendidikan No. 2",
      urutan: 5,
    });
    const slugSama = await send("POST", `${P}/opd`, admin, { slug: "dinas-pendidikan", nama: "Lain", jenis: "dinas" });
    expect(slugSama.status).toBe(409);
    expect(((await slugSama.json()) as { detail: string }).detail).toMatch(/Slug "dinas-pendidikan" sudah dipakai/);
    const kodeSama = await send("POST", `${P}/opd`, admin, {
      slug: "dinas-lain",
      nama: "Dinas Lain",
      jenis: "dinas",
      kode: "1.01.0.00.0.00.01.0000",
    });
    expect(kodeSama.status).toBe(409);
    expect(((await kodeSama.json()) as { detail: string }).detail).toMatch(/sudah dipakai oleh Dinas Pendidikan/);
    expect((await audit("opd")).filter((e) => e.action === "buat")).toHaveLength(1);
  });

  it("refuses an unreadable kode and a bad slug at their fields", async () => {
    const kode = await send("POST", `${P}/opd`, admin, { slug: "dinas-x", nama: "X", jenis: "dinas", kode: "7.01" });
    expect(kode.status).toBe(400);
    expect(await kode.json()).toMatchObject({ errors: [{ field: "kode" }] });
    const slug = await send("POST", `${P}/opd`, admin, { slug: "Dinas X", nama: "X", jenis: "dinas" });
    expect(await slug.json()).toMatchObject({ errors: [{ field: "slug" }] });
  });

  it("updates kode and alamat (slug stays), audited once; unchanged → no entry", async () => {
    const ubah = {
      nama: "Kecamatan Satu",
      jenis: "kecamatan",
      kode: "7.01.0.00.0.00.03.0000",
      alamat: "Jl. Camat No. 3",
      urutan: 1,
    };
    const res = await send("PUT", `${P}/opd/kecamatan-satu`, admin, ubah);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      diubah: true,
      opd: { slug: "kecamatan-satu", kode: "7.01.0.00.0.00.03.0000", alamat: "Jl. Camat No. 3" },
    });
    const daftar = (await (await send("GET", `${P}/opd`, admin)).json()) as Array<Record<string, unknown>>;
    expect(daftar.find((o) => o.slug === "kecamatan-satu")).toMatchObject({ alamat: "Jl. Camat No. 3" });
    const entri = (await audit("opd")).filter((e) => e.action === "ubah");
    expect(entri).toHaveLength(1);
    expect(entri[0]!.before).toMatchObject({ kode: null, alamat: null });
    const lagi = await send("PUT", `${P}/opd/kecamatan-satu`, admin, ubah);
    expect(((await lagi.json()) as { diubah: boolean }).diubah).toBe(false);
    expect((await audit("opd")).filter((e) => e.action === "ubah")).toHaveLength(1);
    // another OPD's kode → 409; an unknown OPD → 404; the operator may not edit even their own OPD
    const bentrok = await send("PUT", `${P}/opd/kecamatan-satu`, admin, { ...ubah, kode: "1.01.0.00.0.00.01.0000" });
    expect(bentrok.status).toBe(409);
    expect((await send("PUT", `${P}/opd/tidak-ada`, admin, ubah)).status).toBe(404);
    expect((await send("PUT", `${P}/opd/kecamatan-satu`, operator, ubah)).status).toBe(403);
  });

  it("keeps kode, alamat and urutan when the request omits them; null or empty clears", async () => {
    const res = await send("PUT", `${P}/opd/kecamatan-satu`, admin, { nama: "Kecamatan Satu", jenis: "kecamatan" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      diubah: false,
      opd: { kode: "7.01.0.00.0.00.03.0000", alamat: "Jl. Camat No. 3", urutan: 1 },
    });
    const n = (await audit("opd")).length;
    const ganti = await send("PUT", `${P}/opd/kecamatan-satu`, admin, {
      nama: "Kecamatan Satu Baru",
      jenis: "kecamatan",
      urutan: null,
      alamat: "",
    });
    expect(await ganti.json()).toMatchObject({
      diubah: true,
      opd: { nama: "Kecamatan Satu Baru", kode: "7.01.0.00.0.00.03.0000", alamat: null, urutan: null },
    });
    expect(await audit("opd")).toHaveLength(n + 1);
    const daftar = (await (await send("GET", `${P}/opd`, admin)).json()) as Array<Record<string, unknown>>;
    expect(daftar.find((o) => o.slug === "kecamatan-satu")).toMatchObject({
      nama: "Kecamatan Satu Baru",
      kode: "7.01.0.00.0.00.03.0000",
      alamat: null,
      urutan: null,
    });
  });
});

describe("LKjIP cover", () => {
  const unduh = async (format: string) => {
    const res = await send("GET", `${P}/opd/kecamatan-satu/laporan/2024/unduh?format=${format}`, admin);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  it("draws the stored logo on the DOCX, PDF and HTML cover, and none without a logo", async () => {
    const tanpa = await unduh("docx");
    expect([...bukaZip(tanpa).keys()].filter((k) => k.startsWith("word/media/"))).toEqual([]);
    const isi = pngUji(120, "#e8590c");
    expect((await kirimLogo(admin, isi)).status).toBe(200);
    const media = [...bukaZip(await unduh("docx")).entries()].filter(([k]) => k.startsWith("word/media/"));
    expect(media.map(([, v]) => Buffer.from(v).equals(Buffer.from(isi)))).toContain(true);
    const pdf = await unduh("pdf");
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(pdf.toString("latin1")).toMatch(/\/Subtype\s*\/Image/);
    expect((await unduh("html")).toString("utf8")).toContain(
      `src="data:image/png;base64,${Buffer.from(isi).toString("base64")}"`,
    );
  }, 60_000);
});

describe("correcting the spelling of the Kepala Daerah's name", () => {
  // Months after the current Kepala Daerah took office (so the same-day rule does not apply).
  const nanti = () => ({ ...t.ctx, now: () => new Date("2024-06-03T02:00:00Z") });
  const kini = async () => {
    const rows = await kepalaDaerahRows();
    return rows.filter((r) => !r.selesai);
  };

  it("koreksiNama fixes the current row in place; without it another name starts a new term", async () => {
    const sebelum = await kepalaDaerahRows();
    const [aktif] = await kini();
    expect(aktif).toBeDefined();
    await ubahProfilPemda(nanti(), "kab-uji", {
      nama: "Kabupaten Uji Coba",
      provinsi: "Sumatera Utara",
      kepalaDaerah: { nama: `${aktif!.nama} (KOREKSI)`, koreksiNama: true },
    });
    expect(await kepalaDaerahRows()).toHaveLength(sebelum.length);
    expect((await getPejabat(t.ctx.db, pemdaId, aktif!.id))?.nama).toBe(`${aktif!.nama} (KOREKSI)`);
    await ubahProfilPemda(nanti(), "kab-uji", {
      nama: "Kabupaten Uji Coba",
      provinsi: "Sumatera Utara",
      kepalaDaerah: { nama: "BUPATI KETIGA" },
    });
    expect(await kepalaDaerahRows()).toHaveLength(sebelum.length + 1);
    expect((await getPejabat(t.ctx.db, pemdaId, aktif!.id))?.selesai).toBe("2024-06-02");
    expect((await kini()).map((r) => r.nama)).toEqual(["BUPATI KETIGA"]);
  });
});
