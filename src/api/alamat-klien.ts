/**
 * The client's address for the sign-in throttle (ADR 0015). X-Forwarded-For is believed only through the reverse
 * proxies the operator listed (SAKIP_PROXY_TEPERCAYA): walking from the socket's address towards the client, each
 * hop that is a trusted proxy hands over to the address it says it received the request from; the first hop that is
 * not trusted is the client. Without trusted proxies the socket's address is the client and the header is ignored:
 * any client can write X-Forwarded-For, and a forged one would let it pick a fresh throttle key per request.
 */
import { BlockList, isIP } from "node:net";

export const ALAMAT_TIDAK_DIKETAHUI = "tidak-diketahui";

export type PencocokProxy = (alamat: string) => boolean;

/** A matcher of the trusted proxies (addresses or CIDR ranges, validated by config/env.ts). */
export function pencocokProxy(daftar: readonly string[]): PencocokProxy {
  if (daftar.length === 0) return () => false;
  const blok = new BlockList();
  for (const item of daftar) {
    const [teks = "", prefix] = item.split("/");
    // A single address is compared in the same normal form as the hops (::ffff:10.0.0.1 is 10.0.0.1).
    const alamat = prefix === undefined ? (normalisasiAlamat(teks) ?? teks) : teks;
    const jenis = isIP(alamat) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) blok.addAddress(alamat, jenis);
    else blok.addSubnet(alamat, Number(prefix), jenis);
  }
  return (alamat) => {
    const versi = isIP(alamat);
    return versi !== 0 && blok.check(alamat, versi === 6 ? "ipv6" : "ipv4");
  };
}

/**
 * The client's address: `socket` is the TCP peer (undefined when unknown), `xff` the X-Forwarded-For header (one
 * or several, comma-joined, oldest first).
 */
export function tentukanAlamatKlien(
  socket: string | undefined,
  xff: string | undefined,
  tepercaya: PencocokProxy,
): string {
  const peer = socket ? normalisasiAlamat(socket) : null;
  if (!peer) return ALAMAT_TIDAK_DIKETAHUI;
  if (!tepercaya(peer) || !xff) return peer;
  const hops = xff
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);
  let terakhir = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalisasiAlamat(hops[i] ?? "");
    // A trusted proxy wrote this entry; if it is not an address the proxy is misconfigured: stop at the proxy.
    if (!hop) return terakhir;
    if (!tepercaya(hop)) return hop;
    terakhir = hop;
  }
  // Every hop is a trusted proxy (e.g. a request from the proxy host itself): the oldest one is the client.
  return terakhir;
}

/**
 * A plain IP address from a socket or X-Forwarded-For entry: IPv4-mapped IPv6 (::ffff:10.0.0.1) as IPv4, a port
 * (1.2.3.4:5678, [::1]:80) and an IPv6 zone dropped, IPv6 lower-cased. null when it is not an address.
 */
export function normalisasiAlamat(teks: string): string | null {
  let a = teks.trim();
  if (a.length > 100) return null;
  const kurung = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (kurung?.[1]) a = kurung[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  a = a.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped?.[1]) a = mapped[1];
  return isIP(a) === 0 ? null : a;
}
