/**
 * The secret that signs session cookies and CSRF tokens: `SAKIP_AUTH_SECRET` when given, otherwise 32 random
 * bytes generated on first use and kept in app_meta so sessions survive a restart.
 */
import { getMeta, setMeta } from "../../storage/repositories/meta-repository";
import type { Db } from "../../storage/database";

export const META_AUTH_SECRET = "auth_secret";

export async function ambilRahasia(db: Db, dariLingkungan?: string): Promise<string> {
  if (dariLingkungan) return dariLingkungan;
  const ada = await getMeta(db, META_AUTH_SECRET);
  if (ada) return ada;
  const baru = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
  await setMeta(db, META_AUTH_SECRET, baru);
  // Two first requests may race: keep whichever value was stored last and use that one.
  return (await getMeta(db, META_AUTH_SECRET)) ?? baru;
}
