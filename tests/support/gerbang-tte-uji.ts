/**
 * A local stand-in for a BSrE Esign Client Service, written from the gateway's published request/response contract
 * (ADR 0032): `POST /api/v2/sign/pdf` (JSON, base64 files, signatureProperties), `POST /api/v2/verify/pdf`, and the
 * v1 multipart `POST /api/sign/pdf`. It "signs" by appending a marker with an HMAC of the file after the PDF's
 * `%%EOF` (readers ignore it), so its verification fails for any changed byte, like a real signature.
 * Error answers follow the contract: `{ status_code: 2011, error }` for an unknown NIK, 2031 for a wrong passphrase.
 */
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface PemegangSertifikat {
  nik: string;
  passphrase: string;
  nama: string;
}

export interface GerbangUji {
  url: string;
  /** Every request body as received (to check what SAKIP sent). */
  diterima: Array<{ jalur: string; json?: Record<string, unknown>; form?: Record<string, string> }>;
  /** v2 answers 404 (an older gateway that only speaks v1). */
  hanyaV1: boolean;
  /** Delay every answer by this many ms (timeout tests). */
  tunda: number;
  close(): Promise<void>;
}

const KUNCI = "kunci-gerbang-uji";
const PENANDA = "\n%BSrE-UJI ";

function tandai(pdf: Buffer, nama: string): Buffer {
  const mac = createHmac("sha256", KUNCI).update(pdf).update(nama).digest("hex");
  return Buffer.concat([pdf, Buffer.from(`${PENANDA}${Buffer.from(nama).toString("base64")} ${mac}\n`)]);
}

function periksa(pdf: Buffer): { sah: boolean; nama: string | null } {
  const s = pdf.toString("latin1");
  const i = s.lastIndexOf(PENANDA);
  if (i < 0) return { sah: false, nama: null };
  const [nama64, mac] = s
    .slice(i + PENANDA.length)
    .trim()
    .split(" ");
  const nama = Buffer.from(nama64 ?? "", "base64").toString("utf8");
  const asli = pdf.subarray(0, i);
  const harus = createHmac("sha256", KUNCI).update(asli).update(nama).digest("hex");
  return { sah: harus === mac, nama };
}

async function badan(req: IncomingMessage): Promise<Buffer> {
  const bagian: Buffer[] = [];
  for await (const b of req) bagian.push(b as Buffer);
  return Buffer.concat(bagian);
}

export async function mulaiGerbangUji(
  pemegang: PemegangSertifikat[],
  akun = { user: "esign", sandi: "rahasia-klien" },
): Promise<GerbangUji> {
  const g: GerbangUji = { url: "", diterima: [], hanyaV1: false, tunda: 0, close: async () => {} };
  const basic = `Basic ${Buffer.from(`${akun.user}:${akun.sandi}`).toString("base64")}`;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const isi = await badan(req);
      if (g.tunda) await new Promise((r) => setTimeout(r, g.tunda));
      const jawab = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== basic) return jawab(401, { status_code: 401, error: "Unauthorized" });
      const jalur = req.url ?? "";
      const cek = (nik: string, passphrase: string) => {
        const p = pemegang.find((x) => x.nik === nik);
        if (!p) return { galat: { status_code: 2011, error: "Pengguna tidak terdaftar" } };
        if (p.passphrase !== passphrase) return { galat: { status_code: 2031, error: "Passphrase anda salah" } };
        return { p };
      };
      if (req.method === "POST" && jalur === "/api/v2/sign/pdf") {
        if (g.hanyaV1) return jawab(404, { error: "Not Found" });
        const j = JSON.parse(isi.toString("utf8")) as Record<string, unknown>;
        g.diterima.push({ jalur, json: j });
        const c = cek(String(j.nik), String(j.passphrase));
        if (c.galat) return jawab(400, c.galat);
        const props = j.signatureProperties;
        if (!Array.isArray(props) || props.length === 0)
          return jawab(400, { status_code: 400, error: "signatureProperties wajib" });
        const files = j.file as string[];
        return jawab(200, {
          file: files.map((f) => tandai(Buffer.from(f, "base64"), c.p!.nama).toString("base64")),
          time: 12,
        });
      }
      if (req.method === "POST" && jalur === "/api/v2/verify/pdf") {
        const j = JSON.parse(isi.toString("utf8")) as { file: string };
        g.diterima.push({ jalur, json: { ukuran: j.file.length } });
        const h = periksa(Buffer.from(j.file, "base64"));
        return jawab(200, {
          conclusion: h.sah ? "VALID" : h.nama ? "INVALID" : "NO_SIGNATURE",
          description: h.sah ? "Dokumen valid" : "Dokumen telah diubah atau tidak bertanda tangan",
          signatureInformations: h.nama ? [{ signerName: h.nama, signatureDate: "2024-01-01T00:00:00Z" }] : [],
        });
      }
      if (req.method === "POST" && jalur === "/api/sign/pdf") {
        const form = await new Response(new Uint8Array(isi), {
          headers: { "content-type": String(req.headers["content-type"]) },
        }).formData();
        const rekam: Record<string, string> = {};
        for (const [k, v] of form.entries()) rekam[k] = typeof v === "string" ? v : `<berkas ${v.size}>`;
        g.diterima.push({ jalur, form: rekam });
        const c = cek(rekam.nik ?? "", rekam.passphrase ?? "");
        if (c.galat) return jawab(400, c.galat);
        const f = form.get("file");
        if (!(f instanceof Blob)) return jawab(400, { error: "file wajib" });
        res.writeHead(200, { "content-type": "application/pdf" });
        return res.end(tandai(Buffer.from(await f.arrayBuffer()), c.p!.nama));
      }
      return jawab(404, { error: "Not Found" });
    })();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  g.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  g.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return g;
}
