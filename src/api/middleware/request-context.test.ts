import { describe, expect, it } from "vitest";
import { idKlienBersih } from "./request-context";

describe("a client's x-request-id in the log (issue 18, finding 11)", () => {
  it("keeps a plain id as is", () => {
    expect(idKlienBersih("trace-7f3a:01")).toBe("trace-7f3a:01");
  });

  it("drops what could forge a log line or field, and cuts to 64 characters", () => {
    expect(idKlienBersih('a b\n"c"\u0000d\u2028e')).toBe("abcde");
    expect(idKlienBersih("x".repeat(1000))).toHaveLength(64);
  });

  it("gives nothing for a missing or empty id", () => {
    expect(idKlienBersih(undefined)).toBeUndefined();
    expect(idKlienBersih("")).toBeUndefined();
    expect(idKlienBersih("\n\t ")).toBeUndefined();
  });
});
