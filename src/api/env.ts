import type { LayananAuth, SesiAktif } from "../services/auth/layanan-auth";
import type { ServiceContext } from "../services/context";

/** Hono bindings shared by all routes. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The request's context: the signed-in user as `ctx.aktor` (null when not signed in). */
    ctx: ServiceContext;
    /** The signed-in session (null when not signed in). */
    sesi: SesiAktif | null;
    auth: LayananAuth;
  };
}
