import { Alert, Button, Group, Loader, Stack, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader } from "../../api/client";
import { kunci, type OpdKunci, useSegarkan } from "../../api/kueri";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { StatusPeriode } from "../alur/StatusPeriode";
import { tahunBawaan, useLingkup, useTahunTersedia } from "../kinerja/lingkup";
import { PilihLingkup } from "../kinerja/PilihLingkup";
import { TombolXlsx } from "../kinerja/TombolXlsx";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { FormPk } from "./FormPk";
import { KartuPk } from "./KartuPk";
import { PohonKaskade } from "./PohonKaskade";
import type { BarisKinerja } from "./tipe";

/** Perjanjian Kinerja of one OPD and year: every PK as its lampiran, and the cascade tree with its gaps. */
export function PkPage() {
  const { t } = useI18n();
  const { punya } = useAuth();
  const lingkup = useLingkup();
  const tersedia = useTahunTersedia(lingkup.api);
  const tahun = lingkup.tahun ?? (tersedia ? tahunBawaan(tersedia) : null);
  const [buatPk, setBuatPk] = useState(false);
  const [ubahPk, setUbahPk] = useState<{ kode?: string; salinDari?: string } | null>(null);
  const [konflik, setKonflik] = useState(false);
  const api = lingkup.api;
  const o: OpdKunci | null = lingkup.opd ? { pemda: lingkup.pemda, opd: lingkup.opd } : null;
  const siap = o !== null && tahun !== null;
  const path = { pemda: o?.pemda ?? "", opd: o?.opd ?? "", tahun: tahun ?? 0 };
  const qDaftar = useQuery({
    queryKey: kunci.pk(path, path.tahun),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}", { params: { path } })),
    enabled: siap,
  });
  const qKaskade = useQuery({
    queryKey: kunci.kaskade(path, path.tahun),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pk/{tahun}/kaskade", { params: { path } })),
    enabled: siap,
  });
  const segarkan = useSegarkan();
  // every PK answer of the OPD (lists, cascade, years): a saved row changes the cascade and the PK it belongs to
  const muat = () => void segarkan(kunci.pk(path));
  const daftar = qDaftar.data ?? null;
  const kaskade = qKaskade.data ?? null;
  const galat = qDaftar.error?.message ?? qKaskade.error?.message ?? null;
  if (!api || !siap) return <Loader size="sm" />;
  const bolehUbah = Boolean(daftar && daftar.status === "draft" && punya("pk.ubah"));
  // the row's version as listed; another user's change since then is refused (409) and the reload is offered
  const simpanTarget = async (baris: BarisKinerja, target: string) => {
    try {
      await jawab(
        klien.PATCH("/api/v1/pemda/{pemda}/opd/{opd}/pk-baris/{id}", {
          params: { path: { pemda: path.pemda, opd: path.opd, id: baris.id } },
          body: { target: target.trim() === "" ? null : target },
          headers: syaratHeader({ versi: baris.versi }),
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
        <Title order={2}>{t("pk.judul")}</Title>
        <PilihLingkup lingkup={{ ...lingkup, tahun }} tahunPilihan={tersedia ?? []} />
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
      {daftar && (
        <>
          <Text c="dimmed">{daftar.opd.nama}</Text>
          <StatusPeriode pemda={lingkup.pemda} opd={daftar.opd.slug} tahun={tahun} modul="pk" onUbah={muat} />
          <Tabs defaultValue="daftar">
            <Tabs.List>
              <Tabs.Tab value="daftar">{t("pk.daftar")}</Tabs.Tab>
              <Tabs.Tab value="kaskade">{t("pk.kaskade")}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="daftar" pt="sm">
              <Stack>
                <Group justify="space-between">
                  <TombolXlsx api={api} tabel="pk-kinerja" tahun={tahun} bolehImpor={bolehUbah} onImpor={muat} />
                  {bolehUbah && (
                    <Button size="xs" variant="light" onClick={() => setBuatPk(true)} data-testid="tombol-buat-pk">
                      {t("pk.form.tombol")}
                    </Button>
                  )}
                </Group>
                {buatPk && (
                  <FormPk
                    api={api}
                    tahun={tahun}
                    bolehUbah={bolehUbah}
                    tutup={() => setBuatPk(false)}
                    tersimpan={muat}
                  />
                )}
                {ubahPk && (
                  <FormPk
                    key={`${ubahPk.kode ?? ""}|${ubahPk.salinDari ?? ""}`}
                    api={api}
                    tahun={tahun}
                    {...ubahPk}
                    bolehUbah={bolehUbah}
                    tutup={() => setUbahPk(null)}
                    tersimpan={muat}
                  />
                )}
                {daftar.pk.length === 0 && <Text c="dimmed">{t("kinerja.kosong")}</Text>}
                {daftar.pk.map((p) => (
                  <KartuPk
                    key={p.id}
                    pk={p}
                    bolehUbah={bolehUbah}
                    simpanTarget={simpanTarget}
                    ubah={punya("pk.ubah") ? () => setUbahPk({ kode: p.kode }) : undefined}
                    salinPerubahan={
                      punya("pk.ubah") && p.jenis === "awal" && p.berlaku
                        ? () => setUbahPk({ salinDari: p.kode })
                        : undefined
                    }
                  />
                ))}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="kaskade" pt="sm">
              {kaskade ? <PohonKaskade data={kaskade} /> : <Loader size="sm" />}
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
