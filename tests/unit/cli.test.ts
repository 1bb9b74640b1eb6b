import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program";
import pkg from "../../package.json" with { type: "json" };
import { capture } from "../support/cli-io";

describe("sakip CLI", () => {
  it("prints the package version", async () => {
    const io = capture();
    expect(await runCli(["--version"], io)).toBe(0);
    expect(io.stdout.trim()).toBe(pkg.version);
  });

  it("prints only JSON with --json", async () => {
    const io = capture();
    expect(await runCli(["versi", "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual({ versi: pkg.version });
  });

  it("lists its commands in --help", async () => {
    const io = capture();
    expect(await runCli(["--help"], io)).toBe(0);
    for (const command of ["serve", "migrate", "demo", "hitung"]) expect(io.stdout).toContain(command);
  });

  it("answers an unknown command with exit code 2", async () => {
    const io = capture();
    expect(await runCli(["tidak-ada"], io)).toBe(2);
    expect(io.stderr).toMatch(/perintah .tidak-ada. tidak dikenal/);
  });
});
