import { Stack, Tabs, Title } from "@mantine/core";
import { Navigate, useLocation, useNavigate } from "react-router";
import { useI18n } from "../../i18n/i18n";
import { PenggunaPage } from "./PenggunaPage";
import { PeranPage } from "./PeranPage";

/** Admin area: users and the role matrix, as tabs with their own URLs (/admin/pengguna, /admin/peran). */
export function AdminPage() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const tab = location.pathname.split("/")[2];
  if (tab !== "pengguna" && tab !== "peran") return <Navigate to="/admin/pengguna" replace />;
  return (
    <Stack>
      <Title order={2}>{t("admin.judul")}</Title>
      <Tabs value={tab} onChange={(v) => v && navigate(`/admin/${v}`)}>
        <Tabs.List>
          <Tabs.Tab value="pengguna">{t("admin.pengguna")}</Tabs.Tab>
          <Tabs.Tab value="peran">{t("admin.peran")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pengguna" pt="md">
          {tab === "pengguna" && <PenggunaPage />}
        </Tabs.Panel>
        <Tabs.Panel value="peran" pt="md">
          {tab === "peran" && <PeranPage />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
