import { Alert, Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { jawab, klien, konflikVersi, sendJson } from "../../api/client";
import { opdDariApi } from "../../api/kueri";
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
import type { Pengukuran } from "./tipe";

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
  const [data, setData] = useState<Pengukuran | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [muatKe, setMuatKe] = useState(0);
  const [form, setForm] = useState<"survei" | "akip" | null>(null);
  const [konflik, setKonflik] = useState(false);
  const tahunUrl = lingkup.tahun;
  const tahun = tahunUrl ?? data?.tahun ?? new Date().getFullYear() - 1;

  const muat = useCallback(() => {
    const path = { ...opdDariApi(api), tahun };
    jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pengukuran/{tahun}", { params: { path } })).then(
      (d) => {
        if (tahunUrl === null && d.tahunTersedia.length && !d.tahunTersedia.includes(d.tahun)) {
          lingkup.setTahun(tahunBawaan(d.tahunTersedia));
          return;
        }
        setData(d);
        setGalat(null);
      },
      (e: Error) => setGalat(e.message),
    );
    setMuatKe((n) => n + 1);
  }, [api, tahun, tahunUrl, lingkup]);
  // eslint: muat changes with every render of lingkup; load again only when the OPD or the year changes.
  const muatRef = useRef(muat);
  muatRef.current = muat;
  useEffect(() => muatRef.current(), [api, tahun]);

  const bolehUbah = Boolean(data && data.status === "draft" && punya("pengukuran.ubah"));
  /** Sends the version of the cell as last read; another user's change since then opens the reload offer. */
  const simpanRealisasi = async (indikatorId: string, periode: string, nilai: string | null, narasi?: string) => {
    const ind = data?.sasaran.flatMap((s) => s.indikator).find((i) => i.id === indikatorId);
    const versi = periode === "tahunan" ? ind?.versiRealisasi : ind?.triwulan.find((q) => q.periode === periode)?.versi;
    try {
      await sendJson(
        "PUT",
        `${api}/pengukuran/${tahun}/realisasi`,
        { indikatorId, periode, nilai, ...(narasi !== undefined ? { narasi } : {}) },
        versi ? { versi } : undefined,
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
                muatKe={muatKe}
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
