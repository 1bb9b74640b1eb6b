/**
 * Types of the API's answers, taken from the generated contract (src/web/api/skema.d.ts, ADR 0034) — never written
 * by hand in the web: `Skema<"PohonAnggaran">` is the named zod schema of the server, `Jawaban<path, method>` the
 * success body of one route.
 */
import type { components, paths } from "./skema";

export type Skema<N extends keyof components["schemas"]> = components["schemas"][N];

type Sukses<R> = R extends { 200: { content: { "application/json": infer B } } }
  ? B
  : R extends { 201: { content: { "application/json": infer B } } }
    ? B
    : never;

export type Jawaban<
  P extends keyof paths,
  M extends "get" | "post" | "put" | "patch" | "delete" = "get",
> = paths[P][M] extends { responses: infer R } ? Sukses<R> : never;
