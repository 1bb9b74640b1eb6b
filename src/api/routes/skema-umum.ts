/** Schemas shared by route modules. */
import { z } from "@hono/zod-openapi";

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .openapi("Problem");

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
