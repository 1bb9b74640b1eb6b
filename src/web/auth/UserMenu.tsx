import { Avatar, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconKey, IconLogout } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { useI18n } from "../i18n/i18n";
import { useAuth } from "./AuthProvider";
import { GantiKataSandiModal } from "./GantiKataSandiModal";

/** Header menu: name, role and OPD of the signed-in user; change password; sign out. */
export function UserMenu() {
  const { pengguna, keluar } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [gantiOpen, ganti] = useDisclosure(false);
  if (!pengguna) return null;
  const inisial = pengguna.nama
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
  return (
    <>
      <Menu position="bottom-end" width={260} withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t("akun.menu")} data-testid="user-menu">
            <Group gap={8} wrap="nowrap">
              <Avatar size="sm" color="blue" radius="xl">
                {inisial}
              </Avatar>
              <Text size="sm" fw={500} visibleFrom="sm" lineClamp={1} maw={180}>
                {pengguna.nama}
              </Text>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="dark">
              {pengguna.nama}
            </Text>
            <Text size="xs">{pengguna.labelPeran}</Text>
            <Text size="xs" data-testid="user-menu-opd">
              {pengguna.opd?.nama ?? t("akun.seluruhPemda")} · {pengguna.pemda.nama}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item leftSection={<IconKey size={16} />} onClick={ganti.open}>
            {t("akun.gantiSandi")}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout size={16} />}
            color="red"
            onClick={() => {
              void keluar().then(() => navigate("/masuk", { replace: true }));
            }}
          >
            {t("akun.keluar")}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <GantiKataSandiModal opened={gantiOpen} onClose={ganti.close} />
    </>
  );
}
