import { Alert, Badge, Button, Group, Loader, Menu, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { IconDots, IconPlus } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, jawab, klien, syaratHeader } from "../../api/client";
import { kunci, useSegarkan } from "../../api/kueri";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { type OpdRingkas, PenggunaForm, type Pengguna } from "./PenggunaForm";
import { ResetSandiModal } from "./ResetSandiModal";
import { useKonflik } from "../kinerja/useKonflik";

/** Users of the admin's Pemda: create, edit role/OPD binding, deactivate/activate, reset password. */
export function PenggunaPage() {
  const { t } = useI18n();
  const { pengguna: saya } = useAuth();
  const pemda = saya?.pemda.slug ?? "";
  const [galatAksi, setGalat] = useState<string | null>(null);
  const [form, setForm] = useState<{ mode: "baru" } | { mode: "ubah"; pengguna: Pengguna } | null>(null);
  const [reset, setReset] = useState<Pengguna | null>(null);
  const path = { pemda };
  const qRows = useQuery({
    queryKey: kunci.pengguna(pemda),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/pengguna", { params: { path } })),
  });
  // Active accounts still using a public demo password (checked in production). The check may take a few seconds on
  // a large Pemda (argon2 per account); the table does not wait for it, and a failed check shows nothing.
  const sandiDemo =
    useQuery({
      queryKey: kunci.sandiDemo(pemda),
      queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/pengguna/kata-sandi-demo", { params: { path } })),
    }).data ?? null;
  const opd: OpdRingkas[] =
    useQuery({
      queryKey: kunci.daftarOpd(pemda),
      queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd", { params: { path } })),
    }).data ?? [];
  const rows = qRows.data ?? null;
  const galat = galatAksi ?? qRows.error?.message ?? null;
  const segarkan = useSegarkan();
  // the list and the demo-password check (a reset or a deactivation changes it)
  const muat = () => void segarkan(kunci.pengguna(pemda));
  const idSandiDemo = new Set(sandiDemo?.pengguna.map((p) => p.id));

  const konflik = useKonflik(muat);
  async function setAktif(p: Pengguna, aktif: boolean) {
    try {
      await jawab(
        klien.PATCH("/api/v1/pemda/{pemda}/pengguna/{id}", {
          params: { path: { pemda, id: p.id } },
          body: { aktif },
          headers: syaratHeader(p.versi ? { versi: p.versi } : undefined),
        }),
      );
      setGalat(null);
      muat();
    } catch (error) {
      if (konflik.tangani(error)) return;
      setGalat(error instanceof ApiError ? error.message : String(error));
    }
  }

  return (
    <Stack>
      {konflik.dialog}
      <Group justify="space-between">
        <Text c="dimmed">{t("admin.penggunaIntro")}</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setForm({ mode: "baru" })}>
          {t("pengguna.tambah")}
        </Button>
      </Group>
      {sandiDemo && sandiDemo.pengguna.length > 0 && (
        <Alert color="red" variant="filled" title={t("pengguna.sandiDemoJudul")} data-testid="peringatan-sandi-demo">
          {t("pengguna.sandiDemoIsi", {
            jumlah: sandiDemo.pengguna.length,
            daftar: sandiDemo.pengguna.map((p) => p.email).join(", "),
          })}
        </Alert>
      )}
      {galat && (
        <Alert color="red" withCloseButton onClose={() => setGalat(null)}>
          {galat}
        </Alert>
      )}
      {!rows && !galat && <Loader size="sm" aria-label={t("memuat")} />}
      {rows && (
        <ScrollArea>
          <Table striped highlightOnHover withTableBorder data-testid="tabel-pengguna">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("pengguna.nama")}</Table.Th>
                <Table.Th>{t("pengguna.email")}</Table.Th>
                <Table.Th>{t("pengguna.nip")}</Table.Th>
                <Table.Th>{t("pengguna.peran")}</Table.Th>
                <Table.Th>{t("pengguna.opd")}</Table.Th>
                <Table.Th>{t("pengguna.status")}</Table.Th>
                <Table.Th aria-label={t("pengguna.tindakan")} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.nama}</Table.Td>
                  <Table.Td>{p.email}</Table.Td>
                  <Table.Td>{p.nip ?? "—"}</Table.Td>
                  <Table.Td>{p.labelPeran}</Table.Td>
                  <Table.Td>{p.opd?.nama ?? t("akun.seluruhPemda")}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge color={p.aktif ? "green" : "gray"} variant="light">
                        {p.aktif ? t("pengguna.aktif") : t("pengguna.nonaktif")}
                      </Badge>
                      {p.terkunciSampai && new Date(p.terkunciSampai) > new Date() && (
                        <Badge color="red" variant="light">
                          {t("pengguna.terkunci")}
                        </Badge>
                      )}
                      {idSandiDemo.has(p.id) && (
                        <Badge color="red" variant="filled">
                          {t("pengguna.sandiDemo")}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button variant="subtle" size="xs" aria-label={`${t("pengguna.tindakan")} ${p.nama}`}>
                          <IconDots size={16} />
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setForm({ mode: "ubah", pengguna: p })}>
                          {t("pengguna.ubah")}
                        </Menu.Item>
                        <Menu.Item onClick={() => setReset(p)}>{t("pengguna.reset")}</Menu.Item>
                        {p.id !== saya?.id && (
                          <Menu.Item color={p.aktif ? "red" : undefined} onClick={() => void setAktif(p, !p.aktif)}>
                            {p.aktif ? t("pengguna.nonaktifkan") : t("pengguna.aktifkan")}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {form && (
        <PenggunaForm
          pemda={pemda}
          opd={opd}
          awal={form.mode === "ubah" ? form.pengguna : null}
          onClose={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            muat();
          }}
        />
      )}
      {reset && <ResetSandiModal pemda={pemda} pengguna={reset} onClose={() => setReset(null)} onSaved={muat} />}
    </Stack>
  );
}
