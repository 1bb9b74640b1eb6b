/** Schemas shared by route modules. */
import { z } from "@hono/zod-openapi";

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    versi: z.string().optional().openapi({ description: "409 versi kedaluwarsa: versi data yang sekarang" }),
    terkini: z.unknown().optional().openapi({ description: "409 versi kedaluwarsa: data yang sekarang" }),
    temuan: z
      .array(z.unknown())
      .optional()
      .openapi({ description: "409 ajuan ditolak: galat hasil reviu data (TemuanReviu)" }),
    requestId: z.string().optional(),
  })
  .openapi("Problem");

/**
 * The precondition headers of a write under optimistic concurrency (ADR 0016), documented in the OpenAPI; the route
 * reads them through syaratVersi (src/api/versi.ts). Optional: a write without them is accepted (integrators).
 */
export const ZHeaderVersi = z.object({
  "if-match": z
    .string()
    .max(200)
    .optional()
    .openapi({
      param: { name: "if-match", in: "header" },
      description: "ETag/versi dari pembacaan terakhir; 409 bila data telah diubah pengguna lain",
      example: '"3q2-7wAbcDefGhiJkLmNo"',
    }),
  "if-none-match": z
    .string()
    .max(200)
    .optional()
    .openapi({
      param: { name: "if-none-match", in: "header" },
      description: "* = hanya bila data belum ada (membuat baru); 409 bila sudah dibuat pengguna lain",
    }),
});

/** Problem responses for the given status codes, for a route's `responses`. */
export function problemResponses(codes: number[]) {
  return Object.fromEntries(
    codes.map((code) => [
      code,
      { description: "Masalah (problem+json)", content: { "application/problem+json": { schema: ZProblem } } },
    ]),
  );
}

export const ZPemdaParam = z.object({
  pemda: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "pemda", in: "path" }, example: "batu-bara" }),
});

export const ZOpdParam = ZPemdaParam.extend({
  opd: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "opd", in: "path" }, example: "kecamatan-sei-balai" }),
});
