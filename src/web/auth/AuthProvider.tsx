/**
 * The signed-in user for the whole UI: checks the session on load (GET /api/auth/sesi), signs in and out, keeps
 * the CSRF token for mutations, and notices an expired session (any 401) so the route guard shows /masuk.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { jawab, klien, setCsrfToken, setOnUnauthorized } from "../api/client";
import type { components } from "../api/skema";

export type ProfilSaya = components["schemas"]["ProfilSaya"];

type Sesi = components["schemas"]["Sesi"];

interface Auth {
  status: "memuat" | "masuk" | "keluar";
  pengguna: ProfilSaya | null;
  masuk(identitas: string, kataSandi: string): Promise<void>;
  keluar(): Promise<void>;
  punya(izin: string): boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [sesi, setSesi] = useState<Sesi | null>(null);
  const [status, setStatus] = useState<Auth["status"]>("memuat");

  const terima = useCallback((s: Sesi | null) => {
    setCsrfToken(s?.csrfToken ?? null);
    setSesi(s);
    setStatus(s ? "masuk" : "keluar");
  }, []);

  useEffect(() => {
    setOnUnauthorized(() => terima(null));
    jawab(klien.GET("/api/auth/sesi")).then(terima, () => terima(null));
    return () => setOnUnauthorized(null);
  }, [terima]);

  const value = useMemo<Auth>(
    () => ({
      status,
      pengguna: sesi?.pengguna ?? null,
      async masuk(identitas, kataSandi) {
        terima(await jawab(klien.POST("/api/auth/masuk", { body: { identitas, kataSandi } })));
      },
      async keluar() {
        await jawab(klien.POST("/api/auth/keluar")).catch(() => undefined);
        terima(null);
      },
      punya: (izin) => Boolean(sesi?.pengguna.izin.some((i) => i === izin)),
    }),
    [sesi, status, terima],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error("useAuth outside AuthProvider");
  return ctx;
}
