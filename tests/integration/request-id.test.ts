/**
 * The request id is the server's (issue 18, finding 11): a client's x-request-id never becomes the id an audit
 * entry, a response or an error carries; it only appears in the request log beside ours, cleaned.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { listAudit } from "../../src/storage/repositories/audit-repository";
import { createPemdaWithOpd, createUserAndSignIn } from "../support/auth";
import { openTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
const baris: Array<Record<string, unknown>> = [];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeAll(async () => {
  t = await openTestDatabase();
  await createPemdaWithOpd(t.ctx, "batu-bara", ["kecamatan-sei-balai"]);
  const logger = pino(
    { level: "info" },
    { write: (s: string) => void baris.push(JSON.parse(s) as Record<string, unknown>) },
  );
  app = createApp({ ctx: t.ctx, logger, version: "0", auth: { rahasia: "q".repeat(40) } });
});
afterAll(async () => {
  await t?.close();
});

describe("request id", () => {
  it("stores the server's id in the audit entry, not a forged x-request-id", async () => {
    const admin = await createUserAndSignIn(app, t.ctx, {
      peran: "admin_pemda",
      pemdaSlug: "batu-bara",
      opdSlug: null,
    });
    const palsu = "req-milik-orang-lain-42";
    const res = await app.request("/api/v1/pemda/batu-bara/pengguna", {
      method: "POST",
      headers: { ...admin.headers, "content-type": "application/json", "x-request-id": palsu },
      body: JSON.stringify({
        email: "staf.rid@batu-bara.uji",
        nama: "Staf RID",
        peran: "viewer",
        kataSandi: "Sandi-staf-rid-1",
      }),
    });
    expect(res.status).toBe(201);
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(UUID);
    const { id: userId } = (await res.json()) as { id: string };
    const [entry] = await listAudit(t.ctx.db, { pemdaId: null, entity: "pengguna", entityId: userId });
    expect(entry?.requestId).toBe(id);
    expect(entry?.requestId).not.toBe(palsu);
    // the client's id is logged beside ours, for tracing across systems
    expect(baris.find((b) => b.requestId === id)).toMatchObject({
      msg: "request",
      clientRequestId: palsu,
      status: 201,
    });
  });

  it("cleans a client id before logging it, and answers errors with the server's id", async () => {
    const res = await app.request("/api/v1/pemda", { headers: { "x-request-id": 'x"y z<script>' } });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { requestId: string };
    expect(body.requestId).toMatch(UUID);
    expect(body.requestId).toBe(res.headers.get("x-request-id"));
    expect(baris.find((b) => b.requestId === body.requestId)).toMatchObject({ clientRequestId: "xyzscript" });
  });
});
