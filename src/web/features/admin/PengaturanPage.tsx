import { Alert, Button, Grid, Group, Loader, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { jawab, jawabVersi, klien, konflikVersi, syaratHeader } from "../../api/client";
import { kunci, useSegarkan } from "../../api/kueri";
import type { Skema } from "../../api/tipe";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import { DialogKonflik } from "../kinerja/DialogKonflik";

type Pengaturan = Skema<"PengaturanPemda">;
type Area = Skema<"AreaAturan">;
type Zona = Pengaturan["zonaWaktu"];
type Tte = Skema<"PengaturanTte">;

const ZONA: readonly Zona[] = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"];
/** The Select's value for "no choice" (the year's default); sent as null. */
const BAWAAN = "";

/** Form keys = the server's field names (problem+json `errors[].field`). */
const KUNCI = ["zonaWaktu", "aturan.kategori-capaian", "aturan.ikm", "aturan.ikm-pembulatan", "aturan.ikm-mutu"];

/**
 * Admin › Pengaturan (issue 11, ADR 0019/0046): the Pemda's time zone and its rule version per area (IKM weight and
 * rounding, mutu table, kategori capaian scale, LKE framework, AKIP predikat, Rencana Aksi thresholds), with the
 * version each area uses per year after the choice; and the TTE provider. Both forms save with the version they read
 * (If-Match) and are audited by the server.
 */
export function PengaturanPage() {
  const { t } = useI18n();
  const { pengguna, punya } = useAuth();
  const bolehUbah = punya("pemda.kelola");
  const pemda = pengguna?.pemda.slug ?? "";
  const [data, setData] = useState<Pengaturan | null>(null);
  const [versi, setVersi] = useState<string | null>(null);
  const [zona, setZona] = useState<Zona>("Asia/Jakarta");
  const segarkan = useSegarkan();
  const [aturan, setAturan] = useState<Partial<Record<Area, string>>>({});
  const [galat, setGalat] = useState<GalatForm>({ umum: null, bidang: {} });
  const [pesan, setPesan] = useState<string | null>(null);
  const [proses, setProses] = useState(false);
  const [konflik, setKonflik] = useState(false);

  const isi = (p: Pengaturan) => {
    setData(p);
    setZona(p.zonaWaktu);
    setAturan({ ...p.aturan });
  };
  const muat = useCallback(() => {
    jawabVersi(klien.GET("/api/v1/pemda/{pemda}/pengaturan", { params: { path: { pemda } } })).then(
      ({ data: p, versi: v }) => {
        setVersi(v);
        isi(p);
      },
      (e: unknown) => setGalat(galatDariServer(e, [], (k) => k)),
    );
  }, [pemda]);
  useEffect(muat, [muat]);

  if (!data) {
    return galat.umum ? <Alert color="red">{galat.umum}</Alert> : <Loader size="sm" aria-label={t("memuat")} />;
  }

  const labelArea = (a: Area) => t(`pengaturan.area.${a}` as MessageKey);
  const labelVersi = (id: string) => {
    for (const p of data.pilihan) for (const v of p.versi) if (v.id === id) return v.label;
    return id;
  };
  const rentang = (v: { berlakuMulai: number | null; berlakuSampai: number | null }) => {
    if (v.berlakuMulai !== null && v.berlakuSampai !== null) return `${v.berlakuMulai}–${v.berlakuSampai}`;
    if (v.berlakuMulai !== null) return t("pengaturan.sejak", { tahun: String(v.berlakuMulai) });
    if (v.berlakuSampai !== null) return t("pengaturan.sampai", { tahun: String(v.berlakuSampai) });
    return "";
  };

  async function simpan(e: FormEvent) {
    e.preventDefault();
    if (!data || !bolehUbah) return;
    setPesan(null);
    setProses(true);
    try {
      const kirim: Partial<Record<Area, string | null>> = {};
      for (const p of data.pilihan) kirim[p.area] = aturan[p.area] || null;
      const hasil = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/pengaturan", {
          params: { path: { pemda } },
          body: { zonaWaktu: zona, aturan: kirim },
          headers: syaratHeader(versi ? { versi } : undefined),
        }),
      );
      setVersi(hasil.versi);
      isi(hasil.pengaturan);
      // the pages showing times in the Pemda's zone (useZonaPemda) read it again
      if (hasil.diubah) void segarkan(kunci.pengaturanPemda(pemda));
      setGalat({ umum: null, bidang: {} });
      setPesan(hasil.diubah ? t("pengaturan.tersimpan") : t("pengaturan.tidakBerubah"));
    } catch (error) {
      if (konflikVersi(error)) return setKonflik(true);
      setGalat(galatDariServer(error, KUNCI, (k) => k));
    } finally {
      setProses(false);
    }
  }

  return (
    <Stack>
      <Text c="dimmed">{t("pengaturan.intro")}</Text>
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
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md">
            <form onSubmit={simpan} noValidate aria-label={t("admin.pengaturan")} data-testid="form-pengaturan">
              <Stack>
                {galat.umum && <Alert color="red">{galat.umum}</Alert>}
                {pesan && (
                  <Alert color="green" withCloseButton onClose={() => setPesan(null)}>
                    {pesan}
                  </Alert>
                )}
                <Select
                  label={t("pengaturan.zona")}
                  description={t("pengaturan.zonaBantuan")}
                  data={ZONA.map((z) => ({ value: z, label: t(`pengaturan.zona.${z}` as MessageKey) }))}
                  value={zona}
                  onChange={(v) => v && setZona(v as Zona)}
                  allowDeselect={false}
                  readOnly={!bolehUbah}
                  error={galat.bidang.zonaWaktu || undefined}
                  data-testid="pengaturan-zona"
                />
                <Title order={5}>{t("pengaturan.aturan")}</Title>
                <Text size="sm" c="dimmed">
                  {t("pengaturan.aturanBantuan")}
                </Text>
                {data.pilihan.map((p) => (
                  <Select
                    key={p.area}
                    label={labelArea(p.area)}
                    description={p.versi.find((v) => v.id === aturan[p.area])?.regulasi}
                    data={[
                      { value: BAWAAN, label: t("pengaturan.bawaan") },
                      ...p.versi.map((v) => {
                        const r = rentang(v);
                        return {
                          value: v.id,
                          label: `${v.label}${r ? ` (${t("pengaturan.berlakuRentang", { rentang: r })})` : ""}`,
                        };
                      }),
                    ]}
                    value={aturan[p.area] ?? BAWAAN}
                    onChange={(v) => setAturan((a) => ({ ...a, [p.area]: v ?? BAWAAN }))}
                    allowDeselect={false}
                    readOnly={!bolehUbah}
                    error={galat.bidang[`aturan.${p.area}`] || undefined}
                    data-testid={`pengaturan-aturan-${p.area}`}
                  />
                ))}
                {bolehUbah && (
                  <Group justify="flex-end">
                    <Button variant="default" onClick={() => isi(data)}>
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
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <PengaturanTte pemda={pemda} bolehUbah={bolehUbah} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md">
        <Title order={5} mb="xs">
          {t("pengaturan.berlakuJudul")}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder data-testid="pengaturan-berlaku">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("pengaturan.aturan")}</Table.Th>
                {data.berlaku.map((b) => (
                  <Table.Th key={b.tahun}>{b.tahun}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.pilihan.map((p) => (
                <Table.Tr key={p.area}>
                  <Table.Td>{labelArea(p.area)}</Table.Td>
                  {data.berlaku.map((b) => {
                    const id = b.aturan[p.area] ?? "";
                    return (
                      <Table.Td
                        key={b.tahun}
                        title={labelVersi(id)}
                        style={{ fontSize: "var(--mantine-font-size-xs)" }}
                      >
                        {labelVersi(id)}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}

/** The TTE provider of the Pemda (register or BSrE and the Esign Client Service address), its own versioned save. */
function PengaturanTte({ pemda, bolehUbah }: { pemda: string; bolehUbah: boolean }) {
  const { t } = useI18n();
  const [tte, setTte] = useState<Tte | null>(null);
  const [penyedia, setPenyedia] = useState<Tte["penyedia"]>("register");
  const [alamat, setAlamat] = useState("");
  const [versi, setVersi] = useState<string | null>(null);
  const [galat, setGalat] = useState<GalatForm>({ umum: null, bidang: {} });
  const [pesan, setPesan] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [proses, setProses] = useState(false);

  const isi = (x: Tte) => {
    setTte(x);
    setPenyedia(x.penyedia);
    setAlamat(x.alamat ?? "");
  };
  const muat = useCallback(() => {
    jawabVersi(klien.GET("/api/v1/pemda/{pemda}/pengaturan/tte", { params: { path: { pemda } } })).then(
      ({ data: x, versi: v }) => {
        setVersi(v);
        isi(x);
      },
      (e: unknown) => setGalat(galatDariServer(e, [], (k) => k)),
    );
  }, [pemda]);
  useEffect(muat, [muat]);

  async function simpan(e: FormEvent) {
    e.preventDefault();
    if (!bolehUbah) return;
    setPesan(null);
    setProses(true);
    try {
      const hasil = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/pengaturan/tte", {
          params: { path: { pemda } },
          body: { penyedia, alamat: alamat.trim() || null },
          headers: syaratHeader(versi ? { versi } : undefined),
        }),
      );
      setVersi(hasil.versi);
      isi(hasil.pengaturan);
      setGalat({ umum: null, bidang: {} });
      setPesan(hasil.diubah ? t("pengaturan.tersimpan") : t("pengaturan.tidakBerubah"));
    } catch (error) {
      if (konflikVersi(error)) return setKonflik(true);
      setGalat(galatDariServer(error, ["penyedia", "alamat"], (k) => k));
    } finally {
      setProses(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          muat();
        }}
        tutup={() => setKonflik(false)}
      />
      <form onSubmit={simpan} noValidate aria-label={t("pengaturan.tte")} data-testid="form-tte">
        <Stack>
          <Title order={5}>{t("pengaturan.tte")}</Title>
          <Text size="sm" c="dimmed">
            {t("pengaturan.tteBantuan")}
          </Text>
          {galat.umum && <Alert color="red">{galat.umum}</Alert>}
          {pesan && (
            <Alert color="green" withCloseButton onClose={() => setPesan(null)}>
              {pesan}
            </Alert>
          )}
          {tte === null ? (
            !galat.umum && <Loader size="sm" aria-label={t("memuat")} />
          ) : (
            <>
              <Select
                label={t("pengaturan.tte")}
                data={[
                  { value: "register", label: t("pengaturan.tte.register") },
                  { value: "bsre", label: t("pengaturan.tte.bsre") },
                ]}
                value={penyedia}
                onChange={(v) => v && setPenyedia(v as Tte["penyedia"])}
                allowDeselect={false}
                readOnly={!bolehUbah}
                error={galat.bidang.penyedia || undefined}
              />
              <TextInput
                label={t("pengaturan.tteAlamat")}
                description={t("pengaturan.tteAlamatBantuan")}
                value={alamat}
                onChange={(e) => setAlamat(e.currentTarget.value)}
                readOnly={!bolehUbah}
                error={galat.bidang.alamat || undefined}
              />
              {bolehUbah && (
                <Group justify="flex-end">
                  <Button type="submit" loading={proses}>
                    {t("simpan")}
                  </Button>
                </Group>
              )}
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
