import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { useAuth } from "../auth/AuthProvider";
import { buatQueryClient } from "./kueri";

/**
 * The app's one query cache (ADR 0047). Inside the auth provider: when the signed-in user changes (sign-out, another
 * account), the cache is emptied, so no answer read under one account is shown to the next.
 */
export function KueriProvider({ children }: { children: ReactNode }) {
  const [client] = useState(buatQueryClient);
  const penggunaId = useAuth().pengguna?.id ?? null;
  useEffect(() => () => client.clear(), [client, penggunaId]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
