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
import { type FormEvent, useState } from "react";
import { jawab, jawabVersi, klien } from "../../api/client";
import { kunci } from "../../api/kueri";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import { LogoPemda } from "./LogoPemda";
import type { ProfilPemda } from "./tipe-organisasi";
import { useFormVersi } from "./useFormVersi";

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
type Nilai = Record<Exclude<Kunci, "jenis">, string> & { jenis: ProfilPemda["jenis"] };

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
  // A different name is a new Kepala Daerah unless the admin says it corrects the spelling of the same person's.
  const [koreksiNama, setKoreksiNama] = useState(false);
  // read with its version (ETag), saved with If-Match; a change by another admin since then offers a reload
  const form = useFormVersi({
    kunciKueri: kunci.profilPemda(pemda),
    baca: () => jawabVersi(klien.GET("/api/v1/pemda/{pemda}/profil", { params: { path: { pemda } } })),
    draf: nilaiDari,
    kunciBidang: KUNCI,
    namaBidang: (k) => `[${k}]`,
    pesanTersimpan: t("pemda.tersimpan"),
    pesanTidakBerubah: t("pemda.tidakBerubah"),
  });
  const { nilai, setNilai, galat, setGalat, pesan, setPesan, proses } = form;
  const profil = form.data;

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
    const tersimpan = await form.simpan(async (headers) => {
      const hasil = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/profil", {
          params: { path: { pemda } },
          body: {
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
          headers,
        }),
      );
      return { data: hasil.profil, versi: hasil.versi, diubah: hasil.diubah };
    });
    if (tersimpan) setKoreksiNama(false);
  }

  return (
    <Stack>
      <Text c="dimmed">{t("admin.pemdaIntro")}</Text>
      {!bolehUbah && <Alert color="gray">{t("admin.hanyaLihat")}</Alert>}
      <DialogKonflik {...form.konflik} />
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
                    onChange={(v) => (v === "kabupaten" || v === "kota") && setNilai({ ...nilai, jenis: v })}
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
                    <Button variant="default" onClick={form.batal}>
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
          <LogoPemda pemda={pemda} logo={profil.logo} bolehUbah={bolehUbah} onBerubah={form.muatUlang} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
