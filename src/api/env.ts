import type { ServiceContext } from "../services/context";

/** Hono bindings shared by all routes. */
export interface AppEnv {
  Variables: {
    requestId: string;
    ctx: ServiceContext;
  };
}
