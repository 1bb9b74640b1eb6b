/**
 * Nomenclature warnings under a budget-row form (issue 17, ADR 0043): sends the rows' code, level and name to
 * `POST …/anggaran/{tahun}/nomenklatur/periksa` (the server applies the import's rule against the version in force for
 * the budget year) a moment after the last change, and lists the findings per row — an unknown code, or a name that
 * differs from the official one (which it shows). Warnings only: saving is not blocked.
 */
import { Alert, List, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";

export interface BarisDiperiksa {
  tingkat: "program" | "kegiatan" | "sub-kegiatan";
  kodeDppa: string;
  uraian: string;
  anak: BarisDiperiksa[];
}

type Hasil = Awaited<ReturnType<typeof periksa>>;

function datar(
  rows: readonly BarisDiperiksa[],
  induk = "",
): { ref: string; tingkat: BarisDiperiksa["tingkat"]; kode: string; uraian: string }[] {
  return rows.flatMap((r, i) => {
    const ref = induk ? `${induk}.${i + 1}` : `${i + 1}`;
    return [{ ref, tingkat: r.tingkat, kode: r.kodeDppa, uraian: r.uraian }, ...datar(r.anak, ref)];
  });
}

function periksa(api: string, tahun: number, baris: ReturnType<typeof datar>) {
  const m = /\/pemda\/([^/]+)\/opd\/([^/]+)/.exec(api);
  return jawab(
    klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/anggaran/{tahun}/nomenklatur/periksa", {
      params: { path: { pemda: m?.[1] ?? "", opd: m?.[2] ?? "", tahun } },
      body: { baris },
    }),
  );
}

/** `api` = "/api/v1/pemda/{pemda}/opd/{opd}". */
export function CekNomenklatur({ api, tahun, rows }: { api: string; tahun: number; rows: readonly BarisDiperiksa[] }) {
  const { t } = useI18n();
  const baris = useMemo(() => datar(rows).filter((b) => b.kode.trim() !== ""), [rows]);
  const kunci = JSON.stringify(baris);
  const [hasil, setHasil] = useState<Hasil | null>(null);
  useEffect(() => {
    if (baris.length === 0) {
      setHasil(null);
      return;
    }
    let berlaku = true;
    const jeda = setTimeout(() => {
      periksa(api, tahun, baris).then(
        (h) => berlaku && setHasil(h),
        () => berlaku && setHasil(null), // a failed check is not a form error; the save still validates
      );
    }, 600);
    return () => {
      berlaku = false;
      clearTimeout(jeda);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `kunci` is the rows' content
  }, [api, tahun, kunci]);
  if (!hasil || !hasil.versi || hasil.temuan.length === 0) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconAlertTriangle size={18} />}
      title={t("nomenklatur.judul", { jumlah: hasil.temuan.length })}
      data-testid="cek-nomenklatur"
    >
      <Text size="xs" c="dimmed" mb={4}>
        {t("nomenklatur.versi", { judul: hasil.versi.judul, tahun })}
        {hasil.versi.lengkap ? "" : ` ${t("nomenklatur.sebagian")}`}
      </Text>
      <List size="sm" spacing={2}>
        {hasil.temuan.map((x) => (
          <List.Item key={`${x.ref}-${x.jenis}`} style={{ overflowWrap: "anywhere" }}>
            {x.pesan}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
