import { ActionIcon, Alert, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader } from "../../api/client";
import { opdDariApi } from "../../api/kueri";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { useI18n } from "../../i18n/i18n";
import { galatDi, type GalatTabel, galatTabel } from "./galat-sel";
import { angkaId } from "./tipe";

/** One row as GET …/indikator-program answers it (input fields + computed capaian). */
export interface ProgramBaris {
  sasaranKode: string;
  tingkat: "program" | "kegiatan";
  programKegiatan: string;
  kodeDppa: string | null;
  indikator: string;
  target: string | null;
  realisasi: string | null;
  menunjang: boolean | null;
  capaianDicetak: string | null;
  sumber: string | null;
}

const MENUNJANG = { ya: true, tidak: false, kosong: null } as const;
const menunjangKe = (m: boolean | null) => (m === null ? "kosong" : m ? "ya" : "tidak");

/**
 * Edits the year's program/kegiatan indicators that support each sasaran (seed Tabel 3.16). Capaian is never typed:
 * the server computes it from target and realisasi; the printed capaian of an imported report stays a source note.
 */
export function FormProgram(props: {
  api: string;
  tahun: number;
  awal: ProgramBaris[];
  /** The version of the rows read (ETag), sent back on save (ADR 0016). */
  versi: string | null;
  sasaran: Array<{ kode: string; teks: string }>;
  tutup(disimpan: boolean): void;
}) {
  const { t } = useI18n();
  const [baris, setBaris] = useState(() =>
    props.awal.map((b) => ({ ...b, realisasi: b.realisasi === null ? null : angkaId(b.realisasi) })),
  );
  const [galat, setGalat] = useState<GalatTabel>({ umum: null, sel: {} });
  // A message naming only the row (e.g. "program/kegiatan dan indikator wajib diisi") shows at its indicator.
  const galatSel = (i: number, field: string) => galatDi(galat, i, field, () => "indikator");
  const [proses, setProses] = useState(false);
  const [konflik, setKonflik] = useState(false);
  const ubah = (i: number, patch: Partial<ProgramBaris>) =>
    setBaris(baris.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  const geser = (i: number, d: -1 | 1) => {
    const j = i + d;
    if (j < 0 || j >= baris.length) return;
    const baru = [...baris];
    [baru[i], baru[j]] = [baru[j]!, baru[i]!];
    setBaris(baru);
  };
  const simpan = async () => {
    setProses(true);
    try {
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}/indikator-program", {
          params: { path: { ...opdDariApi(props.api), tahun: props.tahun } },
          body: baris.map((b) => ({
            sasaranKode: b.sasaranKode,
            tingkat: b.tingkat,
            programKegiatan: b.programKegiatan,
            kodeDppa: b.kodeDppa,
            indikator: b.indikator,
            menunjang: b.menunjang,
            capaianDicetak: b.capaianDicetak,
            sumber: b.sumber,
            target: b.target?.trim() ? b.target.trim() : null,
            realisasi: b.realisasi?.trim() ? b.realisasi.trim() : null,
          })),
          headers: syaratHeader(props.versi ? { versi: props.versi } : undefined),
        }),
      );
      props.tutup(true);
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      setGalat(galatTabel(e, { target: "target", realisasi: "realisasi" }));
    } finally {
      setProses(false);
    }
  };
  const sasaranData = props.sasaran.map((s) => ({ value: s.kode, label: `${s.kode} — ${s.teks}` }));
  return (
    <Modal opened onClose={() => props.tutup(false)} title={t("program.judul")} size="100%">
      <Stack>
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        <Text size="xs" c="dimmed">
          {t("program.ket")}
        </Text>
        <Table.ScrollContainer minWidth={1000}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("program.sasaran")}</Table.Th>
                <Table.Th>{t("program.tingkat")}</Table.Th>
                <Table.Th>{t("program.programKegiatan")}</Table.Th>
                <Table.Th>{t("kinerja.indikator")}</Table.Th>
                <Table.Th>{t("kinerja.target")}</Table.Th>
                <Table.Th>{t("kinerja.realisasi")}</Table.Th>
                <Table.Th>{t("program.menunjang")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {baris.map((b, i) => (
                <Table.Tr key={i} data-testid={`program-baris-${i + 1}`}>
                  <Table.Td w={110}>
                    <Select
                      size="xs"
                      data={sasaranData}
                      value={b.sasaranKode}
                      onChange={(v) => v && ubah(i, { sasaranKode: v })}
                      aria-label={t("program.sasaran")}
                      comboboxProps={{ width: 360 }}
                    />
                  </Table.Td>
                  <Table.Td w={110}>
                    <Select
                      size="xs"
                      data={[
                        { value: "program", label: t("program.tingkatProgram") },
                        { value: "kegiatan", label: t("program.tingkatKegiatan") },
                      ]}
                      value={b.tingkat}
                      onChange={(v) => v && ubah(i, { tingkat: v as ProgramBaris["tingkat"] })}
                      aria-label={t("program.tingkat")}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={b.programKegiatan}
                      onChange={(e) => ubah(i, { programKegiatan: e.currentTarget.value })}
                      aria-label={t("program.programKegiatan")}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={b.indikator}
                      onChange={(e) => ubah(i, { indikator: e.currentTarget.value })}
                      error={galatSel(i, "indikator")}
                      aria-label={t("kinerja.indikator")}
                    />
                  </Table.Td>
                  <Table.Td w={90}>
                    <TextInput
                      size="xs"
                      value={b.target ?? ""}
                      onChange={(e) => ubah(i, { target: e.currentTarget.value })}
                      error={galatSel(i, "target")}
                      aria-label={t("kinerja.target")}
                    />
                  </Table.Td>
                  <Table.Td w={90}>
                    <TextInput
                      size="xs"
                      value={b.realisasi ?? ""}
                      onChange={(e) => ubah(i, { realisasi: e.currentTarget.value })}
                      error={galatSel(i, "realisasi")}
                      aria-label={t("kinerja.realisasi")}
                      data-testid={`program-realisasi-${i + 1}`}
                    />
                  </Table.Td>
                  <Table.Td w={130}>
                    <Select
                      size="xs"
                      data={[
                        { value: "ya", label: t("pengukuran.menunjang") },
                        { value: "tidak", label: t("pengukuran.tidakMenunjang") },
                        { value: "kosong", label: "—" },
                      ]}
                      value={menunjangKe(b.menunjang)}
                      onChange={(v) => v && ubah(i, { menunjang: MENUNJANG[v as keyof typeof MENUNJANG] })}
                      aria-label={t("program.menunjang")}
                    />
                  </Table.Td>
                  <Table.Td w={96}>
                    <Group gap={0} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={t("program.naik")} onClick={() => geser(i, -1)}>
                        <IconArrowUp size={14} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" aria-label={t("program.turun")} onClick={() => geser(i, 1)}>
                        <IconArrowDown size={14} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("pembanding.hapusBaris")}
                        onClick={() => setBaris(baris.filter((_, j) => j !== i))}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between">
          <Button
            variant="light"
            size="xs"
            onClick={() =>
              setBaris([
                ...baris,
                {
                  sasaranKode: props.sasaran[0]?.kode ?? "",
                  tingkat: "program",
                  programKegiatan: "",
                  kodeDppa: null,
                  indikator: "",
                  target: null,
                  realisasi: null,
                  menunjang: null,
                  capaianDicetak: null,
                  sumber: null,
                },
              ])
            }
          >
            {t("pembanding.tambahBaris")}
          </Button>
          <Group>
            <Button variant="default" onClick={() => props.tutup(false)}>
              {t("batal")}
            </Button>
            <Button loading={proses} onClick={() => void simpan()} data-testid="program-simpan">
              {t("simpan")}
            </Button>
          </Group>
        </Group>
      </Stack>
      {/* "Muat ulang" closes the form and reloads the section with the current data */}
      <DialogKonflik opened={konflik} muatUlang={() => props.tutup(true)} tutup={() => setKonflik(false)} />
    </Modal>
  );
}
