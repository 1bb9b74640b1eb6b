/**
 * Reminders through the job queue with a REAL SMTP server (issue 15, ADR 0035): pg-boss in the database under test
 * (in-process on PGlite, its own schema on PostgreSQL), nodemailer to smtp-server started here. The deadline is the
 * default of domain/tenggat (realisasi TW I on 10 April, Pemda practice); on 7 April it is 3 days away, a reminder day
 * of the default rule (7, 3, 1, 0).
 * - a reminder is delivered exactly once, also when the queue stops after the run was written and before any mail
 *   went out (a new queue instance on the same database sends it), and when the run is repeated the same day;
 * - a refused address (550) is reported as gagal with the server's answer, not retried;
 * - SMTP down: the delivery waits and is retried with back-off, then delivered once the server is up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tenggatBawaan } from "../../src/domain/tenggat";
import { createContext, type ServiceContext } from "../../src/services/context";
import { buatPengguna } from "../../src/services/pengguna/buat-pengguna";
import { kirimKiriman } from "../../src/services/tugas/kirim-surel";
import { LayananTugas } from "../../src/services/tugas/layanan-tugas";
import { buatPengirimSmtp } from "../../src/services/tugas/surel-smtp";
import { bukaAntrianPgBoss } from "../../src/storage/antrian-tugas";
import { listKiriman } from "../../src/storage/repositories/pengingat-repository";
import { pino } from "pino";
import { createApp } from "../../src/api/app";
import { createPemdaWithOpd, createUserAndSignIn, signIn } from "../support/auth";
import { bukaServerSmtpUji, type ServerSmtpUji } from "../support/smtp-uji";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

const PEMDA = "uji-pengingat";
let t: TestDatabase;
let smtp: ServerSmtpUji;
let pemdaId: string;
const aktif: LayananTugas[] = [];

const pada = (iso: string): ServiceContext => createContext(t.database, () => new Date(iso));

function layanan(ctx: ServiceContext, opsi: { pekerja: boolean }): LayananTugas {
  const l = new LayananTugas(ctx, bukaAntrianPgBoss(t.database, { intervalPolling: 0.5 }), {
    pengirim: buatPengirimSmtp(smtp.url, "SAKIP <sakip@uji.local>"),
    urlAplikasi: "http://sakip.uji",
    batasUlang: 8,
    jedaUlangDetik: 1,
    pekerja: opsi.pekerja,
  });
  aktif.push(l);
  return l;
}

async function tunggu(syarat: () => Promise<boolean> | boolean, pesan: string, ms = 90_000): Promise<void> {
  const akhir = Date.now() + ms;
  while (!(await syarat())) {
    if (Date.now() > akhir) throw new Error(`menunggu terlalu lama: ${pesan}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const suratUntuk = (alamat: string, subjek: string) =>
  smtp.surat.filter((s) => s.kepada.includes(alamat) && s.subjek.includes(subjek));

beforeAll(async () => {
  t = await openTestDatabase();
  smtp = await bukaServerSmtpUji();
  const dibuat = await createPemdaWithOpd(t.ctx, PEMDA, ["kec-a", "kec-b"]);
  pemdaId = dibuat.pemdaId;
  for (const [email, opd, peran] of [
    ["operator.a@uji-pengingat.uji", "kec-a", "operator_opd"],
    ["tolak.b@uji-pengingat.uji", "kec-b", "operator_opd"],
    ["viewer.a@uji-pengingat.uji", "kec-a", "viewer"],
  ] as const) {
    await buatPengguna(t.ctx, {
      email,
      nama: email.split("@")[0]!,
      peran,
      pemdaSlug: PEMDA,
      opdSlug: opd,
      nip: null,
      kataSandi: "Rahasia-uji-2024",
    });
  }
  expect(tenggatBawaan(2026)["realisasi-tw1"]).toBe("2026-04-10");
}, 180_000);

afterAll(async () => {
  for (const l of aktif) await l.berhenti().catch(() => undefined);
  await smtp?.hentikan();
  await t?.close();
});

describe("pengingat lewat antrean dan SMTP", () => {
  it("delivers once, also after the queue stopped between the run and the sending; a refused address is reported", async () => {
    const ctx = pada("2026-04-07T03:00:00Z"); // 7 April in WIB: TW I due in 3 days
    // instance A writes the run and queues the deliveries, then stops before any worker sends ("crash")
    const a = layanan(ctx, { pekerja: false });
    await a.mulai();
    const [hasil] = await a.jalankan(pemdaId);
    expect(hasil).toMatchObject({ hariIni: "2026-04-07", pemberitahuanBaru: 2 });
    expect(hasil!.kirimanBaru).toHaveLength(2); // operator A and operator B; the viewer does not act on it
    await a.berhenti();
    expect(smtp.surat).toHaveLength(0);

    // instance B on the same database: the waiting jobs run
    const b = layanan(ctx, { pekerja: true });
    await b.mulai();
    await tunggu(async () => {
      const k = await listKiriman(t.ctx.db, pemdaId, ["terkirim", "gagal"], 10);
      return k.length === 2;
    }, "both deliveries settled");
    const judul = "Realisasi triwulan I 2026: tenggat 3 hari lagi";
    expect(suratUntuk("operator.a@uji-pengingat.uji", judul)).toHaveLength(1);
    const [surat] = suratUntuk("operator.a@uji-pengingat.uji", judul);
    expect(surat!.teks).toContain("kec-a belum mengajukan Realisasi triwulan I 2026");
    expect(surat!.teks).toContain("10 April 2026");

    const gagal = await listKiriman(t.ctx.db, pemdaId, ["gagal"], 10);
    expect(gagal.map((k) => [k.kepada, k.percobaan])).toEqual([["tolak.b@uji-pengingat.uji", 1]]);
    expect(gagal[0]!.galat).toContain("550");

    // the same day again (the hourly schedule, the admin's "run now"): nothing new, no second mail
    const [lagi] = await b.jalankan(pemdaId);
    expect(lagi).toMatchObject({ pemberitahuanBaru: 0, kirimanBaru: [] });
    const terkirim = await listKiriman(t.ctx.db, pemdaId, ["terkirim"], 10);
    expect(terkirim).toHaveLength(1);
    // a delivery attempted again directly (a duplicate job) finds it sent
    expect(
      (
        await kirimKiriman(ctx, buatPengirimSmtp(smtp.url, "x <x@uji.local>"), terkirim[0]!.id, {
          percobaanTerakhir: false,
        })
      ).hasil,
    ).toBe("sudah");
    await new Promise((r) => setTimeout(r, 2000));
    expect(suratUntuk("operator.a@uji-pengingat.uji", judul)).toHaveLength(1);
    await b.berhenti();
  }, 180_000);

  it("SMTP down: the delivery is retried with back-off and delivered once the server is up", async () => {
    const ctx = pada("2026-04-09T03:00:00Z"); // 9 April: 1 day left, a new reminder
    await smtp.hentikan();
    const c = layanan(ctx, { pekerja: true });
    await c.mulai();
    const [hasil] = await c.jalankan(pemdaId);
    // TW I (1 day left) and, for both operators, the SKM period of 2025 overdue 99 days (day 1 + 14 × 7)
    expect(hasil).toMatchObject({ hariIni: "2026-04-09", pemberitahuanBaru: 4 });
    const idA = (await listKiriman(t.ctx.db, pemdaId, ["menunggu"], 10)).find(
      (k) => k.kepada.startsWith("operator.a") && k.subjek.includes("1 hari lagi"),
    )!.id;
    await tunggu(async () => {
      const k = (await listKiriman(t.ctx.db, pemdaId, ["menunggu"], 10)).find((x) => x.id === idA);
      return (k?.percobaan ?? 0) >= 2;
    }, "two failed attempts while SMTP is down");
    const menunggu = (await listKiriman(t.ctx.db, pemdaId, ["menunggu"], 10)).find((x) => x.id === idA)!;
    expect(menunggu.galat).toMatch(/ECONNECTION|ECONNREFUSED|connect/i);
    expect(suratUntuk("operator.a@uji-pengingat.uji", "1 hari lagi")).toHaveLength(0);

    await smtp.mulai();
    await tunggu(
      async () => (await listKiriman(t.ctx.db, pemdaId, ["terkirim"], 10)).some((k) => k.id === idA),
      "delivered after SMTP is back",
    );
    const k = (await listKiriman(t.ctx.db, pemdaId, ["terkirim"], 10)).find((x) => x.id === idA)!;
    expect(k.percobaan).toBeGreaterThanOrEqual(3);
    expect(suratUntuk("operator.a@uji-pengingat.uji", "1 hari lagi")).toHaveLength(1);
    await c.berhenti();
  }, 180_000);

  it("the admin sees the refused address; the operator sees and reads its notifications", async () => {
    const app = createApp({
      ctx: t.ctx,
      logger: pino({ level: "silent" }),
      version: "0",
      auth: { rahasia: "p".repeat(40) },
    });
    const admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: PEMDA, opdSlug: null });
    const operator = await signIn(app, "operator.a@uji-pengingat.uji", "Rahasia-uji-2024");
    const P = `/api/v1/pemda/${PEMDA}`;

    const k = await app.request(`${P}/pengingat/kiriman?status=gagal`, { headers: admin.headers });
    expect(k.status, await k.clone().text()).toBe(200);
    const kb = (await k.json()) as { jumlah: { gagal: number }; daftar: Array<{ kepada: string; galat: string }> };
    expect(kb.jumlah.gagal).toBeGreaterThanOrEqual(1);
    expect(kb.daftar.every((d) => d.kepada === "tolak.b@uji-pengingat.uji" && d.galat.includes("550"))).toBe(true);
    expect((await app.request(`${P}/pengingat/kiriman`, { headers: operator.headers })).status).toBe(403);

    const b = await app.request(`${P}/pemberitahuan`, { headers: operator.headers });
    const bb = (await b.json()) as { belumDibaca: number; daftar: Array<{ id: string; judul: string }> };
    expect(bb.daftar.map((d) => d.judul)).toContain("Realisasi triwulan I 2026: tenggat 3 hari lagi");
    expect(bb.belumDibaca).toBe(bb.daftar.length);
    const tandai = await app.request(`${P}/pemberitahuan/dibaca`, {
      method: "POST",
      headers: { ...operator.headers, "content-type": "application/json" },
      body: JSON.stringify({ id: bb.daftar[0]!.id }),
    });
    expect(await tandai.json()).toEqual({ ditandai: 1 });
    const lagi = (await (await app.request(`${P}/pemberitahuan`, { headers: operator.headers })).json()) as {
      belumDibaca: number;
    };
    expect(lagi.belumDibaca).toBe(bb.belumDibaca - 1);
  }, 120_000);
});
