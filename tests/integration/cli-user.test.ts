/**
 * `sakip user …` and the demo accounts from the CLI (issue M1-03, ADR 0008), on a fresh database of the engine under
 * test (embedded by default, PostgreSQL under `npm run test:pg`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import { startServer } from "../../src/cli/server";
import { loadConfig } from "../../src/config/env";
import { pino } from "pino";
import { AKUN_DEMO } from "../../src/demo/demo-accounts";
import { type CliTestEnv, openCliTestEnv, testEngine } from "../support/test-database";
import { capture } from "../support/cli-io";

let env: CliTestEnv;

beforeAll(async () => {
  env = await openCliTestEnv("sakip-cli-user");
});
afterAll(async () => {
  await env?.close();
});

describe("sakip user", () => {
  it("creates the demo accounts with `sakip demo` and prints them once (none on PostgreSQL)", async () => {
    const first = capture();
    expect(await runCli(["demo", "--json"], first)).toBe(0);
    const out = JSON.parse(first.stdout) as {
      akunDemo: Array<{ email: string; kataSandi: string }>;
      akunDemoDilewati?: string;
    };
    if (testEngine() === "postgres") {
      // No default passwords on a PostgreSQL server: the admin is made with `sakip user create` (next test).
      expect(out.akunDemo).toEqual([]);
      expect(out.akunDemoDilewati).toBe("produksi");
      return;
    }
    expect(out.akunDemo.map((a) => a.email)).toEqual(AKUN_DEMO.map((a) => a.email));
    const again = capture();
    expect(await runCli(["demo", "--json"], again)).toBe(0);
    expect((JSON.parse(again.stdout) as { akunDemo: unknown[] }).akunDemo).toEqual([]);
  }, 240_000); // `sakip demo` loads the whole demo: over a minute on a loaded 2-core machine

  it("creates a user with the password from stdin, lists and resets it", async () => {
    const create = capture("Sandi-admin-kedua-1\n");
    const code = await runCli(
      [
        "user",
        "create",
        "--email",
        "Admin2@Batu-Bara.test",
        "--nama",
        "Admin Kedua",
        "--peran",
        "admin_pemda",
        "--password-stdin",
        "--json",
      ],
      create,
    );
    expect(create.stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(create.stdout)).toMatchObject({
      email: "admin2@batu-bara.test",
      peran: "admin_pemda",
      opd: null,
    });

    const list = capture();
    expect(await runCli(["user", "list", "--json"], list)).toBe(0);
    expect((JSON.parse(list.stdout) as Array<{ email: string }>).map((u) => u.email)).toContain(
      "admin2@batu-bara.test",
    );

    const reset = capture("Sandi-baru-admin-2\n");
    expect(
      await runCli(["user", "reset-password", "--email", "admin2@batu-bara.test", "--password-stdin", "--json"], reset),
    ).toBe(0);
  }, 60_000);

  it("refuses bad input with exit code 2 and an Indonesian message", async () => {
    const weak = capture("pendek\n");
    expect(
      await runCli(
        ["user", "create", "--email", "x@y.test", "--nama", "Uji X", "--peran", "viewer", "--password-stdin"],
        weak,
      ),
    ).toBe(2);
    expect(weak.stderr).toMatch(/kataSandi: minimal 10 karakter/);
    const role = capture("Sandi-cukup-panjang-1\n");
    expect(
      await runCli(
        ["user", "create", "--email", "x@y.test", "--nama", "Uji X", "--peran", "raja", "--password-stdin"],
        role,
      ),
    ).toBe(2);
    expect(role.stderr).toMatch(/peran: "raja" tidak dikenal/);
    const bound = capture("Sandi-cukup-panjang-1\n");
    expect(
      await runCli(
        ["user", "create", "--email", "x@y.test", "--nama", "Uji X", "--peran", "operator_opd", "--password-stdin"],
        bound,
      ),
    ).toBe(2);
    expect(bound.stderr).toMatch(/wajib terikat pada satu perangkat daerah/);
  }, 60_000);

  it("refuses a public demo password on reset-password and create (issue 18, finding 10)", async () => {
    const demo = AKUN_DEMO[0]?.kataSandi ?? "";
    const reset = capture(`${demo}\n`);
    expect(
      await runCli(["user", "reset-password", "--email", "admin2@batu-bara.test", "--password-stdin"], reset),
    ).toBe(2);
    expect(reset.stderr).toMatch(/kataSandiBaru: kata sandi ini adalah kata sandi akun demo/);
    const create = capture(`${demo.toLowerCase()}\n`);
    expect(
      await runCli(
        ["user", "create", "--email", "z@y.test", "--nama", "Uji Z", "--peran", "viewer", "--password-stdin"],
        create,
      ),
    ).toBe(2);
    expect(create.stderr).toMatch(/kataSandi: kata sandi ini adalah kata sandi akun demo/);
  }, 60_000);

  it.skipIf(testEngine() === "postgres")(
    "warns at a production start on this demo folder about every account still using a demo password",
    async () => {
      const baris: Array<{ level: number; msg: string; akun?: string[] }> = [];
      const logger = pino({ level: "info" }, { write: (s: string) => void baris.push(JSON.parse(s) as never) });
      const server = await startServer({
        config: loadConfig({ NODE_ENV: "production", SAKIP_DATA_DIR: env.dir, PORT: "0", HOST: "127.0.0.1" }),
        demoOnFirstStart: true,
        logger,
      });
      try {
        await server.pemeriksaanKataSandiDemo;
      } finally {
        await server.stop();
      }
      const peringatan = baris.find((b) => b.level === 40);
      expect(peringatan?.msg).toMatch(/akun aktif masih memakai kata sandi demo yang diketahui umum/);
      // every demo account still has its demo password; admin2 (set through the CLI above) does not
      expect(peringatan?.akun?.sort()).toEqual(AKUN_DEMO.map((a) => a.email).sort());
    },
    120_000,
  );
});
