/**
 * The notification bell of the app shell (issue 15, ADR 0035): my unread count on the bell, and my notifications
 * (deadline reminders) in a popover; opening one marks it read, "mark all read" marks the rest. Polled every minute
 * and when the popover opens; the server returns only the signed-in user's rows.
 */
import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useCallback, useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { jawab, klien } from "../api/client";
import { useZonaPemda } from "../api/kueri";
import type { components } from "../api/skema";
import { useAuth } from "../auth/AuthProvider";
import { useI18n } from "../i18n/i18n";
import { pemformatWaktu } from "../i18n/waktu-zona";

type DaftarPemberitahuan = components["schemas"]["DaftarPemberitahuan"];

const SELANG_MS = 60_000;

export function Lonceng() {
  const { pengguna } = useAuth();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [data, setData] = useState<DaftarPemberitahuan | null>(null);
  const [buka, setBuka] = useState(false);
  const pemda = pengguna?.pemda.slug;
  // times in the Pemda's zone (Admin › Pengaturan); not shown until it is known
  const zona = useZonaPemda(pemda ?? "");

  const muat = useCallback(async () => {
    if (!pemda) return;
    try {
      setData(await jawab(klien.GET("/api/v1/pemda/{pemda}/pemberitahuan", { params: { path: { pemda } } })));
    } catch {
      // the bell stays as it was; a lost session is handled by the client (401 → sign-in)
    }
  }, [pemda]);

  useEffect(() => {
    void muat();
    const id = setInterval(() => void muat(), SELANG_MS);
    return () => clearInterval(id);
  }, [muat]);

  const tandai = async (id?: string) => {
    if (!pemda) return;
    await jawab(
      klien.POST("/api/v1/pemda/{pemda}/pemberitahuan/dibaca", {
        params: { path: { pemda } },
        body: id ? { id } : {},
      }),
    ).catch(() => undefined);
    await muat();
  };

  if (!pengguna) return null;
  const belum = data?.belumDibaca ?? 0;
  const waktu = zona ? pemformatWaktu(zona, locale) : null;
  return (
    <Popover position="bottom-end" width={340} withinPortal opened={buka} onChange={setBuka} onOpen={() => void muat()}>
      {/* the target is the button itself: on the Indicator's div, aria-haspopup/aria-expanded are not allowed */}
      <Indicator label={belum > 99 ? "99+" : belum} size={16} disabled={belum === 0} color="red" offset={4}>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={belum ? t("lonceng.labelBelum", { n: belum }) : t("lonceng.label")}
            data-testid="lonceng"
            data-belum-dibaca={belum}
            onClick={() => setBuka((b) => !b)}
          >
            <IconBell size={20} stroke={1.6} />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p="xs" aria-label={t("lonceng.label")} role="dialog">
        <Group justify="space-between" mb="xs" wrap="nowrap">
          <Text fw={600} size="sm">
            {t("lonceng.label")}
          </Text>
          {belum > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => void tandai()}>
              {t("lonceng.tandaiSemua")}
            </Button>
          )}
        </Group>
        {data && data.daftar.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("lonceng.kosong")}
          </Text>
        )}
        <ScrollArea.Autosize mah={400}>
          <Stack gap={6} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {data?.daftar.map((p) => (
              <li key={p.id} data-testid="pemberitahuan" data-dibaca={p.dibaca}>
                <Stack gap={2} p={6} bg={p.dibaca ? undefined : "blue.0"} style={{ borderRadius: 4 }}>
                  <Group gap={6} wrap="nowrap" justify="space-between">
                    <Text size="sm" fw={p.dibaca ? 400 : 600}>
                      {p.judul}
                    </Text>
                  </Group>
                  <Text size="xs">{p.isi}</Text>
                  <Group gap="xs" justify="space-between">
                    <Text size="xs" c="dimmed">
                      {waktu?.(p.dibuatPada)}
                    </Text>
                    <Group gap={4}>
                      {p.tautan?.startsWith("/") && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => {
                            setBuka(false);
                            if (!p.dibaca) void tandai(p.id);
                            void navigate(p.tautan!);
                          }}
                        >
                          {t("lonceng.buka")}
                        </Button>
                      )}
                      {!p.dibaca && (
                        <Button size="compact-xs" variant="light" onClick={() => void tandai(p.id)}>
                          {t("lonceng.tandai")}
                        </Button>
                      )}
                    </Group>
                  </Group>
                </Stack>
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
