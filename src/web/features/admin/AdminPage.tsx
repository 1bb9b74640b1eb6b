import { Stack, Tabs, Title } from "@mantine/core";
import { Navigate, useLocation, useNavigate } from "react-router";
import { useI18n } from "../../i18n/i18n";
import { OpdAdminPage } from "./OpdAdminPage";
import { PemdaPage } from "./PemdaPage";
import { PenggunaPage } from "./PenggunaPage";
import { PeranPage } from "./PeranPage";

const TAB = ["pengguna", "peran", "pemda", "opd"] as const;

/**
 * Admin area as tabs with their own URLs: users (/admin/pengguna), the role matrix (/admin/peran), the Pemda's
 * profile and logo (/admin/pemda) and its Perangkat Daerah (/admin/opd).
 */
export function AdminPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const tab = location.pathname.split("/")[2];
  if (!TAB.some((x) => x === tab)) return <Navigate to="/admin/pengguna" replace />;
  return (
    <Stack>
      <Title order={2}>{t("admin.judul")}</Title>
      <Tabs value={tab} onChange={(v) => v && navigate(`/admin/${v}`)}>
        <Tabs.List>
          <Tabs.Tab value="pengguna">{t("admin.pengguna")}</Tabs.Tab>
          <Tabs.Tab value="peran">{t("admin.peran")}</Tabs.Tab>
          <Tabs.Tab value="pemda">{t("admin.pemda")}</Tabs.Tab>
          <Tabs.Tab value="opd">{t("admin.opd")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pengguna" pt="md">
          {tab === "pengguna" && <PenggunaPage />}
        </Tabs.Panel>
        <Tabs.Panel value="peran" pt="md">
          {tab === "peran" && <PeranPage />}
        </Tabs.Panel>
        <Tabs.Panel value="pemda" pt="md">
          {tab === "pemda" && <PemdaPage />}
        </Tabs.Panel>
        <Tabs.Panel value="opd" pt="md">
          {tab === "opd" && <OpdAdminPage />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
