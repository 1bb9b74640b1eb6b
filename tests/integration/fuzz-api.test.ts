/**
 * Property-based fuzzing of every JSON route of /api/openapi.json (issue 18): bodies generated from each
 * operation's request schema, then mutated (missing fields, wrong types, 1e20, NUL and lone surrogates, very long
 * strings, {} / [] / null, unknown fields); path parameters valid (demo ids, from the authorisation matrix) or
 * garbage; sent by a user of a role that may reach the route, sometimes by another role or nobody.
 * Properties: no response ≥ 500; no stack trace or file path in any body; a refused write leaves the audit log as
 * it was. Excluded: file uploads (multipart, images, XLSX) and the budget import routes — tests of their own.
 *
 * SAKIP_FUZZ_JUMLAH sets the number of requests (default 1 500; .ci/run adds 8 500 on PostgreSQL, so 10 000 in
 * all); SAKIP_FUZZ_SEED replays a run; SAKIP_FUZZ_LAPOR=1 prints the statuses and the slowest routes.
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { putuskan } from "../../src/domain/akses/aktor";
import { PERAN, type Peran } from "../../src/domain/akses/izin";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { queryRows } from "../../src/storage/database";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn } from "../support/auth";
import { type Komponen, jsonJahat, mutasi, nilaiSkema, racuni, type Skema, teksJahat } from "../support/fuzz-skema";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";
import { MATRIX, type MatrixEntry, type Tempat } from "./authz-matrix";

const JUMLAH = Number(process.env.SAKIP_FUZZ_JUMLAH ?? 1500);
const SEED = Number(process.env.SAKIP_FUZZ_SEED ?? 20_241_218);
const ROOT = path.resolve(import.meta.dirname, "../..");

type Tempatan = "own" | "otherOpd" | "otherPemda";

interface Operasi {
  method: string;
  path: string;
  entry: MatrixEntry;
  pathParams: string[];
  query: Array<{ name: string; schema: Skema }>;
  body: Skema | undefined;
  /** Roles that may reach it on their own OPD (the ones that get past authorisation). */
  peranBoleh: Peran[];
}

interface Permintaan {
  op: Operasi;
  peran: Peran | null;
  tempat: Tempatan;
  params: Record<string, string | null>;
  query: Array<[string, string]>;
  body: { jenis: "json"; nilai: unknown } | { jenis: "mentah"; teks: string } | { jenis: "tanpa" };
}

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
let komponen: Komponen;
const operasi: Operasi[] = [];
const users = new Map<Peran, SignedIn>();
const places = {} as Record<Tempatan, Omit<Tempat, "ctx" | "seq">>;
const sampleParams = new Map<string, Record<string, string>>();
let seq = 0;

const BINDING: Record<Peran, string | null> = {
  admin_pemda: null,
  operator_opd: "kecamatan-sei-balai",
  pimpinan_opd: "kecamatan-sei-balai",
  evaluator: null,
  petugas_skm: "kecamatan-sei-balai",
  ketua_tim_evaluator: null,
  viewer: null,
};

interface OpenApiOp {
  parameters?: Array<{ name: string; in: string; schema: Skema }>;
  requestBody?: { content: Record<string, { schema: Skema }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
}

beforeAll(async () => {
  t = await openDemoDatabase();
  await createPemdaWithOpd(t.ctx, "kota-lain", ["kecamatan-lain"]);
  app = createApp({
    ctx: t.ctx,
    logger: pino({ level: "silent" }),
    version: "0",
    // Fuzzed sign-ins share one (unknown) address: the per-address throttle would lock out the test's own sign-ins.
    auth: {
      rahasia: "f".repeat(40),
      batasAlamat: { maksPerAkun: 1_000_000, maksPerAlamat: 1_000_000, jendelaMs: 60_000 },
    },
  });
  for (const [key, pemda, opd] of [
    ["own", "batu-bara", "kecamatan-sei-balai"],
    ["otherOpd", "batu-bara", "kecamatan-datuk-tanah-datar"],
    ["otherPemda", "kota-lain", "kecamatan-lain"],
  ] as const) {
    const r = await resolveOpd(t.ctx, pemda, opd);
    places[key] = { pemdaSlug: pemda, opdSlug: opd, pemdaId: r.pemda.id, opdId: r.opd.id };
  }
  for (const peran of PERAN) await segarkan(peran);

  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, OpenApiOp>>;
    components: { schemas: Komponen };
  };
  komponen = doc.components.schemas;
  for (const [p, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const jenisBody = Object.keys(op.requestBody?.content ?? {});
      if (jenisBody.some((j) => j !== "application/json")) continue; // uploads: multipart, image, XLSX
      if (/\/impor\//.test(p)) continue; // budget import: its own tests
      const ok = op.responses["200"] ?? op.responses["201"];
      if (method === "get" && !ok?.content?.["application/json"]) continue; // file downloads
      const entry = MATRIX.find((e) => e.method === method && e.path === p);
      if (!entry) throw new Error(`${method} ${p}: no entry in authz-matrix.ts`);
      const params = op.parameters ?? [];
      operasi.push({
        method,
        path: p,
        entry,
        pathParams: params.filter((x) => x.in === "path").map((x) => x.name),
        query: params.filter((x) => x.in === "query").map((x) => ({ name: x.name, schema: x.schema })),
        body: op.requestBody?.content["application/json"]?.schema,
        peranBoleh: PERAN.filter((peran) => boleh(entry, peran)),
      });
    }
  }
}, 300_000);
afterAll(async () => {
  await t?.close();
});

function boleh(entry: MatrixEntry, peran: Peran): boolean {
  if (entry.scope === "publik" || entry.scope === "sesi") return true;
  const aktor = users.get(peran)!.aktor;
  const p = places.own;
  return (
    putuskan(aktor, entry.izin!, { pemdaId: p.pemdaId, ...(entry.scope === "opd" ? { opdId: p.opdId } : {}) }) ===
    "izinkan"
  );
}

/** A fresh signed-in user of the role (also after a fuzzed request ended or broke its session). */
async function segarkan(peran: Peran): Promise<void> {
  users.set(peran, await createUserAndSignIn(app, t.ctx, { peran, pemdaSlug: "batu-bara", opdSlug: BINDING[peran] }));
}

async function paramsContoh(op: Operasi, tempat: Tempatan): Promise<Record<string, string>> {
  const key = `${op.method} ${op.path} ${tempat}`;
  let p = sampleParams.get(key);
  if (!p) {
    seq += 1;
    const place = places[tempat];
    p = {
      pemda: place.pemdaSlug,
      opd: place.opdSlug,
      ...(op.entry.params ? await op.entry.params({ ...place, ctx: t.ctx, seq }) : {}),
    };
    sampleParams.set(key, p);
  }
  return p;
}

function arbPermintaan(): fc.Arbitrary<Permintaan> {
  // One arbitrary per operation, built once (not per sample), then a uniform choice among them.
  return fc.oneof(...operasi.map((op) => arbOperasi(op)));
}

function arbOperasi(op: Operasi): fc.Arbitrary<Permintaan> {
  {
    const peran = fc.oneof(
      { weight: 8, arbitrary: op.peranBoleh.length ? fc.constantFrom(...op.peranBoleh) : fc.constantFrom(...PERAN) },
      { weight: 1, arbitrary: fc.constantFrom(...PERAN) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
    const tempat = fc.oneof(
      { weight: 8, arbitrary: fc.constant<Tempatan>("own") },
      { weight: 1, arbitrary: fc.constantFrom<Tempatan>("otherOpd", "otherPemda") },
    );
    // null = the valid sample; a string = garbage in its place
    const params = fc.record(
      Object.fromEntries(
        op.pathParams.map((n) => [
          n,
          fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: teksJahat }),
        ]),
      ) as Record<string, fc.Arbitrary<string | null>>,
    );
    const query = fc
      .tuple(
        ...op.query.map((q) =>
          fc.option(
            fc
              .oneof(
                { weight: 3, arbitrary: nilaiSkema(q.schema, komponen) },
                { weight: 1, arbitrary: teksJahat },
                { weight: 1, arbitrary: jsonJahat },
              )
              .map((v) => [q.name, typeof v === "string" ? v : JSON.stringify(v)] as [string, string]),
            { nil: null },
          ),
        ),
      )
      .map((xs) => xs.filter((x): x is [string, string] => x !== null));
    const contoh = op.entry.body ? op.entry.body({ ...places.own, ctx: t.ctx, seq: 0 }) : undefined;
    const body: fc.Arbitrary<Permintaan["body"]> =
      op.body === undefined
        ? fc.oneof(
            { weight: 6, arbitrary: fc.constant({ jenis: "tanpa" as const }) },
            { weight: 1, arbitrary: jsonJahat.map((nilai) => ({ jenis: "json" as const, nilai })) },
          )
        : fc.oneof(
            { weight: 3, arbitrary: nilaiSkema(op.body, komponen).map((nilai) => ({ jenis: "json" as const, nilai })) },
            {
              weight: 3,
              arbitrary: fc
                .oneof(nilaiSkema(op.body, komponen), fc.constant(contoh))
                .chain((v) => mutasi(v))
                .map((nilai) => ({ jenis: "json" as const, nilai })),
            },
            {
              weight: 2,
              arbitrary: fc
                .oneof(nilaiSkema(op.body, komponen), fc.constant(contoh))
                .chain((v) => racuni(v))
                .map((nilai) => ({ jenis: "json" as const, nilai })),
            },
            { weight: 1, arbitrary: fc.constant({ jenis: "json" as const, nilai: {} }) },
            {
              weight: 1,
              arbitrary: fc
                .constantFrom<unknown>([], null, "teks", 1e20, true, 0, contoh)
                .map((nilai) => ({ jenis: "json" as const, nilai })),
            },
            { weight: 1, arbitrary: jsonJahat.map((nilai) => ({ jenis: "json" as const, nilai })) },
            {
              weight: 1,
              arbitrary: fc.oneof(
                fc.constant({ jenis: "tanpa" as const }),
                fc
                  .constantFrom("{", "", "[1,", '{"a":1}}', "\u0000", "nul", '{"__proto__":{"x":1}}')
                  .map((teks) => ({ jenis: "mentah" as const, teks })),
              ),
            },
          );
    return fc.record({ op: fc.constant(op), peran, tempat, params, query, body });
  }
}

async function jumlahAudit(): Promise<number> {
  const rows = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log`);
  return rows[0]!.n;
}

// A stack frame, a source or dependency path, or our checkout's location: internals that must not leak.
const BOCOR = new RegExp(
  String.raw`\n\s+at [\w.<>$ ]+[( ]|node_modules|\.(?:ts|mjs|cjs):\d+|file://|` +
    ROOT.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
);

interface Temuan {
  kunci: string;
  status: number;
  url: string;
  body: string;
  jawaban: string;
}

/** Like encodeURIComponent, but a lone surrogate goes out as the bytes a careless client sends (%ED%A0%80). */
function encodeUriMentah(teks: string): string {
  return teks.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g, (ch) => {
    const kode = ch.charCodeAt(0);
    if (ch.length === 1 && kode >= 0xd800 && kode <= 0xdfff) {
      return [0xe0 | (kode >> 12), 0x80 | ((kode >> 6) & 0x3f), 0x80 | (kode & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join("");
    }
    return encodeURIComponent(ch);
  });
}

async function kirim(r: Permintaan): Promise<{ status: number; text: string; url: string; bodyTeks: string }> {
  const contoh = await paramsContoh(r.op, r.tempat);
  const url = r.op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = r.params[name] ?? contoh[name];
    if (value === undefined) throw new Error(`${r.op.method} ${r.op.path}: no sample for {${name}}`);
    return encodeUriMentah(value);
  });
  const qs = r.query.length
    ? `?${r.query.map(([k, v]) => `${encodeUriMentah(k)}=${encodeUriMentah(v)}`).join("&")}`
    : "";
  const headers: Record<string, string> = r.peran ? { ...users.get(r.peran)!.headers } : {};
  let bodyTeks: string | undefined;
  if (r.body.jenis === "json") bodyTeks = JSON.stringify(r.body.nilai) ?? "null";
  if (r.body.jenis === "mentah") bodyTeks = r.body.teks;
  if (bodyTeks !== undefined) headers["content-type"] = "application/json";
  const res = await app.request(url + qs, {
    method: r.op.method.toUpperCase(),
    headers,
    ...(bodyTeks !== undefined && r.op.method !== "get" ? { body: bodyTeks } : {}),
  });
  return { status: res.status, text: await res.text(), url: url + qs, bodyTeks: bodyTeks ?? "" };
}

describe("fuzzing every JSON route", () => {
  it("every route with a JSON body answers {}, no body, and its sample body less any one field, without a 5xx", async () => {
    const galat: string[] = [];
    for (const op of operasi.filter((o) => o.body !== undefined)) {
      const peran = op.peranBoleh[0] ?? "admin_pemda";
      const contoh = op.entry.body?.({ ...places.own, ctx: t.ctx, seq: 0 });
      const bodies: Permintaan["body"][] = [{ jenis: "json", nilai: {} }, { jenis: "tanpa" }];
      if (contoh && typeof contoh === "object" && !Array.isArray(contoh)) {
        for (const k of Object.keys(contoh)) {
          const sebagian: Record<string, unknown> = { ...contoh };
          delete sebagian[k];
          bodies.push({ jenis: "json", nilai: sebagian });
        }
      }
      for (const body of bodies) {
        const r: Permintaan = { op, peran, tempat: "own", params: {}, query: [], body };
        await paramsContoh(op, "own");
        const sebelum = await jumlahAudit();
        const res = await kirim(r);
        if (res.status >= 500) galat.push(`${op.method} ${op.path} ${res.bodyTeks}: ${res.status} ${res.text}`);
        if (res.status >= 400 && !op.path.startsWith("/api/auth/") && (await jumlahAudit()) !== sebelum)
          galat.push(`${op.method} ${op.path} ${res.bodyTeks}: refused (${res.status}) but audited`);
      }
    }
    expect(galat).toEqual([]);
  }, 600_000);

  it(`${JUMLAH} generated requests: no 5xx, no internals, no audit entry for a refused write`, async () => {
    expect(operasi.length, "JSON routes found in the OpenAPI document").toBeGreaterThan(50);
    const sampel = fc.sample(arbPermintaan(), { numRuns: JUMLAH, seed: SEED });
    const galat500: Temuan[] = [];
    const bocor: Temuan[] = [];
    const auditBerubah: Temuan[] = [];
    const waktu = new Map<string, number>();
    const perStatus = new Map<number, number>();
    for (const r of sampel) {
      const mulai = performance.now();
      const tulis = r.op.method !== "get";
      // Sign-in and password changes audit failed attempts (lockout), by design.
      const cekAudit = tulis && !r.op.path.startsWith("/api/auth/");
      await paramsContoh(r.op, r.tempat); // sample rows are created (and audited) before the count
      const sebelum = cekAudit ? await jumlahAudit() : 0;
      const res = await kirim(r);
      const temuan = {
        kunci: `${r.op.method.toUpperCase()} ${r.op.path}`,
        status: res.status,
        url: res.url.slice(0, 300),
        body: res.bodyTeks.slice(0, 300),
        jawaban: res.text.slice(0, 300),
      };
      waktu.set(temuan.kunci, (waktu.get(temuan.kunci) ?? 0) + performance.now() - mulai);
      perStatus.set(res.status, (perStatus.get(res.status) ?? 0) + 1);
      if (res.status >= 500) galat500.push(temuan);
      if (BOCOR.test(res.text)) bocor.push(temuan);
      if (cekAudit && res.status >= 400 && (await jumlahAudit()) !== sebelum) auditBerubah.push(temuan);
      if (r.peran && (r.op.entry.akhiriSesi || res.status === 401 || r.op.path === "/api/auth/kata-sandi")) {
        const sesi = await app.request("/api/auth/sesi", { headers: users.get(r.peran)!.headers });
        if (sesi.status !== 200) await segarkan(r.peran);
      }
    }
    if (process.env.SAKIP_FUZZ_LAPOR) {
      console.log("status:", Object.fromEntries([...perStatus.entries()].sort((a, b) => a[0] - b[0])));
      console.log("slowest routes (ms in all):", [...waktu.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8));
    }
    const ringkas = (xs: Temuan[]) => {
      const per = new Map<string, { n: number; contoh: Temuan }>();
      for (const x of xs)
        per.set(x.kunci, { n: (per.get(x.kunci)?.n ?? 0) + 1, contoh: per.get(x.kunci)?.contoh ?? x });
      return [...per.entries()].map(([k, v]) => `${v.n}× ${k}\n   ${JSON.stringify(v.contoh)}`).join("\n");
    };
    expect(galat500.length, `responses ≥ 500 (seed ${SEED}):\n${ringkas(galat500)}`).toBe(0);
    expect(bocor.length, `bodies with internals (seed ${SEED}):\n${ringkas(bocor)}`).toBe(0);
    expect(
      auditBerubah.length,
      `refused writes that changed the audit log (seed ${SEED}):\n${ringkas(auditBerubah)}`,
    ).toBe(0);
  }, 1_800_000);
});
