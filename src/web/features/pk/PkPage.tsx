import { Alert, Button, Group, Loader, Stack, Tabs, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { getJson, konflikVersi, sendJson } from "../../api/client";
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
import type { BarisKinerja, DaftarPk, Kaskade } from "./tipe";

/** Perjanjian Kinerja of one OPD and year: every PK as its lampiran, and the cascade tree with its gaps. */
export function PkPage() {
  const { t } = useI18n();
  const { punya } = useAuth();
  const lingkup = useLingkup();
  const tersedia = useTahunTersedia(lingkup.api);
  const tahun = lingkup.tahun ?? (tersedia ? tahunBawaan(tersedia) : null);
  const [daftar, setDaftar] = useState<DaftarPk | null>(null);
  const [kaskade, setKaskade] = useState<Kaskade | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [buatPk, setBuatPk] = useState(false);
  const [ubahPk, setUbahPk] = useState<{ kode?: string; salinDari?: string } | null>(null);
  const [konflik, setKonflik] = useState(false);
  const api = lingkup.api;
  const muat = useCallback(() => {
    if (!api || tahun === null) return;
    getJson<DaftarPk>(`${api}/pk/${tahun}`).then(setDaftar, (e: Error) => setGalat(e.message));
    getJson<Kaskade>(`${api}/pk/${tahun}/kaskade`).then(setKaskade, (e: Error) => setGalat(e.message));
  }, [api, tahun]);
  useEffect(muat, [muat]);
  if (!api || tahun === null) return <Loader size="sm" />;
  const bolehUbah = Boolean(daftar && daftar.status === "draft" && punya("pk.ubah"));
  // the row's version as listed; another user's change since then is refused (409) and the reload is offered
  const simpanTarget = async (baris: BarisKinerja, target: string) => {
    try {
      await sendJson(
        "PATCH",
        `${api}/pk-baris/${baris.id}`,
        { target: target.trim() === "" ? null : target },
        { versi: baris.versi },
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
