import { ActionIcon, Alert, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader } from "../../api/client";
import { kunci, opdDariApi } from "../../api/kueri";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { useI18n } from "../../i18n/i18n";
import { galatDi, type GalatTabel, galatTabel } from "./galat-sel";
import type { Skema } from "../../api/tipe";
import { angkaId } from "./tipe";

/** The peer as PUT …/pembanding takes it (GET …/pembanding answers it as `masukan`). */
export type PembandingMasukan = NonNullable<Skema<"Pembanding">>["masukan"];

const EKSTERNAL = "__eksternal";

/**
 * Chooses the peer OPD (Bab III.A.4): one of the Pemda's OPDs — its own survey and AKIP results then come from the
 * database — or an outside one by name; plus the peer's published figures per IKU kode and year, each with a source.
 */
export function FormPembanding(props: {
  api: string;
  tahun: number;
  awal: PembandingMasukan | null;
  /** The version of the peer read (ETag), sent back on save (ADR 0016). */
  versi: string | null;
  kodeIndikator: string[];
  tutup(disimpan: boolean): void;
}) {
  const { t } = useI18n();
  const o = opdDariApi(props.api);
  // a failed read leaves only the outside peer to choose, as before
  const kandidat =
    useQuery({
      queryKey: kunci.pembandingKandidat(o),
      queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pembanding/kandidat", { params: { path: o } })),
    }).data ?? [];
  const [isi, setIsi] = useState<PembandingMasukan>(
    () =>
      props.awal ?? {
        peerOpdSlug: null,
        namaPeer: "",
        sumber: null,
        nilai: [],
      },
  );
  // Machine decimals from the server are shown and edited in the id-ID form ("81,25").
  const [nilai, setNilai] = useState(() =>
    isi.nilai.map((n) => ({ ...n, realisasi: n.realisasi === null ? "" : angkaId(n.realisasi) })),
  );
  const [galat, setGalat] = useState<GalatTabel>({ umum: null, sel: {} });
  /** The server's message for a cell of row i (0-based), or for the row as a whole on its `utama` cell. */
  // A message naming only the row goes to its source cell when it is about the source, else to its indicator.
  const galatSel = (i: number, field: string) =>
    galatDi(galat, i, field, (pesan) => (/sumber/i.test(pesan) ? "sumber" : "indikatorKode"));
  const [proses, setProses] = useState(false);
  const [konflik, setKonflik] = useState(false);
  const pilihan = [
    ...kandidat.map((k) => ({ value: k.slug, label: k.sejenis ? `${k.nama} ★` : k.nama })),
    { value: EKSTERNAL, label: t("pembanding.eksternal") },
  ];
  const pilih = (v: string | null) => {
    if (!v) return;
    if (v === EKSTERNAL) setIsi({ ...isi, peerOpdSlug: null });
    else setIsi({ ...isi, peerOpdSlug: v, namaPeer: kandidat.find((k) => k.slug === v)?.nama ?? isi.namaPeer });
  };
  const ubahBaris = (i: number, patch: Partial<(typeof nilai)[number]>) =>
    setNilai(nilai.map((n, j) => (j === i ? { ...n, ...patch } : n)));

  const simpan = async () => {
    setProses(true);
    try {
      const body: PembandingMasukan = {
        peerOpdSlug: isi.peerOpdSlug,
        namaPeer: isi.namaPeer.trim(),
        sumber: isi.sumber?.trim() ? isi.sumber.trim() : null,
        nilai: nilai.map((n) => ({
          indikatorKode: n.indikatorKode.trim(),
          tahun: Number(n.tahun),
          target: n.target?.trim() ? n.target.trim() : null,
          realisasi: n.realisasi?.trim() ? n.realisasi.trim() : null,
          sumber: n.sumber,
        })),
      };
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/pembanding", {
          params: { path: o },
          body,
          headers: syaratHeader(props.versi ? { versi: props.versi } : undefined),
        }),
      );
      props.tutup(true);
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      setGalat(
        galatTabel(e, {
          realisasi: "realisasi",
          target: "target",
          sumber: "sumber",
          indikator: "indikatorKode",
          namaPeer: "namaPeer",
          peerOpdSlug: "peerOpdSlug",
        }),
      );
    } finally {
      setProses(false);
    }
  };

  return (
    <Modal opened onClose={() => props.tutup(false)} title={t("pembanding.judul")} size="xl">
      <Stack>
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        <Select
          label={t("pembanding.opd")}
          description={t("pembanding.opdKet")}
          data={pilihan}
          searchable
          value={isi.peerOpdSlug ?? EKSTERNAL}
          onChange={pilih}
          error={galat.sel.peerOpdSlug}
          data-testid="pembanding-opd"
        />
        <TextInput
          label={t("pembanding.nama")}
          value={isi.namaPeer}
          onChange={(e) => setIsi({ ...isi, namaPeer: e.currentTarget.value })}
          error={galat.sel.namaPeer}
          required
        />
        <TextInput
          label={t("kinerja.sumber")}
          value={isi.sumber ?? ""}
          onChange={(e) => setIsi({ ...isi, sumber: e.currentTarget.value })}
        />
        <Text size="sm" fw={600}>
          {t("pembanding.angkaTerbit")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("pembanding.angkaTerbitKet")}
        </Text>
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("kinerja.indikator")}</Table.Th>
                <Table.Th>{t("kinerja.tahun")}</Table.Th>
                <Table.Th>{t("kinerja.target")}</Table.Th>
                <Table.Th>{t("kinerja.realisasi")}</Table.Th>
                <Table.Th>{t("kinerja.sumber")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {nilai.map((n, i) => (
                <Table.Tr key={i}>
                  <Table.Td w={120}>
                    <Select
                      size="xs"
                      data={[...new Set([...props.kodeIndikator, n.indikatorKode].filter(Boolean))].map((k) => ({
                        value: k,
                        label: k.toUpperCase(),
                      }))}
                      value={n.indikatorKode || null}
                      onChange={(v) => ubahBaris(i, { indikatorKode: v ?? "" })}
                      error={galatSel(i, "indikatorKode")}
                      aria-label={t("kinerja.indikator")}
                    />
                  </Table.Td>
                  <Table.Td w={90}>
                    <TextInput
                      size="xs"
                      value={String(n.tahun)}
                      onChange={(e) => ubahBaris(i, { tahun: Number(e.currentTarget.value) || 0 })}
                      aria-label={t("kinerja.tahun")}
                    />
                  </Table.Td>
                  <Table.Td w={100}>
                    <TextInput
                      size="xs"
                      value={n.target ?? ""}
                      onChange={(e) => ubahBaris(i, { target: e.currentTarget.value })}
                      error={galatSel(i, "target")}
                      aria-label={t("kinerja.target")}
                    />
                  </Table.Td>
                  <Table.Td w={100}>
                    <TextInput
                      size="xs"
                      value={n.realisasi ?? ""}
                      onChange={(e) => ubahBaris(i, { realisasi: e.currentTarget.value })}
                      error={galatSel(i, "realisasi")}
                      aria-label={t("kinerja.realisasi")}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={n.sumber}
                      onChange={(e) => ubahBaris(i, { sumber: e.currentTarget.value })}
                      error={galatSel(i, "sumber")}
                      aria-label={t("kinerja.sumber")}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("pembanding.hapusBaris")}
                      onClick={() => setNilai(nilai.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
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
              setNilai([
                ...nilai,
                {
                  indikatorKode: props.kodeIndikator[0] ?? "",
                  tahun: props.tahun,
                  target: "",
                  realisasi: "",
                  sumber: "",
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
            <Button loading={proses} onClick={() => void simpan()} data-testid="pembanding-simpan">
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
