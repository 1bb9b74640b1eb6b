import { Alert, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader } from "../../api/client";
import { kunci, useSegarkan } from "../../api/kueri";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { StatusPeriode } from "../alur/StatusPeriode";
import { tahunBawaan, useLingkup, useTahunTersedia } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { TombolXlsx } from "../kinerja/TombolXlsx";
import { FormIndikator } from "./FormIndikator";
import { FormRenstra } from "./FormRenstra";
import { FormRpjmd } from "./FormRpjmd";
import { hitungIndikator } from "./isian-rencana";
import { TombolUbahRencana } from "./TombolUbahRencana";
import { KartuRpjmd } from "./KartuRpjmd";
import { LuarPeriode } from "./LuarPeriode";
import { SasaranRenstra } from "./SasaranRenstra";
import type { IndikatorRenstra, TargetRenstra } from "./tipe";

/** RPJMD (visi, key words, misi) and the OPD's Renstra with its indicators and a target per year (inline edit). */
export function PerencanaanPage() {
  const { t } = useI18n();
  const { punya } = useAuth();
  const lingkup = useLingkup();
  const tersedia = useTahunTersedia(lingkup.api);
  const tahun = lingkup.tahun ?? (tersedia ? tahunBawaan(tersedia) : null);
  const [form, setForm] = useState<{ sasaranKode: string; awal: IndikatorRenstra | null } | null>(null);
  const [ubahDokumen, setUbahDokumen] = useState<"rpjmd" | "renstra" | null>(null);
  // a target changed by another user since the plan was read is refused (409) and offers a reload (ADR 0016)
  const [konflik, setKonflik] = useState(false);
  const api = lingkup.api;
  const path = { pemda: lingkup.pemda, opd: lingkup.opd ?? "", tahun: tahun ?? 0 };
  const q = useQuery({
    queryKey: kunci.perencanaan(path, path.tahun),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/perencanaan/{tahun}", { params: { path } })),
    enabled: Boolean(api && tahun),
  });
  const segarkan = useSegarkan();
  // a saved plan, indicator or target changes every year's view of the plan, and the measurement built on it
  const muat = () => void segarkan(kunci.perencanaan(path), kunci.pengukuran(path));
  const data = q.data ?? null;
  const galat = q.error?.message ?? null;
  if (!api || !tahun) return <Loader size="sm" />;
  const simpanTarget = async (indikatorId: string, tg: TargetRenstra, v: string) => {
    try {
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/indikator/{id}/target/{tahun}", {
          params: { path: { pemda: path.pemda, opd: path.opd, id: indikatorId, tahun: tg.tahun } },
          body: { target: v.trim() === "" ? null : v },
          headers: syaratHeader({ versi: tg.versi }),
        }),
      );
    } catch (e) {
      if (!konflikVersi(e)) throw e;
      setKonflik(true);
      return;
    }
    muat();
  };
  const bolehUbah = Boolean(data && data.status === "draft" && punya("perencanaan.ubah"));
  const r = data?.renstra;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2}>{t("rencana.judul")}</Title>
        <PilihLingkup lingkup={{ ...lingkup, tahun }} tahunPilihan={tersedia ?? []} />
      </Group>
      {galat && <Alert color="red">{galat}</Alert>}
      {data?.rpjmd && <KartuRpjmd rpjmd={data.rpjmd} ubah={() => setUbahDokumen("rpjmd")} />}
      {data && (
        <StatusPeriode pemda={lingkup.pemda} opd={data.opd.slug} tahun={tahun} modul="perencanaan" onUbah={muat} />
      )}
      {data && !r && (
        <LuarPeriode
          tahun={tahun}
          periode={data.periode}
          adaRpjmd={Boolean(data.rpjmd)}
          pilihTahun={(th) => lingkup.setTahun(th)}
        />
      )}
      {r && (
        <Card withBorder>
          <Group justify="space-between">
            <Group gap="sm">
              <Title order={4}>{t("rencana.renstra", { awal: r.tahunAwal, akhir: r.tahunAkhir })}</Title>
              <TombolUbahRencana jenis="renstra" onClick={() => setUbahDokumen("renstra")} />
            </Group>
            <Stack gap={4} align="flex-end">
              <TombolXlsx
                api={api}
                tabel="indikator"
                tahun={tahun}
                bolehImpor={bolehUbah}
                onImpor={muat}
                label={t("kinerja.indikator")}
              />
              <TombolXlsx
                api={api}
                tabel="target"
                tahun={tahun}
                bolehImpor={bolehUbah}
                onImpor={muat}
                label={t("kinerja.target")}
              />
            </Stack>
          </Group>
          <Text size="sm" c="dimmed">
            {r.namaDokumen}
          </Text>
          {r.catatan && (
            <Text size="xs" c="orange">
              {r.catatan}
            </Text>
          )}
          {r.tujuan.map((tj) => (
            <Stack key={tj.kode} gap="xs" mt="sm">
              <Text fw={700}>
                {t("rencana.tujuan")} {tj.kode}: {tj.teks}
              </Text>
              {tj.sasaran.map((s) => (
                <SasaranRenstra
                  key={s.kode}
                  sasaran={s}
                  tahunPeriode={r.tahunPeriode}
                  tahun={tahun}
                  bolehUbah={bolehUbah}
                  ubahIndikator={(awal) => setForm({ sasaranKode: s.kode, awal })}
                  simpanTarget={simpanTarget}
                />
              ))}
            </Stack>
          ))}
        </Card>
      )}
      {r && form && (
        <FormIndikator
          api={api}
          renstraTahunAwal={r.tahunAwal}
          tahunPeriode={r.tahunPeriode}
          sasaranKode={form.sasaranKode}
          awal={form.awal}
          tutup={() => setForm(null)}
          tersimpan={muat}
        />
      )}
      {ubahDokumen === "rpjmd" && data?.rpjmd && (
        <FormRpjmd
          pemda={lingkup.pemda}
          tahunAwal={data.rpjmd.tahunAwal}
          tutup={() => setUbahDokumen(null)}
          tersimpan={muat}
        />
      )}
      {ubahDokumen === "renstra" && r && (
        <FormRenstra
          api={api}
          tahunAwal={r.tahunAwal}
          misiRpjmd={data?.rpjmd?.misi ?? null}
          indikatorPerSasaran={hitungIndikator(r.tujuan)}
          tutup={() => setUbahDokumen(null)}
          tersimpan={muat}
        />
      )}
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          muat();
        }}
        tutup={() => setKonflik(false)}
      />
    </Stack>
  );
}
