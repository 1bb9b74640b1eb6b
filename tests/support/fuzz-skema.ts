/**
 * fast-check arbitraries for API fuzzing: values that follow an OpenAPI 3.0 schema (as @hono/zod-openapi writes
 * it: $ref, type, enum, nullable, properties/required, items, min/maxLength, minimum/maximum, anyOf/allOf), and
 * hostile values (NUL, lone surrogates, huge numbers, very long strings, wrong types) to mutate them with.
 */
import fc from "fast-check";

export interface Skema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Skema>;
  required?: string[];
  additionalProperties?: boolean | Skema;
  items?: Skema;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
  example?: unknown;
  anyOf?: Skema[];
  oneOf?: Skema[];
  allOf?: Skema[];
}

export type Komponen = Record<string, Skema>;

const KEDALAMAN_MAKS = 6;

/** Text that breaks naive handling: NUL, lone surrogates, control and RTL characters, markup, SQL. */
export const teksJahat = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udc00y",
    "\udfff\ud800",
    "💥\ud83d",
    "'; drop table audit_log; --",
    "<script>alert(1)</script>",
    "\u202e\u0007\r\n\t",
    "%00",
    "../../etc/passwd",
    "",
    " ",
    "null",
    "NaN",
    "-0",
    "1e20",
    "9".repeat(40),
    "2024-02-30",
    "00000000-0000-0000-0000-000000000000",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer({ min: 3_000, max: 70_000 }).map((n) => "é".repeat(n)),
);

export const angkaJahat = fc.constantFrom(
  1e20,
  -1e20,
  1e308,
  -1,
  0,
  0.1,
  Number.MAX_SAFE_INTEGER + 2,
  2147483648,
  -2147483649,
  1.5,
  1e-20,
);

/** Any JSON value, hostile leaves included. */
export const jsonJahat: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  nilai: fc.oneof(
    { maxDepth: 3, depthIdentifier: "jahat" },
    teksJahat,
    angkaJahat,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("nilai"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), teksJahat), tie("nilai"), { maxKeys: 4 }),
  ),
})).nilai;

function resolve(s: Skema, komponen: Komponen): Skema {
  let cur = s;
  for (let i = 0; cur.$ref && i < 10; i++) {
    const nama = cur.$ref.replace("#/components/schemas/", "");
    cur = komponen[nama] ?? {};
  }
  return cur;
}

// Built once: compiling a regex or an e-mail arbitrary per field per sample made generation the slowest part.
const SLUG = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const EMAIL = fc.emailAddress();

function teksSah(s: Skema): fc.Arbitrary<string> {
  if (s.format === "uuid") return fc.uuid();
  if (s.format === "email") return EMAIL;
  if (s.format === "date")
    return fc
      .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (s.format === "date-time")
    return fc
      .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString());
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 60, Math.max(min, 60));
  const contoh = typeof s.example === "string" ? [fc.constant(s.example)] : [];
  return fc.oneof(...contoh, fc.string({ minLength: min, maxLength: max }), SLUG);
}

function angkaSah(s: Skema): fc.Arbitrary<number> {
  const min = s.minimum ?? -1e6;
  const max = s.maximum ?? 1e6;
  if (s.type === "integer")
    return fc.integer({ min: Math.ceil(Math.max(min, -(2 ** 31))), max: Math.floor(Math.min(max, 2 ** 31)) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** A value that follows the schema (mostly: formats and patterns it cannot express are approximated). */
export function nilaiSkema(skema: Skema, komponen: Komponen, kedalaman = 0): fc.Arbitrary<unknown> {
  const s = resolve(skema, komponen);
  const inti = ((): fc.Arbitrary<unknown> => {
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    if (s.allOf?.length) {
      return fc
        .tuple(...s.allOf.map((x) => nilaiSkema(x, komponen, kedalaman + 1)))
        .map((bagian) => Object.assign({}, ...bagian.filter((b) => b && typeof b === "object")));
    }
    const pilihan = s.anyOf ?? s.oneOf;
    if (pilihan?.length) return fc.oneof(...pilihan.map((x) => nilaiSkema(x, komponen, kedalaman + 1)));
    switch (s.type) {
      case "string":
        return teksSah(s);
      case "number":
      case "integer":
        return angkaSah(s);
      case "boolean":
        return fc.boolean();
      case "array": {
        if (kedalaman > KEDALAMAN_MAKS) return fc.constant([]);
        // Nested arrays multiply: a few items at the top, one deeper down, keep bodies small enough to send fast.
        const maks = Math.min(s.maxItems ?? 3, kedalaman < 2 ? 3 : 1);
        return fc.array(nilaiSkema(s.items ?? {}, komponen, kedalaman + 1), {
          minLength: Math.min(s.minItems ?? 0, maks),
          maxLength: maks,
        });
      }
      case "object":
      case undefined: {
        if (!s.properties) return s.type === "object" ? fc.constant({}) : jsonJahat;
        if (kedalaman > KEDALAMAN_MAKS) return fc.constant({});
        const wajib = new Set(s.required ?? []);
        const bidang = Object.fromEntries(
          Object.entries(s.properties).map(([k, v]) => [k, nilaiSkema(v, komponen, kedalaman + 1)]),
        );
        return fc.record(bidang, { requiredKeys: Object.keys(bidang).filter((k) => wajib.has(k)) });
      }
      default:
        return jsonJahat;
    }
  })();
  return s.nullable ? fc.oneof(inti, fc.constant(null)) : inti;
}

/** One change that makes a valid body invalid or odd: drop, retype or poison a field, add an unknown one. */
export function mutasi(nilai: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(nilai)) {
    if (nilai.length === 0)
      return fc.oneof(
        jsonJahat.map((x) => [x]),
        fc.constant([null]),
      );
    return fc
      .tuple(fc.nat(nilai.length - 1), fc.boolean())
      .chain(([i, ganti]) =>
        ganti
          ? mutasi(nilai[i]).map((x) => nilai.map((v, j) => (j === i ? x : v)))
          : fc.constant(nilai.filter((_, j) => j !== i)),
      );
  }
  if (nilai !== null && typeof nilai === "object") {
    const kunci = Object.keys(nilai);
    const ops: fc.Arbitrary<unknown>[] = [
      fc.tuple(fc.string({ maxLength: 12 }), jsonJahat).map(([k, v]) => ({ ...nilai, [k]: v })),
    ];
    if (kunci.length) {
      ops.push(
        fc.constantFrom(...kunci).map((k) => {
          const salin: Record<string, unknown> = { ...nilai };
          delete salin[k];
          return salin;
        }),
        fc.tuple(fc.constantFrom(...kunci), jsonJahat).map(([k, v]) => ({ ...nilai, [k]: v })),
        fc
          .constantFrom(...kunci)
          .chain((k) => mutasi((nilai as Record<string, unknown>)[k]).map((v) => ({ ...nilai, [k]: v }))),
      );
    }
    return fc.oneof(...ops);
  }
  if (typeof nilai === "string")
    return fc.oneof(
      teksJahat,
      teksJahat.map((t) => nilai + t),
      angkaJahat,
    );
  if (typeof nilai === "number") return fc.oneof(angkaJahat, teksJahat, fc.constant(null));
  return jsonJahat;
}

/** Poisons one string leaf of a (valid) value with a NUL or a lone surrogate, keeping everything else as it was. */
export function racuni(nilai: unknown): fc.Arbitrary<unknown> {
  const jalur: Array<Array<string | number>> = [];
  const kumpul = (v: unknown, p: Array<string | number>) => {
    if (typeof v === "string") jalur.push(p);
    else if (Array.isArray(v)) v.forEach((x, i) => kumpul(x, [...p, i]));
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) kumpul(x, [...p, k]);
  };
  kumpul(nilai, []);
  if (!jalur.length) return fc.constant(nilai);
  return fc
    .tuple(fc.constantFrom(...jalur), fc.constantFrom("\u0000", "\ud800", "\udc00", "a\u0000"))
    .map(([p, racun]) => {
      const salin = structuredClone(nilai);
      if (p.length === 0) return `${String(salin)}${racun}`;
      let wadah = salin as Record<string | number, unknown>;
      for (const k of p.slice(0, -1)) wadah = wadah[k] as Record<string | number, unknown>;
      const akhir = p[p.length - 1]!;
      wadah[akhir] = `${String(wadah[akhir])}${racun}`;
      return salin;
    });
}
