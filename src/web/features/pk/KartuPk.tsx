import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Tooltip } from "@mantine/core";
import { Fragment } from "react";
import { useI18n } from "../../i18n/i18n";
import { SelEdit } from "../kinerja/SelEdit";
import { type BarisAnggaran, type BarisKinerja, type PkTampil, rupiah, type Simpul } from "./tipe";

/**
 * One PK as its lampiran: parties, place and date, kinerja rows (parent/child) and budget rows with JUMLAH; "Ubah"
 * opens the whole document in the form, and an awal PK without perubahan can be copied as the PK Perubahan.
 */
export function KartuPk({
  pk,
  bolehUbah,
  simpanTarget,
  ubah,
  salinPerubahan,
}: {
  pk: PkTampil;
  bolehUbah: boolean;
  simpanTarget(baris: BarisKinerja, target: string): Promise<void>;
  ubah?: () => void;
  salinPerubahan?: () => void;
}) {
  const { t, tanggal } = useI18n();
  const barisKinerja = (s: Simpul<BarisKinerja>, dalam: number): React.ReactNode => (
    <Fragment key={s.baris.id}>
      <Table.Tr>
        <Table.Td>{s.baris.nomor ?? ""}</Table.Td>
        <Table.Td pl={dalam ? "lg" : undefined}>{s.baris.sasaran}</Table.Td>
        <Table.Td>{s.baris.indikator}</Table.Td>
        <Table.Td>{s.baris.satuan}</Table.Td>
        <Table.Td>
          {/* keyed by the row's version: a reload after another user's change closes a refused edit */}
          <SelEdit
            key={s.baris.versi}
            nilai={s.baris.targetTeks ?? ""}
            bolehUbah={bolehUbah}
            label={`${t("kinerja.target")} ${s.baris.indikator}`}
            testId={`target-${s.baris.id}`}
            simpan={(v) => simpanTarget(s.baris, v)}
          />
        </Table.Td>
      </Table.Tr>
      {s.anak.map((a) => barisKinerja(a, dalam + 1))}
    </Fragment>
  );
  const barisAnggaran = (s: Simpul<BarisAnggaran>, dalam: number): React.ReactNode => (
    <Fragment key={s.baris.id}>
      <Table.Tr>
        <Table.Td>{s.baris.nomor ?? ""}</Table.Td>
        <Table.Td pl={dalam ? "lg" : undefined} fw={dalam ? 400 : 600}>
          {s.baris.uraian}
        </Table.Td>
        <Table.Td ta="right">{rupiah(s.baris.anggaran)}</Table.Td>
        <Table.Td>{s.baris.keterangan}</Table.Td>
      </Table.Tr>
      {s.anak.map((a) => barisAnggaran(a, dalam + 1))}
    </Fragment>
  );
  return (
    <Card withBorder data-testid={`pk-${pk.kode}`}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light">{t(`pk.levelSingkat.${pk.level}`)}</Badge>
          <Badge variant="outline">{t(pk.jenis === "perubahan" ? "pk.form.perubahan" : "pk.form.awal")}</Badge>
          <Badge color={pk.berlaku ? "green" : "gray"}>{pk.berlaku ? t("pk.berlaku") : t("pk.digantikan")}</Badge>
          <Text size="sm" c="dimmed">
            {pk.tempat}, {tanggal(pk.tanggal)}
          </Text>
          <Group gap="xs" ml="auto">
            {salinPerubahan && (
              <Button
                size="compact-xs"
                variant="light"
                disabled={!bolehUbah}
                onClick={salinPerubahan}
                data-testid={`tombol-salin-pk-${pk.kode}`}
              >
                {t("pk.salin.tombol")}
              </Button>
            )}
            {ubah && (
              <Tooltip label={t("pk.ubah.terkunci")} disabled={bolehUbah}>
                <Button
                  size="compact-xs"
                  variant="light"
                  disabled={!bolehUbah}
                  onClick={ubah}
                  data-testid={`tombol-ubah-pk-${pk.kode}`}
                >
                  {t("pk.ubah.tombol")}
                </Button>
              </Tooltip>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {(["pihakPertama", "pihakKedua"] as const).map((k) => (
            <Stack key={k} gap={0}>
              <Text size="xs" c="dimmed">
                {t(k === "pihakPertama" ? "pk.pihakPertama" : "pk.pihakKedua")}
              </Text>
              <Text size="sm" fw={600}>
                {pk[k]?.namaLengkap ?? "—"}
              </Text>
              <Text size="xs">
                {pk[k]?.jabatan}
                {pk[k]?.nip ? ` · NIP ${pk[k]?.nip}` : ""}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Table.ScrollContainer minWidth={700}>
          <Table withTableBorder withColumnBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>{t("kinerja.no")}</Table.Th>
                <Table.Th>{t("kinerja.sasaran")}</Table.Th>
                <Table.Th>{t("kinerja.indikator")}</Table.Th>
                <Table.Th>{t("kinerja.satuan")}</Table.Th>
                <Table.Th>{t("kinerja.target")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{pk.kinerja.map((s) => barisKinerja(s, 0))}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {pk.anggaran.length > 0 && (
          <Table.ScrollContainer minWidth={700}>
            <Table withTableBorder withColumnBorders>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>{t("kinerja.no")}</Table.Th>
                  <Table.Th>{t("pk.uraian")}</Table.Th>
                  <Table.Th ta="right">{t("pk.anggaran")}</Table.Th>
                  <Table.Th>{t("pk.keterangan")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pk.anggaran.map((s) => barisAnggaran(s, 0))}
                <Table.Tr>
                  <Table.Td />
                  <Table.Td fw={700}>{t("pk.jumlah")}</Table.Td>
                  <Table.Td ta="right" fw={700} data-testid={`pk-${pk.kode}-jumlah`}>
                    {rupiah(pk.jumlahAnggaran)}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
