import { Alert, Badge, List, Stack, Table, Text } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { BarSerapan } from "./PohonTabel";
import { type BarisTabel, persen, rupiah, type Tabel } from "./tipe";

/** Tabel 2.4 / 3.18 (per program) or 2.3 / 3.17 (per belanja class): anggaran, realisasi, serapan, sisa. */
export function TabelRingkas({ baris, testId }: { baris: BarisTabel[]; testId: string }) {
  const { t } = useI18n();
  let no = 0;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid={testId} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>No.</Table.Th>
            <Table.Th>{t("anggaran.uraian")}</Table.Th>
            <Table.Th ta="right">{t("anggaran.anggaran")}</Table.Th>
            <Table.Th ta="right">{t("anggaran.realisasi")}</Table.Th>
            <Table.Th>{t("anggaran.serapan")}</Table.Th>
            <Table.Th ta="right">{t("anggaran.sisa")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {baris.map((b) => {
            const utama = b.tingkat === 0 && b.id !== "JUMLAH";
            return (
              <Table.Tr key={b.id} fw={b.id === "JUMLAH" ? 700 : undefined}>
                <Table.Td>{utama ? `${++no}.` : ""}</Table.Td>
                <Table.Td pl={b.tingkat ? 28 : undefined}>
                  {b.tingkat ? `- ${b.uraian}` : b.id === "JUMLAH" ? t("anggaran.jumlah") : b.uraian}
                </Table.Td>
                <Table.Td ta="right">{rupiah(b.anggaran)}</Table.Td>
                <Table.Td ta="right">{rupiah(b.realisasi)}</Table.Td>
                <Table.Td miw={130}>
                  <BarSerapan serapan={b.serapan} />
                </Table.Td>
                <Table.Td ta="right">{rupiah(b.sisa)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Tabel 2.3 / 3.17 with the source of the class breakdown and its reconciliation against the tree. */
export function TabelKelas({ tabel }: { tabel: Tabel }) {
  const { t } = useI18n();
  const k = tabel.perKelas;
  return (
    <Stack gap="xs">
      <TabelRingkas baris={k.baris} testId="tabel-kelas" />
      {k.sumberTeks && (
        <Text size="sm" c="dimmed">
          {t("anggaran.sumberKelas", { sumber: k.sumberTeks })}
        </Text>
      )}
      {k.sumberAnggaran === null && (
        <Text size="sm" c="dimmed">
          {t("anggaran.kelasBelumAda")}
        </Text>
      )}
      {k.temuan.length > 0 && (
        <Alert color="orange" title={t("anggaran.catatan")}>
          <List size="sm">
            {k.temuan.map((x) => (
              <List.Item key={x.pesan}>{x.pesan}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/** The appendix listing with every total in its place (SEED 1718-1807 layout). */
export function TabelLampiran({ tabel }: { tabel: Tabel }) {
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table data-testid="tabel-lampiran" fz="xs" withTableBorder withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            {["KODE", "URAIAN", "ANGGARAN", "PEGAWAI", "BARANG & JASA", "MODAL", "TOTAL", "%", "SISA ANGGARAN"].map(
              (h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tabel.lampiran.map((b, i) => {
            const v = b.nilai;
            const tebal = b.jenis !== "sub-kegiatan";
            return (
              <Table.Tr key={`${b.jenis}-${b.kode ?? "jumlah"}-${i}`} fw={tebal ? 600 : undefined}>
                <Table.Td ff="monospace">{b.jenis.startsWith("total") || b.jenis === "jumlah" ? "" : b.kode}</Table.Td>
                <Table.Td>{b.uraian}</Table.Td>
                {v ? (
                  <>
                    <Table.Td ta="right">{rupiah(v.anggaran)}</Table.Td>
                    <Table.Td ta="right">{rupiah(v.realisasi.pegawai)}</Table.Td>
                    <Table.Td ta="right">{rupiah(v.realisasi.barangJasa)}</Table.Td>
                    <Table.Td ta="right">{rupiah(v.realisasi.modal)}</Table.Td>
                    <Table.Td ta="right">{rupiah(v.totalRealisasi)}</Table.Td>
                    <Table.Td ta="right">{persen(v.serapan)}</Table.Td>
                    <Table.Td ta="right">{rupiah(v.sisa)}</Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={7} />
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Serapan and efisiensi per Renstra sasaran (Tabel 3.15), with the method stated. */
export function TabelSasaran({ tabel }: { tabel: Tabel }) {
  const { t } = useI18n();
  if (tabel.serapanSasaran.length === 0) return <Text c="dimmed">{t("anggaran.sasaranKosong")}</Text>;
  const efisiensi = new Map(tabel.efisiensi.baris.map((b) => [b.sasaranKode, b]));
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="tabel-sasaran" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("anggaran.sasaran")}</Table.Th>
              <Table.Th>{t("anggaran.pendukung")}</Table.Th>
              <Table.Th ta="right">{t("anggaran.anggaran")}</Table.Th>
              <Table.Th ta="right">{t("anggaran.realisasi")}</Table.Th>
              <Table.Th>{t("anggaran.serapan")}</Table.Th>
              <Table.Th ta="right">{t("anggaran.capaian")}</Table.Th>
              <Table.Th ta="right">{t("anggaran.efisiensi")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tabel.serapanSasaran.map((s) => {
              const e = efisiensi.get(s.sasaranKode);
              return (
                <Table.Tr key={s.sasaranKode}>
                  <Table.Td>
                    <Badge size="sm" variant="light" mr={6}>
                      {s.sasaranKode}
                    </Badge>
                    {s.sasaranTeks ?? ""}
                  </Table.Td>
                  <Table.Td ff="monospace" fz="xs">
                    {s.kode.join(", ")}
                  </Table.Td>
                  <Table.Td ta="right">{rupiah(s.anggaran)}</Table.Td>
                  <Table.Td ta="right">{rupiah(s.realisasi)}</Table.Td>
                  <Table.Td miw={130}>
                    <BarSerapan serapan={s.serapan} />
                  </Table.Td>
                  <Table.Td ta="right">{persen(e?.capaian ?? null)}</Table.Td>
                  <Table.Td ta="right">{e?.efisiensi ? e.efisiensi.replace(".", ",") : "—"}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t("anggaran.metode")}: {tabel.efisiensi.metode.keterangan}
      </Text>
    </Stack>
  );
}
