/**
 * User administration, the audit trail browser/export and the workflow routes (issue M1-03): every user change is
 * audited through mutasi (one entry, no secrets), OPD-bound users see only their OPD's trail, and the period
 * workflow moves draft → diajukan → disetujui → terkunci → (buka, with a reason) draft.
 */
import ExcelJS from "exceljs";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createUserAndSignIn, type SignedIn, signIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let admin: SignedIn;
let operator: SignedIn;
let pimpinan: SignedIn;

const send = (method: string, url: string, as: SignedIn, body?: unknown) =>
  app.request(url, {
    method,
    headers: { ...as.headers, "content-type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

beforeAll(async () => {
  t = await openDemoDatabase();
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "p".repeat(40) } });
  admin = await createUserAndSignIn(app, t.ctx, { peran: "admin_pemda", pemdaSlug: "batu-bara", opdSlug: null });
  operator = await createUserAndSignIn(app, t.ctx, {
    peran: "operator_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
  pimpinan = await createUserAndSignIn(app, t.ctx, {
    peran: "pimpinan_opd",
    pemdaSlug: "batu-bara",
    opdSlug: "kecamatan-sei-balai",
  });
});
afterAll(async () => {
  await t?.close();
});

describe("user administration is audited", () => {
  it("create, role change, deactivation and reset each write exactly one entry without secrets", async () => {
    const created = await send("POST", "/api/v1/pemda/batu-bara/pengguna", admin, {
      email: "staf.baru@batu-bara.uji",
      nama: "Staf Baru",
      peran: "viewer",
      opd: "kecamatan-datuk-tanah-datar",
      kataSandi: "Sandi-staf-baru-1",
    });
    expect(created.status).toBe(201);
    const user = (await created.json()) as { id: string };
    const entries = async () =>
      (await listAudit(t.ctx.db, { pemdaId: null, entity: "pengguna", entityId: user.id })).reverse();
    expect((await entries()).map((e) => e.action)).toEqual(["buat"]);
    expect(JSON.stringify(await entries())).not.toMatch(/argon2|Sandi-staf/);
    expect((await entries())[0]).toMatchObject({ actorUserId: admin.userId, after: { peran: "viewer" } });

    const session = await signIn(app, "staf.baru@batu-bara.uji", "Sandi-staf-baru-1");
    const role = await send("PATCH", `/api/v1/pemda/batu-bara/pengguna/${user.id}`, admin, {
      peran: "operator_opd",
    });
    expect(role.status).toBe(200);
    // a role change ends the user's sessions
    expect((await app.request("/api/auth/sesi", { headers: session.headers })).status).toBe(401);

    expect((await send("PATCH", `/api/v1/pemda/batu-bara/pengguna/${user.id}`, admin, { aktif: false })).status).toBe(
      200,
    );
    await expect(signIn(app, "staf.baru@batu-bara.uji", "Sandi-staf-baru-1")).rejects.toThrow(/401/);
    expect((await send("PATCH", `/api/v1/pemda/batu-bara/pengguna/${user.id}`, admin, { aktif: true })).status).toBe(
      200,
    );
    const reset = await send("POST", `/api/v1/pemda/batu-bara/pengguna/${user.id}/reset-kata-sandi`, admin, {
      kataSandiBaru: "Sandi-reset-staf-2",
    });
    expect(reset.status).toBe(200);
    await expect(signIn(app, "staf.baru@batu-bara.uji", "Sandi-reset-staf-2")).resolves.toBeDefined();

    const log = await entries();
    expect(log.map((e) => e.action)).toEqual(["buat", "ubah_peran", "nonaktifkan", "aktifkan", "reset_kata_sandi"]);
    expect(log[1]).toMatchObject({ before: { peran: "viewer" }, after: { peran: "operator_opd" } });
    expect(JSON.stringify(log)).not.toMatch(/argon2|Sandi-/);
  });

  it("writes no entry when the change fails (duplicate email), and refuses an operator", async () => {
    const before = (await listAudit(t.ctx.db, { pemdaId: null })).length;
    const dup = await send("POST", "/api/v1/pemda/batu-bara/pengguna", admin, {
      email: operator.email,
      nama: "Duplikat",
      peran: "viewer",
      kataSandi: "Sandi-duplikat-1",
    });
    expect(dup.status).toBe(409);
    const denied = await send("POST", "/api/v1/pemda/batu-bara/pengguna", operator, {
      email: "x@batu-bara.uji",
      nama: "Tidak Boleh",
      peran: "viewer",
      kataSandi: "Sandi-tidak-boleh-1",
    });
    expect(denied.status).toBe(403);
    expect((await listAudit(t.ctx.db, { pemdaId: null })).length).toBe(before);
  });

  it("refuses an admin demoting or deactivating themself", async () => {
    const res = await send("PATCH", `/api/v1/pemda/batu-bara/pengguna/${admin.userId}`, admin, { aktif: false });
    expect(res.status).toBe(409);
  });
});

describe("workflow routes", () => {
  // 2023: the demo year with complete data (the validator finds no galat, so "ajukan" passes, ADR 0027)
  const url = "/api/v1/pemda/batu-bara/opd/kecamatan-sei-balai/status-periode/2023";
  const status = async (as: SignedIn) =>
    (
      (await (await send("GET", url, as)).json()) as Array<{
        modul: string;
        status: string;
        tindakan: Array<{ aksi: string }>;
      }>
    ).find((m) => m.modul === "pengukuran");

  it("moves draft → diajukan → disetujui → terkunci → draft (unlock needs a reason), showing allowed actions", async () => {
    expect(await status(operator)).toMatchObject({ status: "draft", tindakan: [{ aksi: "ajukan" }] });
    expect((await status(pimpinan))?.tindakan).toEqual([]);
    expect((await send("POST", `${url}/pengukuran`, operator, { aksi: "ajukan" })).status).toBe(200);
    expect((await status(pimpinan))?.tindakan.map((x) => x.aksi)).toEqual(["setujui", "kembalikan"]);
    expect((await send("POST", `${url}/pengukuran`, operator, { aksi: "setujui" })).status).toBe(403);
    expect((await send("POST", `${url}/pengukuran`, pimpinan, { aksi: "setujui" })).status).toBe(200);
    expect((await send("POST", `${url}/pengukuran`, pimpinan, { aksi: "kunci" })).status).toBe(200);
    expect((await send("POST", `${url}/pengukuran`, operator, { aksi: "ajukan" })).status).toBe(409);
    expect((await send("POST", `${url}/pengukuran`, pimpinan, { aksi: "buka", alasan: "x" })).status).toBe(403);
    const noReason = await send("POST", `${url}/pengukuran`, admin, { aksi: "buka" });
    expect(noReason.status).toBe(400);
    expect(((await noReason.json()) as { detail: string }).detail).toMatch(/alasan: wajib/);
    const open = await send("POST", `${url}/pengukuran`, admin, { aksi: "buka", alasan: "Koreksi realisasi TW IV" });
    expect(await open.json()).toEqual({ status: "draft" });
    const log = await listAudit(t.ctx.db, { pemdaId: null, entity: "status_periode.pengukuran" });
    expect(log.map((e) => e.action).reverse()).toEqual(["ajukan", "setujui", "kunci", "buka"]);
    expect(log[0]).toMatchObject({ alasan: "Koreksi realisasi TW IV", actorUserId: admin.userId });
  });
});

describe("audit browser and export", () => {
  it("filters by entity and date, and scopes an OPD-bound user to its own OPD", async () => {
    const all = (await (await send("GET", "/api/v1/pemda/batu-bara/audit?entity=pengguna", admin)).json()) as {
      total: number;
      entri: Array<{ entity: string; opdSlug: string | null }>;
    };
    expect(all.total).toBeGreaterThan(0);
    expect(all.entri.every((e) => e.entity === "pengguna")).toBe(true);
    expect(all.entri.some((e) => e.opdSlug === "kecamatan-datuk-tanah-datar")).toBe(true);

    const asOperator = (await (await send("GET", "/api/v1/pemda/batu-bara/audit?limit=500", operator)).json()) as {
      entri: Array<{ opdSlug: string | null }>;
    };
    expect(asOperator.entri.length).toBeGreaterThan(0);
    expect(asOperator.entri.every((e) => e.opdSlug === "kecamatan-sei-balai")).toBe(true);
    expect((await send("GET", "/api/v1/pemda/batu-bara/audit?opd=kecamatan-datuk-tanah-datar", operator)).status).toBe(
      403,
    );

    const prefix = (await (
      await send("GET", "/api/v1/pemda/batu-bara/audit?entity=status_periode.*", admin)
    ).json()) as {
      total: number;
    };
    expect(prefix.total).toBe(4);
    const future = (await (await send("GET", "/api/v1/pemda/batu-bara/audit?dari=2999-01-01", admin)).json()) as {
      total: number;
    };
    expect(future.total).toBe(0);
    expect((await send("GET", "/api/v1/pemda/batu-bara/audit?dari=2024-02-30", admin)).status).toBe(400);
  });

  it("exports CSV (formula-safe) and XLSX with the same rows", async () => {
    const csv = await send("GET", "/api/v1/pemda/batu-bara/audit/ekspor?format=csv&entity=status_periode.*", admin);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="jejak-audit-batu-bara-.*\.csv"/);
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toMatch(/^No\. entri,Waktu \(WIB\),Aktor/);
    expect(lines).toHaveLength(5);
    expect(text).toContain("Koreksi realisasi TW IV");

    const xlsx = await send("GET", "/api/v1/pemda/batu-bara/audit/ekspor?format=xlsx&entity=status_periode.*", admin);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const ws = wb.getWorksheet("Jejak audit")!;
    expect(ws.rowCount).toBe(5);
    expect(ws.getRow(1).getCell(1).value).toBe("No. entri");
  });
});
