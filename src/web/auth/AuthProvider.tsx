/**
 * The signed-in user for the whole UI: checks the session on load (GET /api/auth/sesi), signs in and out, keeps
 * the CSRF token for mutations, and notices an expired session (any 401) so the route guard shows /masuk.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { getJson, sendJson, setCsrfToken, setOnUnauthorized } from "../api/client";

export interface ProfilSaya {
  id: string;
  nama: string;
  email: string;
  nip: string | null;
  peran: string;
  labelPeran: string;
  pemda: { id: string; slug: string; nama: string };
  opd: { id: string; slug: string; nama: string } | null;
  izin: string[];
}

interface Sesi {
  pengguna: ProfilSaya;
  csrfToken: string;
}

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
    getJson<Sesi>("/api/auth/sesi").then(terima, () => terima(null));
    return () => setOnUnauthorized(null);
  }, [terima]);

  const value = useMemo<Auth>(
    () => ({
      status,
      pengguna: sesi?.pengguna ?? null,
      async masuk(identitas, kataSandi) {
        terima(await sendJson<Sesi>("POST", "/api/auth/masuk", { identitas, kataSandi }));
      },
      async keluar() {
        await sendJson("POST", "/api/auth/keluar").catch(() => undefined);
        terima(null);
      },
      punya: (izin) => Boolean(sesi?.pengguna.izin.includes(izin)),
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
