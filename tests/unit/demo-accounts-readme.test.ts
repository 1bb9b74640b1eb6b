/** The README's "Demo" section lists exactly the demo accounts the code creates (ADR 0008). */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERAN } from "../../src/domain/akses/izin";
import { AKUN_DEMO } from "../../src/demo/demo-accounts";
import { validasiKataSandi } from "../../src/services/auth/kata-sandi";
import { parseNip } from "../../src/domain/nip/nip";

const readme = fs.readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");

describe("demo accounts", () => {
  it("cover every role once, with valid passwords and NIPs", () => {
    expect(AKUN_DEMO.map((a) => a.peran).sort()).toEqual([...PERAN].sort());
    for (const a of AKUN_DEMO) {
      expect(() => validasiKataSandi(a.kataSandi)).not.toThrow();
      if (a.nip) expect(() => parseNip(a.nip as string)).not.toThrow();
    }
  });

  it.each(AKUN_DEMO.map((a) => [a.email, a]))("%s is documented in the README with its password", (_email, a) => {
    const row = readme.split("\n").find((l) => l.includes(`\`${a.email}\``));
    expect(row).toBeDefined();
    expect(row).toContain(`\`${a.kataSandi}\``);
    if (a.nip) expect(row).toContain(`\`${a.nip}\``);
  });
});
