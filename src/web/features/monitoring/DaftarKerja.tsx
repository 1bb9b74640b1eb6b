import { Alert, Badge, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { jawab, klien } from "../../api/client";
import type { Jawaban } from "../../api/tipe";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";

type DaftarKerjaDto = Jawaban<"/api/v1/pemda/{pemda}/daftar-kerja">;

const HALAMAN: Record<string, string> = {
  perencanaan: "/perencanaan",
  pk: "/perjanjian-kinerja",
  pengukuran: "/pengukuran",
  anggaran: "/anggaran",
  laporan: "/laporan",
};

/** The home page's worklist (issue 15): what waits for the signed-in user in the working year. */
export function DaftarKerja() {
  const { t, number, tanggal } = useI18n();
  const { pengguna } = useAuth();
  const pemda = pengguna?.pemda.slug ?? "";
  const [data, setData] = useState<DaftarKerjaDto | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  useEffect(() => {
    if (!pemda) return;
    jawab(klien.GET("/api/v1/pemda/{pemda}/daftar-kerja", { params: { path: { pemda } } })).then(setData, (e: Error) =>
      setGalat(e.message),
    );
  }, [pemda]);
  if (!pemda) return null;
  if (galat) return <Alert color="red">{galat}</Alert>;
  if (!data) return <Loader size="sm" />;
  const kosong = !data.untukDisetujui.length && !data.dikembalikan.length && !data.tenggat.length;
  return (
    <Card withBorder padding="md" data-testid="daftar-kerja">
      <Stack gap="xs">
        <Title order={3}>{t("kerja.judul", { tahun: data.tahun })}</Title>
        {kosong && <Text c="dimmed">{t("kerja.kosong")}</Text>}
        {data.untukDisetujui.length > 0 && (
          <Stack gap={4} data-testid="kerja-setujui">
            <Text fw={600}>{t("kerja.setujui")}</Text>
            {data.untukDisetujui.map((x) => (
              <Text key={`${x.opd.slug}-${x.modul}-${x.tahun}`} size="sm">
                <Link to={`${HALAMAN[x.modul] ?? "/"}?opd=${x.opd.slug}&tahun=${x.tahun}`}>
                  {x.label} — {x.opd.nama}
                </Link>
              </Text>
            ))}
          </Stack>
        )}
        {data.dikembalikan.length > 0 && (
          <Stack gap={4} data-testid="kerja-kembali">
            <Text fw={600}>{t("kerja.kembali")}</Text>
            {data.dikembalikan.map((x) => (
              <Text key={`${x.opd.slug}-${x.modul}`} size="sm">
                <Link to={`${HALAMAN[x.modul] ?? "/"}?opd=${x.opd.slug}&tahun=${data.tahun}`}>{x.label}</Link>
                {x.alasan ? ` — “${x.alasan}” (${x.oleh})` : ` (${x.oleh})`}
              </Text>
            ))}
          </Stack>
        )}
        {data.tenggat.length > 0 && (
          <Stack gap={4} data-testid="kerja-tenggat">
            <Text fw={600}>{t("kerja.tenggat")}</Text>
            {data.tenggat.map((x) => (
              <Group key={`${x.jenis}-${x.tanggal}`} gap="xs" wrap="wrap">
                <Badge color={x.keadaan === "lewat" ? "red" : "yellow"} variant="light">
                  {x.keadaan === "lewat"
                    ? t("kerja.lewat", { n: number(-x.sisaHari) })
                    : t("kerja.segera", { n: number(x.sisaHari) })}
                </Badge>
                <Text size="sm">
                  {t(`tenggat.jenis.${x.jenis}`)} {x.tahunData} · {tanggal(x.tanggal)}
                  {x.jumlahOpd > 1 ? ` · ${t("kerja.opdBelum", { n: x.jumlahOpd })}` : ""}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
