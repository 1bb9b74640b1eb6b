import { Center, Loader } from "@mantine/core";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useI18n } from "../i18n/i18n";
import { useAuth } from "./AuthProvider";

/** Route guard: shows /masuk (remembering where the user was going) when there is no session. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  if (status === "memuat") {
    return (
      <Center h="100vh">
        <Loader aria-label={t("memuat")} />
      </Center>
    );
  }
  if (status === "keluar") {
    const kembali = `${location.pathname}${location.search}`;
    return <Navigate to={kembali === "/" ? "/masuk" : `/masuk?kembali=${encodeURIComponent(kembali)}`} replace />;
  }
  return children;
}
