/**
 * Authorisation matrix (issue M1-03 acceptance): every route of /api/openapi.json × every role × {own OPD, other
 * OPD of the same Pemda, other Pemda}, plus no session at all. Expected: 401 without a session (except public
 * routes), 404 across Pemda, 403 across OPD and 403 without the permission — as domain/akses/aktor.ts `putuskan`
 * decides for the entry's permission and scope. Fails when a route has no entry in authz-matrix.ts.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/app";
import { type Keputusan, putuskan } from "../../src/domain/akses/aktor";
import { PERAN, type Peran } from "../../src/domain/akses/izin";
import { resolveOpd } from "../../src/services/organisasi/resolve-opd";
import { createPemdaWithOpd, createUserAndSignIn, type SignedIn, signIn } from "../support/auth";
import { type TestDatabase, openDemoDatabase } from "../support/test-database";
import { MATRIX, type MatrixEntry, type Tempat } from "./authz-matrix";

let t: TestDatabase;
let app: ReturnType<typeof createApp>;
const users = new Map<Peran, SignedIn>();
const places: Record<"own" | "otherOpd" | "otherPemda", Omit<Tempat, "ctx" | "seq">> = {} as never;
let seq = 0;

/** Demo roles and their binding: OPD-bound roles act for Kecamatan Sei Balai. */
const BINDING: Record<Peran, string | null> = {
  admin_pemda: null,
  operator_opd: "kecamatan-sei-balai",
  pimpinan_opd: "kecamatan-sei-balai",
  evaluator: null,
  petugas_skm: "kecamatan-sei-balai",
  ketua_tim_evaluator: null,
  viewer: null,
};

beforeAll(async () => {
  t = await openDemoDatabase();
  await createPemdaWithOpd(t.ctx, "kota-lain", ["kecamatan-lain"]);
  app = createApp({ ctx: t.ctx, logger: pino({ level: "silent" }), version: "0", auth: { rahasia: "m".repeat(40) } });
  for (const [key, pemda, opd] of [
    ["own", "batu-bara", "kecamatan-sei-balai"],
    ["otherOpd", "batu-bara", "kecamatan-datuk-tanah-datar"],
    ["otherPemda", "kota-lain", "kecamatan-lain"],
  ] as const) {
    const r = await resolveOpd(t.ctx, pemda, opd);
    places[key] = { pemdaSlug: pemda, opdSlug: opd, pemdaId: r.pemda.id, opdId: r.opd.id };
  }
  for (const peran of PERAN) {
    users.set(peran, await createUserAndSignIn(app, t.ctx, { peran, pemdaSlug: "batu-bara", opdSlug: BINDING[peran] }));
  }
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const key = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

async function call(entry: MatrixEntry, place: keyof typeof places, headers: Record<string, string>) {
  seq += 1;
  const tempat: Tempat = { ...places[place], ctx: t.ctx, seq };
  const params: Record<string, string> = {
    pemda: tempat.pemdaSlug,
    opd: tempat.opdSlug,
    ...(entry.params ? await entry.params(tempat) : {}),
  };
  let url = entry.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${key(entry.method, entry.path)}: no sample for {${name}}`);
    return encodeURIComponent(value);
  });
  if (entry.query) url += `?${new URLSearchParams(entry.query(tempat)).toString()}`;
  const body = entry.body ? JSON.stringify(entry.body(tempat)) : undefined;
  const res = await app.request(url, {
    method: entry.method.toUpperCase(),
    headers: { ...headers, ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body } : {}),
  });
  return { status: res.status, text: await res.text(), url };
}

function expected(entry: MatrixEntry, peran: Peran | null, place: keyof typeof places): Keputusan | "tanpa-sesi" {
  if (entry.scope === "publik") return "izinkan";
  if (peran === null) return "tanpa-sesi";
  if (entry.scope === "sesi") return "izinkan";
  const aktor = users.get(peran)!.aktor;
  const p = places[place];
  return putuskan(aktor, entry.izin!, { pemdaId: p.pemdaId, ...(entry.scope === "opd" ? { opdId: p.opdId } : {}) });
}

function check(outcome: Keputusan | "tanpa-sesi", status: number, what: string) {
  const statusFor: Record<Exclude<typeof outcome, "izinkan">, number> = {
    "tanpa-sesi": 401,
    "lain-pemda": 404,
    "lain-opd": 403,
    "tanpa-izin": 403,
  };
  if (outcome === "izinkan") {
    expect([401, 403, 404], `${what}: expected access, got ${status}`).not.toContain(status);
    expect(status, `${what}: server error`).toBeLessThan(500);
  } else {
    expect(status, `${what}: expected ${outcome}`).toBe(statusFor[outcome]);
  }
}

describe("authorisation matrix", () => {
  it("has exactly one entry for every route of the OpenAPI document", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, object> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => key(m, path)));
    const entries = MATRIX.map((e) => key(e.method, e.path));
    const missing = routes.filter((r) => !entries.includes(r));
    expect(missing, "routes without an entry in tests/integration/authz-matrix.ts").toEqual([]);
    expect(
      entries.filter((e) => !routes.includes(e)),
      "matrix entries without a route",
    ).toEqual([]);
    expect(new Set(entries).size, "duplicate matrix entries").toBe(entries.length);
  });

  it.each(MATRIX.map((e) => [key(e.method, e.path), e] as const))("%s", async (name, entry) => {
    const anon = await call(entry, "own", {});
    check(expected(entry, null, "own"), anon.status, `${name} without a session`);
    for (const peran of PERAN) {
      for (const place of ["own", "otherOpd", "otherPemda"] as const) {
        if (entry.scope !== "opd" && place === "otherOpd") continue;
        const user = users.get(peran)!;
        const r = await call(entry, place, user.headers);
        check(
          expected(entry, peran, place),
          r.status,
          `${name} as ${peran} on ${place} (${r.url}): ${r.text.slice(0, 200)}`,
        );
        if (entry.akhiriSesi) users.set(peran, { ...user, ...(await signIn(app, user.email, user.kataSandi)) });
      }
    }
  });
});
