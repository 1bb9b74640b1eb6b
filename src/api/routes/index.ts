/**
 * Mounts every route module. Add one line per module; every route must also have an entry in the
 * authorisation matrix (tests/integration/authz-matrix).
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { organisasiRoutes } from "./organisasi";
import { systemRoutes } from "./system";

export function mountRoutes(app: OpenAPIHono<AppEnv>, version: string): void {
  app.route("/", systemRoutes(version));
  app.route("/", organisasiRoutes());
}
