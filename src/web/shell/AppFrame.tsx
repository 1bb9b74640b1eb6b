import { AppShell, Burger, Group, NavLink, SegmentedControl, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { NavLink as RouterLink, Outlet, useLocation } from "react-router";
import { useAuth } from "../auth/AuthProvider";
import { UserMenu } from "../auth/UserMenu";
import { useI18n } from "../i18n/i18n";
import { halamanDari, izinKurang } from "./izin-halaman";
import { Lonceng } from "./Lonceng";
import { NAV_ITEMS } from "./nav-items";
import { TanpaIzin } from "./TanpaIzin";

/** Header + navigation for every module; the navigation collapses behind a burger on small screens. */
export function AppFrame() {
  const [opened, { toggle, close }] = useDisclosure();
  const { t, locale, setLocale } = useI18n();
  const { punya } = useAuth();
  const location = useLocation();
  const halaman = halamanDari(NAV_ITEMS, location.pathname);
  const kurang = halaman ? izinKurang(halaman, punya) : null;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title order={3} c="blue.7">
              {t("app.title")}
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t("app.subtitle")}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t("bahasa")}
              value={locale}
              onChange={(v) => setLocale(v === "en" ? "en" : "id")}
              data={[
                { value: "id", label: "ID" },
                { value: "en", label: "EN" },
              ]}
            />
            <Lonceng />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Navigasi modul">
        {NAV_ITEMS.filter((item) => izinKurang(item, punya) === null).map((item) => (
          <NavLink
            key={item.path}
            component={RouterLink}
            to={item.path}
            label={t(item.label)}
            leftSection={<item.icon size={18} stroke={1.6} />}
            active={item.path === "/" ? location.pathname === "/" : location.pathname.startsWith(item.path)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {halaman && kurang ? <TanpaIzin judul={halaman.label} izin={kurang} /> : <Outlet />}
      </AppShell.Main>
    </AppShell>
  );
}
