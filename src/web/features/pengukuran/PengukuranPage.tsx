import { Alert, Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader } from "../../api/client";
import { kunci, opdDariApi, useSegarkan } from "../../api/kueri";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { StatusPeriode } from "../alur/StatusPeriode";
import { FormHasilAkip } from "../hasil/FormHasilAkip";
import { FormHasilSurvei } from "../hasil/FormHasilSurvei";
import { TombolXlsx } from "../kinerja/TombolXlsx";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { type Lingkup, tahunBawaan, useLingkup } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { BagianTambahan } from "./BagianTambahan";
import { DasborIndikator } from "./DasborIndikator";
import { TabelIku } from "./TabelIku";
import type { PeriodeRealisasi } from "./tipe";

const LABEL_STATUS: Record<string, string> = { diajukan: "Diajukan", disetujui: "Disetujui", terkunci: "Terkunci" };

/** Measurement of one OPD and year: dashboard, IKU table with inline realisasi, workflow, XLSX, analysis, peer. */
export function PengukuranPage() {
  const lingkup = useLingkup();
  if (!lingkup.api) return <Loader size="sm" />;
  return <Isi lingkup={lingkup} api={lingkup.api} />;
}

function Isi({ lingkup, api }: { lingkup: Lingkup; api: string }) {
  const { t } = useI18n();
  const { punya } = useAuth();
  const [form, setForm] = useState<"survei" | "akip" | null>(null);
  const [konflik, setKonflik] = useState(false);
  const tahunUrl = lingkup.tahun;
  const o = opdDariApi(api);
  const tahunMinta = tahunUrl ?? new Date().getFullYear() - 1;
  const q = useQuery({
    queryKey: kunci.pengukuran(o, tahunMinta),
    queryFn: () =>
      jawab(
        klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}", {
          params: { path: { ...o, tahun: tahunMinta } },
        }),
      ),
    // another year's answer stays on screen while the chosen year loads
    placeholderData: keepPreviousData,
  });
  // without a year in the URL: a year that has no data moves to the default year of those that have
  const tahunPindah =
    tahunUrl === null && q.data?.tahunTersedia.length && !q.data.tahunTersedia.includes(q.data.tahun)
      ? tahunBawaan(q.data.tahunTersedia)
      : null;
  const { setTahun } = lingkup;
  useEffect(() => {
    if (tahunPindah !== null) setTahun(tahunPindah);
  }, [tahunPindah, setTahun]);
  const data = tahunPindah === null ? (q.data ?? null) : null;
  const galat = q.error?.message ?? null;
  const tahun = tahunUrl ?? data?.tahun ?? new Date().getFullYear() - 1;
  const segarkan = useSegarkan();
  // the year's measurement with its analysis and program tables (under its key), and the peer comparison
  const muat = () => void segarkan(kunci.pengukuran(o, tahun), kunci.pembanding(o));

  const bolehUbah = Boolean(data && data.status === "draft" && punya("pengukuran.ubah"));
  /** Sends the version of the cell as last read; another user's change since then opens the reload offer. */
  const simpanRealisasi = async (
    indikatorId: string,
    periode: PeriodeRealisasi,
    nilai: string | null,
    narasi?: string,
  ) => {
    const ind = data?.sasaran.flatMap((s) => s.indikator).find((i) => i.id === indikatorId);
    const versi = periode === "tahunan" ? ind?.versiRealisasi : ind?.triwulan.find((q) => q.periode === periode)?.versi;
    try {
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}/realisasi", {
          params: { path: { ...o, tahun } },
          body: { indikatorId, periode, nilai, ...(narasi !== undefined ? { narasi } : {}) },
          headers: syaratHeader(versi ? { versi } : undefined),
        }),
      );
    } catch (e) {
      if (konflikVersi(e)) setKonflik(true);
      throw e;
    }
    muat();
  };
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2}>{t("pengukuran.judul")}</Title>
        <PilihLingkup lingkup={lingkup} tahunPilihan={data?.tahunTersedia ?? []} />
      </Group>
      {galat && <Alert color="red">{galat}</Alert>}
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          muat();
        }}
        tutup={() => setKonflik(false)}
      />
      {!data && !galat && <Loader size="sm" aria-label={t("memuat")} />}
      {data && (
        <>
          <Text c="dimmed">{data.opd.nama}</Text>
          {(punya("skm.ubah") || punya("evaluasi.ubah")) && (
            <Group gap="xs">
              {punya("skm.ubah") && (
                <Button size="xs" variant="light" onClick={() => setForm("survei")} data-testid="tombol-hasil-survei">
                  {t("hasil.survei.tombol")}
                </Button>
              )}
              {punya("evaluasi.ubah") && (
                <Button size="xs" variant="light" onClick={() => setForm("akip")} data-testid="tombol-hasil-akip">
                  {t("hasil.akip.tombol")}
                </Button>
              )}
            </Group>
          )}
          {form === "survei" && (
            <FormHasilSurvei api={api} tahun={data.tahun} opened tutup={() => setForm(null)} tersimpan={muat} />
          )}
          {form === "akip" && (
            <FormHasilAkip api={api} tahun={data.tahun} opened tutup={() => setForm(null)} tersimpan={muat} />
          )}
          <StatusPeriode
            pemda={lingkup.pemda}
            opd={data.opd.slug}
            tahun={data.tahun}
            modul="pengukuran"
            onUbah={muat}
          />
          {data.status !== "draft" && (
            <Alert color="blue" variant="light" data-testid="hanya-baca">
              {t("kinerja.hanyaBaca", { status: LABEL_STATUS[data.status] ?? data.status })}
            </Alert>
          )}
          {data.sasaran.length === 0 ? (
            <Text c="dimmed">{t("kinerja.kosong")}</Text>
          ) : (
            <>
              <Title order={3}>{t("pengukuran.dasbor")}</Title>
              <DasborIndikator data={data} />
              <Group justify="space-between" align="flex-end">
                <Title order={3}>{t("pengukuran.tabelIku", { tahun: data.tahun })}</Title>
                <TombolXlsx api={api} tabel="realisasi" tahun={data.tahun} bolehImpor={bolehUbah} onImpor={muat} />
              </Group>
              <TabelIku data={data} aksi={{ bolehUbah, simpanRealisasi, muatUlang: muat, api }} />
              <BagianTambahan
                api={api}
                tahun={data.tahun}
                bolehUbah={bolehUbah}
                sasaran={data.sasaran.map((s) => ({
                  kode: s.kode,
                  teks: s.teks,
                  indikatorKode: s.indikator.map((i) => i.kode),
                }))}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
