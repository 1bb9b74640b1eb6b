import { Alert, Button, Grid, Group, Loader, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import type { FormEvent } from "react";
import { jawab, jawabVersi, klien } from "../../api/client";
import { kunci, useSegarkan } from "../../api/kueri";
import type { Skema } from "../../api/tipe";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { useFormVersi } from "./useFormVersi";

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
  // read with its version (ETag), saved with If-Match; a change by another admin since then offers a reload
  const form = useFormVersi({
    kunciKueri: kunci.pengaturan(pemda),
    baca: () => jawabVersi(klien.GET("/api/v1/pemda/{pemda}/pengaturan", { params: { path: { pemda } } })),
    draf: (p: Pengaturan): { zona: Zona; aturan: Partial<Record<Area, string>> } => ({
      zona: p.zonaWaktu,
      aturan: { ...p.aturan },
    }),
    kunciBidang: KUNCI,
    namaBidang: (k) => k,
    pesanTersimpan: t("pengaturan.tersimpan"),
    pesanTidakBerubah: t("pengaturan.tidakBerubah"),
  });
  const { data, nilai, setNilai, galat, pesan, setPesan, proses } = form;
  const segarkan = useSegarkan();

  if (!data || !nilai) {
    return galat.umum ? <Alert color="red">{galat.umum}</Alert> : <Loader size="sm" aria-label={t("memuat")} />;
  }
  const { zona, aturan } = nilai;

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
    const kirim: Partial<Record<Area, string | null>> = {};
    for (const p of data.pilihan) kirim[p.area] = aturan[p.area] || null;
    await form.simpan(async (headers) => {
      const hasil = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/pengaturan", {
          params: { path: { pemda } },
          body: { zonaWaktu: zona, aturan: kirim },
          headers,
        }),
      );
      // the pages showing times in the Pemda's zone (useZonaPemda) read it again
      if (hasil.diubah) void segarkan(kunci.zonaPemda(pemda));
      return { data: hasil.pengaturan, versi: hasil.versi, diubah: hasil.diubah };
    });
  }

  return (
    <Stack>
      <Text c="dimmed">{t("pengaturan.intro")}</Text>
      {!bolehUbah && <Alert color="gray">{t("admin.hanyaLihat")}</Alert>}
      <DialogKonflik {...form.konflik} />
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
                  onChange={(v) => {
                    const z = ZONA.find((x) => x === v);
                    if (z) setNilai({ ...nilai, zona: z });
                  }}
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
                    onChange={(v) => setNilai({ ...nilai, aturan: { ...aturan, [p.area]: v ?? BAWAAN } })}
                    allowDeselect={false}
                    readOnly={!bolehUbah}
                    error={galat.bidang[`aturan.${p.area}`] || undefined}
                    data-testid={`pengaturan-aturan-${p.area}`}
                  />
                ))}
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
  const form = useFormVersi({
    kunciKueri: kunci.pengaturanTte(pemda),
    baca: () => jawabVersi(klien.GET("/api/v1/pemda/{pemda}/pengaturan/tte", { params: { path: { pemda } } })),
    draf: (x: Tte) => ({ penyedia: x.penyedia, alamat: x.alamat ?? "" }),
    kunciBidang: ["penyedia", "alamat"],
    namaBidang: (k) => k,
    pesanTersimpan: t("pengaturan.tersimpan"),
    pesanTidakBerubah: t("pengaturan.tidakBerubah"),
  });
  const { nilai, setNilai, galat, pesan, setPesan, proses } = form;

  async function simpan(e: FormEvent) {
    e.preventDefault();
    if (!bolehUbah || !nilai) return;
    await form.simpan(async (headers) => {
      const hasil = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/pengaturan/tte", {
          params: { path: { pemda } },
          body: { penyedia: nilai.penyedia, alamat: nilai.alamat.trim() || null },
          headers,
        }),
      );
      return { data: hasil.pengaturan, versi: hasil.versi, diubah: hasil.diubah };
    });
  }

  return (
    <Paper withBorder p="md">
      <DialogKonflik {...form.konflik} />
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
          {nilai === null ? (
            !galat.umum && <Loader size="sm" aria-label={t("memuat")} />
          ) : (
            <>
              <Select
                label={t("pengaturan.tte")}
                data={[
                  { value: "register", label: t("pengaturan.tte.register") },
                  { value: "bsre", label: t("pengaturan.tte.bsre") },
                ]}
                value={nilai.penyedia}
                onChange={(v) => (v === "register" || v === "bsre") && setNilai({ ...nilai, penyedia: v })}
                allowDeselect={false}
                readOnly={!bolehUbah}
                error={galat.bidang.penyedia || undefined}
              />
              <TextInput
                label={t("pengaturan.tteAlamat")}
                description={t("pengaturan.tteAlamatBantuan")}
                value={nilai.alamat}
                onChange={(e) => setNilai({ ...nilai, alamat: e.currentTarget.value })}
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
