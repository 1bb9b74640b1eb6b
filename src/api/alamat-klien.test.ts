import { describe, expect, it } from "vitest";
import { normalisasiAlamat, pencocokProxy, tentukanAlamatKlien } from "./alamat-klien";

describe("client address through trusted proxies (ADR 0015)", () => {
  const tanpaProxy = pencocokProxy([]);
  const proxy = pencocokProxy(["10.0.0.1", "172.16.0.0/12", "::1"]);

  it("ignores X-Forwarded-For when no proxy is trusted: any client can write it", () => {
    expect(tentukanAlamatKlien("198.51.100.4", "1.2.3.4", tanpaProxy)).toBe("198.51.100.4");
    expect(tentukanAlamatKlien("10.0.0.1", "1.2.3.4", tanpaProxy)).toBe("10.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(tentukanAlamatKlien("198.51.100.4", "1.2.3.4", proxy)).toBe("198.51.100.4");
  });

  it("takes the address the trusted proxy received the request from", () => {
    expect(tentukanAlamatKlien("10.0.0.1", "203.0.113.5", proxy)).toBe("203.0.113.5");
    expect(tentukanAlamatKlien("::ffff:10.0.0.1", "203.0.113.5", proxy)).toBe("203.0.113.5");
  });

  it("does not believe what the client wrote before the trusted proxy appended the real peer", () => {
    expect(tentukanAlamatKlien("10.0.0.1", "1.2.3.4, 203.0.113.5", proxy)).toBe("203.0.113.5");
  });

  it("walks through a chain of trusted proxies (CIDR, IPv6) to the first untrusted hop", () => {
    expect(tentukanAlamatKlien("::1", "203.0.113.9, 172.20.3.4, 10.0.0.1", proxy)).toBe("203.0.113.9");
    expect(tentukanAlamatKlien("10.0.0.1", "2001:DB8::7, 172.20.3.4", proxy)).toBe("2001:db8::7");
  });

  it("stops at the last trusted hop when an entry is not an address, and takes the oldest when all are trusted", () => {
    expect(tentukanAlamatKlien("10.0.0.1", "203.0.113.5, bukan-alamat, 172.20.3.4", proxy)).toBe("172.20.3.4");
    expect(tentukanAlamatKlien("10.0.0.1", "172.20.3.4", proxy)).toBe("172.20.3.4");
    expect(tentukanAlamatKlien("10.0.0.1", undefined, proxy)).toBe("10.0.0.1");
  });

  it("answers 'tidak-diketahui' without a socket address", () => {
    expect(tentukanAlamatKlien(undefined, "203.0.113.5", proxy)).toBe("tidak-diketahui");
  });

  it("normalises addresses: mapped IPv4, ports, brackets, zones, case", () => {
    expect(normalisasiAlamat("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalisasiAlamat(" 192.0.2.1:8443 ")).toBe("192.0.2.1");
    expect(normalisasiAlamat("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalisasiAlamat("fe80::1%eth0")).toBe("fe80::1");
    expect(normalisasiAlamat("unknown")).toBeNull();
    expect(normalisasiAlamat("")).toBeNull();
  });
});
