import { Accordion, ActionIcon, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useI18n } from "../../i18n/i18n";
import { rupiah } from "../anggaran/tipe";
import { LABEL_TW, type AksiRenaksi, type IndikatorRenaksi } from "./tipe";

/** One action as typed: budgets in id-ID ("1.500.000,00"), read by the server (rupiahMesin). */
export interface AksiIsian {
  tingkat: "kegiatan" | "sub-kegiatan";
  kodeDppa: string;
  uraian: string;
  anggaran: string[];
  penanggungJawab: string;
}

export function aksiAwal(aksi: AksiRenaksi[]): AksiIsian[] {
  return aksi.map((a) => ({
    tingkat: a.tingkat,
    kodeDppa: a.kodeDppa ?? "",
    uraian: a.uraian,
    anggaran: [0, 1, 2, 3].map((n) => rupiah(a.anggaranTriwulan[n] ?? "0")),
    penanggungJawab: a.penanggungJawab,
  }));
}

export function aksiMasukan(aksi: AksiIsian[]) {
  return aksi.map((a) => ({
    tingkat: a.tingkat,
    kodeDppa: a.kodeDppa.trim() || null,
    uraian: a.uraian,
    anggaranTriwulan: a.anggaran.map((x) => (x.trim() ? x.trim() : "0")),
    penanggungJawab: a.penanggungJawab,
  }));
}

const KOSONG: AksiIsian = {
  tingkat: "sub-kegiatan",
  kodeDppa: "",
  uraian: "",
  anggaran: ["", "", "", ""],
  penanggungJawab: "",
};

/**
 * The actions of each indicator (kegiatan/sub-kegiatan of the DPA, issue #19) with their budget per quarter, one
 * accordion item per indicator; saved with the plan ("Simpan target"), all-or-nothing.
 */
export function DaftarAksi(props: {
  indikator: IndikatorRenaksi[];
  aksi: AksiIsian[][];
  ubah: (i: number, aksi: AksiIsian[]) => void;
  bisaUbah: boolean;
}) {
  const { indikator, aksi, ubah, bisaUbah } = props;
  const { t } = useI18n();
  return (
    <Stack gap={4} data-testid="daftar-aksi">
      <Text fw={600} size="sm">
        {t("renaksi.aksi.judul")}
      </Text>
      <Accordion variant="contained" multiple>
        {indikator.map((ind, i) => {
          const daftar = aksi[i] ?? [];
          const set = (j: number, b: Partial<AksiIsian>) =>
            ubah(
              i,
              daftar.map((a, k) => (k === j ? { ...a, ...b } : a)),
            );
          return (
            <Accordion.Item key={ind.pkKinerjaId} value={ind.pkKinerjaId} data-aksi-indikator={ind.pkKinerjaId}>
              <Accordion.Control>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" lineClamp={2}>
                    {ind.indikator}
                  </Text>
                  <Badge variant="light" color={daftar.length ? "blue" : "gray"}>
                    {t("renaksi.aksi.jumlah", { n: daftar.length })}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  {daftar.length > 0 && (
                    <Table.ScrollContainer minWidth={980}>
                      <Table withTableBorder>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t("renaksi.aksi.tingkat")}</Table.Th>
                            <Table.Th>{t("renaksi.aksi.kode")}</Table.Th>
                            <Table.Th>{t("renaksi.aksi.uraian")}</Table.Th>
                            {LABEL_TW.map((l) => (
                              <Table.Th key={l}>
                                {t("renaksi.aksi.anggaran")} {l}
                              </Table.Th>
                            ))}
                            <Table.Th>{t("renaksi.aksi.pj")}</Table.Th>
                            <Table.Th />
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {daftar.map((a, j) => (
                            <Table.Tr key={j} data-aksi={j + 1}>
                              <Table.Td w={140}>
                                <Select
                                  size="xs"
                                  aria-label={`${t("renaksi.aksi.tingkat")} ${j + 1} ${ind.indikator}`}
                                  data={[
                                    { value: "kegiatan", label: "Kegiatan" },
                                    { value: "sub-kegiatan", label: "Sub-kegiatan" },
                                  ]}
                                  value={a.tingkat}
                                  onChange={(v) => v && set(j, { tingkat: v as AksiIsian["tingkat"] })}
                                  allowDeselect={false}
                                  disabled={!bisaUbah}
                                />
                              </Table.Td>
                              <Table.Td w={130}>
                                <TextInput
                                  size="xs"
                                  aria-label={`${t("renaksi.aksi.kode")} ${j + 1} ${ind.indikator}`}
                                  value={a.kodeDppa}
                                  onChange={(e) => set(j, { kodeDppa: e.currentTarget.value })}
                                  disabled={!bisaUbah}
                                />
                              </Table.Td>
                              <Table.Td miw={200}>
                                <TextInput
                                  size="xs"
                                  aria-label={`${t("renaksi.aksi.uraian")} ${j + 1} ${ind.indikator}`}
                                  value={a.uraian}
                                  onChange={(e) => set(j, { uraian: e.currentTarget.value })}
                                  disabled={!bisaUbah}
                                />
                              </Table.Td>
                              {LABEL_TW.map((l, n) => (
                                <Table.Td key={l} w={130}>
                                  <TextInput
                                    size="xs"
                                    aria-label={`${t("renaksi.aksi.anggaran")} ${l} ${j + 1} ${ind.indikator}`}
                                    value={a.anggaran[n] ?? ""}
                                    onChange={(e) => {
                                      const anggaran = [...a.anggaran];
                                      anggaran[n] = e.currentTarget.value;
                                      set(j, { anggaran });
                                    }}
                                    disabled={!bisaUbah}
                                  />
                                </Table.Td>
                              ))}
                              <Table.Td w={160}>
                                <TextInput
                                  size="xs"
                                  aria-label={`${t("renaksi.aksi.pj")} ${j + 1} ${ind.indikator}`}
                                  value={a.penanggungJawab}
                                  onChange={(e) => set(j, { penanggungJawab: e.currentTarget.value })}
                                  disabled={!bisaUbah}
                                />
                              </Table.Td>
                              <Table.Td w={40}>
                                {bisaUbah && (
                                  <ActionIcon
                                    variant="subtle"
                                    color="red"
                                    aria-label={`${t("renaksi.aksi.hapus")} ${j + 1}`}
                                    onClick={() =>
                                      ubah(
                                        i,
                                        daftar.filter((_, k) => k !== j),
                                      )
                                    }
                                  >
                                    <IconTrash size={16} />
                                  </ActionIcon>
                                )}
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  )}
                  {daftar.length === 0 && (
                    <Text size="xs" c="dimmed">
                      {t("renaksi.aksi.kosong")}
                    </Text>
                  )}
                  {bisaUbah && (
                    <Group>
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPlus size={14} />}
                        onClick={() => ubah(i, [...daftar, { ...KOSONG, anggaran: [...KOSONG.anggaran] }])}
                      >
                        {t("renaksi.aksi.tambah")}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
