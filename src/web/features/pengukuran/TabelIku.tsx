import { ActionIcon, Badge, Table, Text, Tooltip } from "@mantine/core";
import { labelKategori } from "../kinerja/label-kategori";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { SelEdit } from "../kinerja/SelEdit";
import { warnaKategori } from "../kinerja/warna";
import { RincianIndikator } from "./RincianIndikator";
import type { AksiPengukuran, BarisIku, Pengukuran } from "./tipe";

/** The IKU table (SEED Tabel 3.2 layout): sasaran, indikator, satuan, target, realisasi (editable), capaian, kategori. */
export function TabelIku({ data, aksi }: { data: Pengukuran; aksi: AksiPengukuran }) {
  const { t } = useI18n();
  const [buka, setBuka] = useState<string | null>(null);
  let nomor = 0;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder withColumnBorders striped data-testid="tabel-iku">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>{t("kinerja.no")}</Table.Th>
            <Table.Th>{t("kinerja.sasaran")}</Table.Th>
            <Table.Th>{t("kinerja.indikator")}</Table.Th>
            <Table.Th>{t("kinerja.satuan")}</Table.Th>
            <Table.Th>{t("kinerja.target")}</Table.Th>
            <Table.Th>{t("kinerja.realisasi")}</Table.Th>
            <Table.Th>{t("kinerja.capaian")}</Table.Th>
            <Table.Th miw={130}>{t("kinerja.kategori")}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.sasaran.map((s) => {
            nomor += 1;
            return s.indikator.map((i, idx) => (
              <Fragment key={i.id}>
                <Table.Tr data-testid={`iku-${i.kode}`}>
                  {idx === 0 && (
                    <>
                      <Table.Td rowSpan={s.indikator.length}>{nomor}.</Table.Td>
                      <Table.Td rowSpan={s.indikator.length}>
                        <Text size="sm">{s.teks}</Text>
                        {s.capaianTampil && (
                          <Text size="xs" c="dimmed">
                            {t("kinerja.capaianSasaran")}: {s.capaianTampil} (
                            {s.kategori ? labelKategori(s.kategori, t) : s.kategori})
                          </Text>
                        )}
                      </Table.Td>
                    </>
                  )}
                  <Table.Td>{i.nama}</Table.Td>
                  <Table.Td>{i.satuan}</Table.Td>
                  <Table.Td>
                    <Tooltip label={i.target?.keterangan ?? ""} disabled={!i.target}>
                      <Text size="sm" data-testid={`iku-${i.kode}-target`}>
                        {i.target?.teks ?? "—"}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <SelRealisasi baris={i} aksi={aksi} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600} data-testid={`iku-${i.kode}-capaian`}>
                      {i.capaian?.tampil ?? "—"}
                    </Text>
                    {i.galat && (
                      <Text size="xs" c="red">
                        {i.galat}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {i.capaian && (
                      <Badge
                        color={warnaKategori(i.capaian.peringkat)}
                        tt="none"
                        data-testid={`iku-${i.kode}-kategori`}
                      >
                        {labelKategori(i.capaian.kategori, t)}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`${t("kinerja.rincian")} ${i.nama}`}
                      data-testid={`iku-${i.kode}-rincian`}
                      onClick={() => setBuka(buka === i.id ? null : i.id)}
                    >
                      {buka === i.id ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
                {buka === i.id && (
                  <Table.Tr>
                    <Table.Td colSpan={9}>
                      <RincianIndikator baris={i} tahun={data.tahun} aksi={aksi} zonaWaktu={data.zonaWaktu} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ));
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SelRealisasi({ baris, aksi }: { baris: BarisIku; aksi: AksiPengukuran }) {
  const { t } = useI18n();
  const tertaut = baris.realisasi !== null && baris.realisasi.asal !== "manual";
  if (tertaut) {
    return (
      <Tooltip label={baris.realisasi?.keterangan} multiline w={360}>
        <Text size="sm" data-testid={`iku-${baris.kode}-realisasi`}>
          {baris.realisasi?.tampil}{" "}
          <Text span size="xs" c="dimmed">
            ({t(`kinerja.asal.${baris.realisasi?.asal ?? "manual"}` as MessageKey)})
          </Text>
        </Text>
      </Tooltip>
    );
  }
  return (
    // keyed by the cell's version: a reload after another user's change closes a refused edit
    <SelEdit
      key={baris.versiRealisasi}
      nilai={baris.realisasi?.tampil ?? ""}
      bolehUbah={aksi.bolehUbah}
      label={`${t("kinerja.realisasi")} ${baris.nama}`}
      testId={`iku-${baris.kode}-realisasi`}
      simpan={(v) => aksi.simpanRealisasi(baris.id, "tahunan", v.trim() === "" ? null : v)}
    />
  );
}
