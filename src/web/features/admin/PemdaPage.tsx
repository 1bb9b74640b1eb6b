import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { getJsonVersi, konflikVersi, sendJson } from "../../api/client";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import { LogoPemda } from "./LogoPemda";
import type { ProfilPemda } from "./tipe-organisasi";

/** Form keys = the server's field names (problem+json `errors[].field`); the Bupati's first so "nama" is not taken. */
const KUNCI = [
  "kepalaDaerah.nama",
  "kepalaDaerah.gelarDepan",
  "kepalaDaerah.gelarBelakang",
  "kepalaDaerah.jabatan",
  "nama",
  "jenis",
  "provinsi",
  "ibuKota",
  "alamat",
] as const;
type Kunci = (typeof KUNCI)[number];
type Nilai = Record<Kunci, string>;

function nilaiDari(p: ProfilPemda): Nilai {
  const kd = p.kepalaDaerah;
  return {
    nama: p.nama,
    jenis: p.jenis,
    provinsi: p.provinsi,
    ibuKota: p.ibuKota ?? "",
    alamat: p.alamat ?? "",
    "kepalaDaerah.nama": kd?.nama ?? "",
    "kepalaDaerah.gelarDepan": kd?.gelarDepan ?? "",
    "kepalaDaerah.gelarBelakang": kd?.gelarBelakang ?? "",
    "kepalaDaerah.jabatan": kd?.jabatan ?? "",
  };
}

/** The admin's Pemda: identity, capital, address and the Kepala Daerah (one PUT), and the logo. */
export function PemdaPage() {
  const { t } = useI18n();
  const { pengguna, punya } = useAuth();
  const bolehUbah = punya("pemda.kelola");
  const pemda = pengguna?.pemda.slug ?? "";
  const [profil, setProfil] = useState<ProfilPemda | null>(null);
  const [nilai, setNilai] = useState<Nilai | null>(null);
  const [galat, setGalat] = useState<GalatForm>({ umum: null, bidang: {} });
  const [pesan, setPesan] = useState<string | null>(null);
  const [proses, setProses] = useState(false);
  // A different name is a new Kepala Daerah unless the admin says it corrects the spelling of the same person's.
  const [koreksiNama, setKoreksiNama] = useState(false);
  // the version read (ETag), sent back on save; a change by another admin since then offers a reload (ADR 0016)
  const [versi, setVersi] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);

  const muat = useCallback(() => {
    getJsonVersi<ProfilPemda>(`/api/v1/pemda/${pemda}/profil`).then(
      ({ data: p, versi: v }) => {
        setVersi(v);
        setProfil(p);
        setNilai(nilaiDari(p));
      },
      (e: unknown) => setGalat(galatDariServer(e, [], (k) => k)),
    );
  }, [pemda]);
  useEffect(muat, [muat]);

  if (!nilai || !profil) {
    return galat.umum ? <Alert color="red">{galat.umum}</Alert> : <Loader size="sm" aria-label={t("memuat")} />;
  }

  const ubah = (k: Kunci) => (e: { currentTarget: { value: string } }) => {
    const v = e.currentTarget.value;
    setNilai((n) => (n ? { ...n, [k]: v } : n));
    setGalat((g) => ({ ...g, bidang: { ...g.bidang, [k]: "" } }));
  };
  const props = (k: Kunci, label: string) => ({
    label,
    value: nilai[k],
    onChange: ubah(k),
    error: galat.bidang[k] || undefined,
    readOnly: !bolehUbah,
  });

  async function simpan(e: FormEvent) {
    e.preventDefault();
    if (!nilai || !bolehUbah) return;
    const bidang: Record<string, string> = {};
    for (const [k, label] of [
      ["nama", t("pemda.nama")],
      ["provinsi", t("pemda.provinsi")],
    ] as const) {
      if (!nilai[k].trim()) bidang[k] = t("pemda.wajib", { label });
    }
    const adaKepala = Object.entries(nilai).some(([k, v]) => k.startsWith("kepalaDaerah.") && v.trim());
    if (adaKepala && !nilai["kepalaDaerah.nama"].trim()) {
      bidang["kepalaDaerah.nama"] = t("pemda.wajib", { label: t("pemda.kdNama") });
    }
    setPesan(null);
    if (Object.keys(bidang).length) return setGalat({ umum: null, bidang });
    setProses(true);
    try {
      const hasil = await sendJson<{ profil: ProfilPemda; diubah: boolean; versi: string }>(
        "PUT",
        `/api/v1/pemda/${pemda}/profil`,
        {
          nama: nilai.nama,
          jenis: nilai.jenis,
          provinsi: nilai.provinsi,
          ibuKota: nilai.ibuKota.trim() || null,
          alamat: nilai.alamat.trim() || null,
          kepalaDaerah: adaKepala
            ? {
                nama: nilai["kepalaDaerah.nama"],
                gelarDepan: nilai["kepalaDaerah.gelarDepan"].trim() || null,
                gelarBelakang: nilai["kepalaDaerah.gelarBelakang"].trim() || null,
                jabatan: nilai["kepalaDaerah.jabatan"].trim() || null,
                ...(koreksiNama ? { koreksiNama: true } : {}),
              }
            : null,
        },
        versi ? { versi } : undefined,
      );
      setVersi(hasil.versi);
      setProfil(hasil.profil);
      setNilai(nilaiDari(hasil.profil));
      setKoreksiNama(false);
      setGalat({ umum: null, bidang: {} });
      setPesan(hasil.diubah ? t("pemda.tersimpan") : t("pemda.tidakBerubah"));
    } catch (error) {
      if (konflikVersi(error)) return setKonflik(true);
      setGalat(galatDariServer(error, KUNCI, (k) => `[${k}]`));
    } finally {
      setProses(false);
    }
  }

  return (
    <Stack>
      <Text c="dimmed">{t("admin.pemdaIntro")}</Text>
      {!bolehUbah && <Alert color="gray">{t("admin.hanyaLihat")}</Alert>}
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          muat();
        }}
        tutup={() => setKonflik(false)}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="md">
            <form onSubmit={simpan} noValidate aria-label={t("pemda.identitas")}>
              <Stack>
                <Title order={4}>{t("pemda.identitas")}</Title>
                {galat.umum && <Alert color="red">{galat.umum}</Alert>}
                {pesan && (
                  <Alert color="green" withCloseButton onClose={() => setPesan(null)}>
                    {pesan}
                  </Alert>
                )}
                <TextInput {...props("nama", t("pemda.nama"))} required />
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select
                    label={t("pemda.jenis")}
                    data={[
                      { value: "kabupaten", label: t("pemda.kabupaten") },
                      { value: "kota", label: t("pemda.kota") },
                    ]}
                    value={nilai.jenis}
                    onChange={(v) => v && setNilai({ ...nilai, jenis: v })}
                    allowDeselect={false}
                    readOnly={!bolehUbah}
                    error={galat.bidang.jenis || undefined}
                  />
                  <TextInput {...props("provinsi", t("pemda.provinsi"))} required />
                  <TextInput {...props("ibuKota", t("pemda.ibuKota"))} />
                </SimpleGrid>
                <Textarea {...props("alamat", t("pemda.alamat"))} autosize minRows={2} />
                <Title order={5}>{t("pemda.kepalaDaerah")}</Title>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput {...props("kepalaDaerah.gelarDepan", t("pemda.kdGelarDepan"))} />
                  <TextInput {...props("kepalaDaerah.nama", t("pemda.kdNama"))} />
                  <TextInput {...props("kepalaDaerah.gelarBelakang", t("pemda.kdGelarBelakang"))} />
                </SimpleGrid>
                <TextInput
                  {...props("kepalaDaerah.jabatan", t("pemda.kdJabatan"))}
                  description={t("pemda.kdJabatanBantuan")}
                />
                {bolehUbah && profil.kepalaDaerah && nilai["kepalaDaerah.nama"].trim() !== profil.kepalaDaerah.nama && (
                  <Checkbox
                    label={t("pemda.kdKoreksi")}
                    description={t(koreksiNama ? "pemda.kdKoreksiYa" : "pemda.kdKoreksiTidak", {
                      lama: profil.kepalaDaerah.nama,
                    })}
                    checked={koreksiNama}
                    onChange={(e) => setKoreksiNama(e.currentTarget.checked)}
                    data-testid="koreksi-nama"
                  />
                )}
                {bolehUbah && (
                  <Group justify="flex-end">
                    <Button variant="default" onClick={() => setNilai(nilaiDari(profil))}>
                      {t("batal")}
                    </Button>
                    <Button type="submit" loading={proses}>
                      {t("simpan")}
                    </Button>
                  </Group>
                )}
              </Stack>
            </form>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <LogoPemda pemda={pemda} logo={profil.logo} bolehUbah={bolehUbah} onBerubah={muat} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
