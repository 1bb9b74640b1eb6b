/**
 * Issue 11 / ADR 0034: every route declares its answer. Walks the OpenAPI document built from the app (as
 * `npm run api:generate` does) and fails when an operation has no 2xx response, or a 2xx JSON answer without a schema.
 * File downloads (binary or text types: PDF, DOCX, XLSX, CSV, HTML, images) and 204 No Content carry no JSON schema.
 * Answers still declared as a free-form object (`ZObjek`, src/api/routes/skema-kinerja.ts) are listed in
 * BELUM_BERSKEMA: a new one fails, and so does one that got its schema and is still listed (shrink the list).
 */
import { describe, expect, it } from "vitest";
import { dokumenOpenApi } from "../../scripts/api-kontrak";

type Skema = Record<string, unknown>;
interface Operasi {
  responses?: Record<string, { content?: Record<string, { schema?: Skema }> }>;
}

/** Operations whose JSON answer is still `ZObjek` (a record of unknown): left for the next session (ADR 0034). */
const BELUM_BERSKEMA = new Set<string>([]);

const doc = dokumenOpenApi() as { paths: Record<string, Record<string, Operasi>>; components: { schemas: Skema } };

function skemaDari(s: Skema): Skema {
  const ref = s.$ref;
  if (typeof ref !== "string") return s;
  return (doc.components.schemas[ref.split("/").pop() ?? ""] ?? {}) as Skema;
}

/** A top-level answer that says nothing: `{}` or an object with no properties whose values may be anything. */
function bebas(s: Skema): boolean {
  const t = skemaDari(s);
  const lain = Object.keys(t).filter((k) => !["description", "example", "title"].includes(k));
  if (lain.length === 0) return true;
  const ap = t.additionalProperties;
  const apBebas = ap === undefined || ap === true || (typeof ap === "object" && Object.keys(ap as Skema).length === 0);
  const objek = t.type === "object" || (Array.isArray(t.type) && t.type.includes("object"));
  if (objek && !t.properties && apBebas) return true;
  if (t.type === "array" && t.items) return bebas(t.items as Skema);
  if (Array.isArray(t.anyOf)) return (t.anyOf as Skema[]).some((x) => x.type !== "null" && bebas(x));
  return false;
}

const operasi = Object.entries(doc.paths).flatMap(([p, ops]) =>
  Object.entries(ops).map(([m, op]) => ({ nama: `${m.toUpperCase()} ${p}`, op })),
);

describe("kontrak API: setiap rute menyatakan skema jawabannya", () => {
  it("dokumen memuat rute-rute aplikasi", () => {
    expect(operasi.length).toBeGreaterThan(100);
  });

  it.each(operasi)("$nama punya jawaban 2xx berskema", ({ nama, op }) => {
    const sukses = Object.entries(op.responses ?? {}).filter(([s]) => /^2\d\d$/.test(s));
    expect(sukses.length, `${nama}: tidak ada jawaban 2xx`).toBeGreaterThan(0);
    for (const [status, r] of sukses) {
      if (status === "204") {
        expect(r.content ?? {}, `${nama}: 204 tanpa isi`).toEqual({});
        continue;
      }
      const jenis = Object.entries(r.content ?? {});
      expect(jenis.length, `${nama} ${status}: tanpa content`).toBeGreaterThan(0);
      for (const [ct, isi] of jenis) {
        if (!/json/.test(ct)) continue; // a file (PDF, DOCX, XLSX, CSV, HTML, image): bytes, no schema to type
        expect(isi.schema, `${nama} ${status} ${ct}: tanpa skema`).toBeDefined();
        const longgar = bebas(isi.schema ?? {});
        if (BELUM_BERSKEMA.has(nama)) expect(longgar, `${nama} sudah berskema: hapus dari BELUM_BERSKEMA`).toBe(true);
        else expect(longgar, `${nama} ${status}: skema jawaban kosong/bebas (ZObjek)`).toBe(false);
      }
    }
  });
});
