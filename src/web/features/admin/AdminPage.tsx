import { Alert, Stack, Tabs, Title } from "@mantine/core";
import { Navigate, useLocation, useNavigate } from "react-router";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { OpdAdminPage } from "./OpdAdminPage";
import { PemdaPage } from "./PemdaPage";
import { PengaturanPage } from "./PengaturanPage";
import { PenggunaPage } from "./PenggunaPage";
import { PeranPage } from "./PeranPage";

/** Each tab, its label and the permission that shows it (the server checks the same permission again). */
const TAB = [
  { value: "pengguna", label: "admin.pengguna", izin: "pengguna.kelola" },
  { value: "peran", label: "admin.peran", izin: "pengguna.kelola" },
  { value: "pemda", label: "admin.pemda", izin: "pemda.kelola" },
  { value: "opd", label: "admin.opd", izin: "pemda.kelola" },
  { value: "pengaturan", label: "admin.pengaturan", izin: "pemda.kelola" },
] as const satisfies ReadonlyArray<{ value: string; label: MessageKey; izin: string }>;

const HALAMAN = {
  pengguna: PenggunaPage,
  peran: PeranPage,
  pemda: PemdaPage,
  opd: OpdAdminPage,
  pengaturan: PengaturanPage,
};

/**
 * Admin area as tabs with their own URLs: users (/admin/pengguna), the role matrix (/admin/peran), the Pemda's
 * profile and logo (/admin/pemda), its Perangkat Daerah (/admin/opd) and its settings — time zone, rule versions,
 * TTE provider (/admin/pengaturan). Users and roles need `pengguna.kelola`,
 * the Pemda and its OPDs `pemda.kelola`; without either the page says so instead of showing forms that would fail.
 */
export function AdminPage() {
  const { t } = useI18n();
  const { punya } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const boleh = TAB.filter((x) => punya(x.izin));
  const pertama = boleh[0];
  if (!pertama) {
    return (
      <Stack>
        <Title order={2}>{t("admin.judul")}</Title>
        <Alert color="yellow" data-testid="admin-tanpa-akses">
          {t("admin.tanpaAkses")}
        </Alert>
      </Stack>
    );
  }
  const tab = location.pathname.split("/")[2];
  if (!boleh.some((x) => x.value === tab)) return <Navigate to={`/admin/${pertama.value}`} replace />;
  return (
    <Stack>
      <Title order={2}>{t("admin.judul")}</Title>
      <Tabs value={tab} onChange={(v) => v && navigate(`/admin/${v}`)}>
        <Tabs.List>
          {boleh.map((x) => (
            <Tabs.Tab key={x.value} value={x.value}>
              {t(x.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {boleh.map((x) => {
          const Halaman = HALAMAN[x.value];
          return (
            <Tabs.Panel key={x.value} value={x.value} pt="md">
              {tab === x.value && <Halaman />}
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
