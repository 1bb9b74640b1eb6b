import { Alert, Button, Group, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { ApiError, jawab, klien, konflikVersi, syaratHeader } from "../../api/client";
import { opdDariApi } from "../../api/kueri";
import { useI18n } from "../../i18n/i18n";
import { DialogKonflik } from "../kinerja/DialogKonflik";

export interface AnalisisIsi {
  sasaranId: string;
  faktorPendukung: string[];
  faktorPenghambat: string[];
  solusi: string[];
  rekomendasi: string[];
  /** the version read with the list (ADR 0016), sent back in If-Match */
  versi?: string;
}

const BIDANG = [
  ["faktorPendukung", "pengukuran.faktorPendukung"],
  ["faktorPenghambat", "pengukuran.faktorPenghambat"],
  ["solusi", "pengukuran.solusi"],
  ["rekomendasi", "pengukuran.rekomendasi"],
] as const;

/** Edits the analysis of one sasaran: one item per line in each list. */
export function FormAnalisis(props: {
  api: string;
  tahun: number;
  awal: AnalisisIsi;
  selesai(disimpan: boolean): void;
}) {
  const { t } = useI18n();
  const [isi, setIsi] = useState(
    () =>
      Object.fromEntries(BIDANG.map(([k]) => [k, props.awal[k].join("\n")])) as Record<
        (typeof BIDANG)[number][0],
        string
      >,
  );
  const [galat, setGalat] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const simpan = async () => {
    try {
      const daftar = (k: (typeof BIDANG)[number][0]) =>
        isi[k]
          .split("\n")
          .map((x) => x.trim())
          .filter(Boolean);
      const versi = props.awal.versi;
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}/analisis/{sasaranId}", {
          params: { path: { ...opdDariApi(props.api), tahun: props.tahun, sasaranId: props.awal.sasaranId } },
          body: {
            faktorPendukung: daftar("faktorPendukung"),
            faktorPenghambat: daftar("faktorPenghambat"),
            solusi: daftar("solusi"),
            rekomendasi: daftar("rekomendasi"),
          },
          headers: syaratHeader(versi ? { versi } : undefined),
        }),
      );
      props.selesai(true);
    } catch (e) {
      // changed by another user since the list was read: offer the reload (closes the form, reads the list again)
      if (konflikVersi(e)) return setKonflik(true);
      setGalat(e instanceof ApiError ? e.detail || e.message : String(e));
    }
  };
  return (
    <Stack gap="xs">
      {galat && <Alert color="red">{galat}</Alert>}
      {BIDANG.map(([k, label]) => (
        <Textarea
          key={k}
          label={t(label)}
          description="satu butir per baris"
          autosize
          minRows={2}
          value={isi[k]}
          onChange={(e) => setIsi({ ...isi, [k]: e.currentTarget.value })}
        />
      ))}
      <Group justify="flex-end">
        <Button variant="default" size="xs" onClick={() => props.selesai(false)}>
          {t("batal")}
        </Button>
        <Button size="xs" onClick={() => void simpan()}>
          {t("simpan")}
        </Button>
      </Group>
      <DialogKonflik opened={konflik} muatUlang={() => props.selesai(true)} tutup={() => setKonflik(false)} />
    </Stack>
  );
}
