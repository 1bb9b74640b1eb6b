import { describe, expect, it } from "vitest";
import { normalisasiIdentitas } from "./identitas";

describe("normalisasiIdentitas (sign-in with NIP or email, issue M1-03)", () => {
  it.each([
    // email: trimmed, lower case
    [" Operator@Sei-Balai.Demo ", { jenis: "email", nilai: "operator@sei-balai.demo" }],
    // NIP as printed with spaces and a label (format of src/domain/nip)
    ["NIP. 19850101 201001 1 001", { jenis: "nip", nilai: "198501012010011001" }],
    ["198501012010011001", { jenis: "nip", nilai: "198501012010011001" }],
    // neither
    ["operator", { jenis: "tidak-valid" }],
    ["12345", { jenis: "tidak-valid" }],
  ])("%s", (input, expected) => {
    expect(normalisasiIdentitas(input)).toEqual(expected);
  });
});
