/**
 * The Admin Pemda's reminder page (issue 15, ADR 0035/0044): the deadlines of a year (default or set, edited and
 * saved as a whole, every save kept as a version in the audit trail) and the reminder e-mails (counts, the failed and
 * waiting ones with the server's answer, or the sent ones) with "run now".
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useCallback, useEffect, useState } from "react";
import { jawab, klien } from "../../api/client";
import { useZonaPemda } from "../../api/kueri";
import type { components } from "../../api/skema";
import { useAuth } from "../../auth/AuthProvider";
import { type MessageKey } from "../../i18n/messages";
import { useI18n } from "../../i18n/i18n";
import { pemformatWaktu, type ZonaPemda as Zona } from "../../i18n/waktu-zona";

type Tenggat = components["schemas"]["Tenggat"];
type Riwayat = components["schemas"]["RiwayatTenggat"];
type Kiriman = components["schemas"]["KirimanSurel"];
type HasilPengingat = components["schemas"]["HasilPengingat"];
type Saring = "belum" | "menunggu" | "terkirim" | "gagal";

const WARNA_STATUS = { menunggu: "yellow", terkirim: "green", gagal: "red" } as const;

export function PengingatPage() {
  const { pengguna } = useAuth();
  const { t } = useI18n();
  const pemda = pengguna?.pemda.slug ?? "";
  const [tahun, setTahun] = useState(new Date().getFullYear());
  // times show in the Pemda's zone (Admin › Pengaturan), with its abbreviation
  const zona = useZonaPemda(pemda);
  return (
    <Stack>
      <Title order={2}>{t("pengingat.judul")}</Title>
      <Text maw={760}>{t("pengingat.intro")}</Text>
      <NumberInput
        label={t("pengingat.tahun")}
        value={tahun}
        min={2000}
        max={2100}
        w={140}
        onChange={(v) => typeof v === "number" && v >= 2000 && v <= 2100 && setTahun(v)}
      />
      {pemda && !zona && <Loader size="sm" aria-label={t("memuat")} />}
      {pemda && zona && <BagianTenggat pemda={pemda} tahun={tahun} zona={zona} />}
      {pemda && zona && <BagianKiriman pemda={pemda} zona={zona} />}
    </Stack>
  );
}

/** Times in the Pemda's zone (Admin › Pengaturan), with its abbreviation. */
function useFormatWaktu(zona: Zona): (iso: string) => string {
  const { locale } = useI18n();
  return pemformatWaktu(zona, locale);
}

function BagianTenggat({ pemda, tahun, zona }: { pemda: string; tahun: number; zona: Zona }) {
  const { t, locale } = useI18n();
  const [tenggat, setTenggat] = useState<Tenggat | null>(null);
  const [riwayat, setRiwayat] = useState<Riwayat | null>(null);
  const [isian, setIsian] = useState<Record<string, string>>({});
  const [galat, setGalat] = useState<string | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const [menyimpan, setMenyimpan] = useState(false);

  const muat = useCallback(async () => {
    setGalat(null);
    try {
      const params = { params: { path: { pemda, tahun } } };
      const [a, b] = await Promise.all([
        jawab(klien.GET("/api/v1/pemda/{pemda}/tenggat/{tahun}", params)),
        jawab(klien.GET("/api/v1/pemda/{pemda}/tenggat/{tahun}/riwayat", params)),
      ]);
      setTenggat(a);
      setRiwayat(b);
      setIsian(Object.fromEntries(a.baris.map((x) => [x.jenis, x.tanggal])));
    } catch (e) {
      setGalat((e as Error).message);
    }
  }, [pemda, tahun]);

  useEffect(() => {
    setPesan(null);
    void muat();
  }, [muat]);

  const simpan = async () => {
    if (!tenggat) return;
    const berubah = tenggat.baris.some((b) => !b.bawaan || isian[b.jenis] !== b.tanggal);
    if (!berubah) return;
    setMenyimpan(true);
    setGalat(null);
    setPesan(null);
    try {
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/tenggat/{tahun}", {
          params: { path: { pemda, tahun } },
          // the dates set before and the ones changed now; an untouched default stays a default
          body: {
            baris: tenggat.baris
              .filter((b) => !b.bawaan || isian[b.jenis] !== b.tanggal)
              .map((b) => ({ jenis: b.jenis, tanggal: isian[b.jenis] ?? "" })),
          },
        }),
      );
      await muat();
      setPesan(t("pengingat.tersimpan"));
    } catch (e) {
      setGalat((e as Error).message);
    } finally {
      setMenyimpan(false);
    }
  };

  const tgl = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", { dateStyle: "long", timeZone: "UTC" });
  const waktu = useFormatWaktu(zona);
  const fmt = (iso: string | null) => (iso ? tgl.format(new Date(`${iso}T00:00:00Z`)) : "—");
  return (
    <Card withBorder>
      <Title order={3} mb="sm">
        {t("pengingat.tenggat")} {tahun}
      </Title>
      {galat && (
        <Alert color="red" title={t("galat")} mb="sm">
          {galat}
        </Alert>
      )}
      {pesan && (
        <Alert color="green" mb="sm">
          {pesan}
        </Alert>
      )}
      {!tenggat && !galat && <Loader size="sm" aria-label={t("memuat")} />}
      {tenggat && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void simpan();
          }}
        >
          {/* two columns, the default/set badge under the name: readable at 390 px without scrolling sideways */}
          <Table.ScrollContainer minWidth={300}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("pengingat.kolomJenis")}</Table.Th>
                  <Table.Th>{t("pengingat.kolomTanggal")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tenggat.baris.map((b) => (
                  <Table.Tr key={b.jenis}>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <Text size="sm">{t(`tenggat.jenis.${b.jenis}`)}</Text>
                        <Badge variant="light" color={b.bawaan ? "gray" : "blue"}>
                          {b.bawaan ? t("pengingat.bawaan") : t("pengingat.diatur")}
                        </Badge>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        type="date"
                        aria-label={t(`tenggat.jenis.${b.jenis}`)}
                        value={isian[b.jenis] ?? ""}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          setIsian((s) => ({ ...s, [b.jenis]: v }));
                        }}
                        w={{ base: 150, sm: 180 }}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group mt="sm">
            <Button type="submit" loading={menyimpan}>
              {t("pengingat.simpan")}
            </Button>
          </Group>
        </form>
      )}
      <Title order={4} mt="md" mb="xs">
        {t("pengingat.riwayat")}
      </Title>
      {riwayat && riwayat.versi.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("pengingat.riwayatKosong")}
        </Text>
      )}
      <Stack gap={6} data-testid="riwayat-tenggat">
        {riwayat?.versi.map((v, i) => (
          <div key={`${v.pada}-${i}`}>
            <Text size="sm" fw={500}>
              {t("pengingat.riwayatOleh", { waktu: waktu(v.pada), oleh: v.oleh })}
            </Text>
            {v.perubahan.map((p) => (
              <Text size="sm" key={p.jenis}>
                {p.label}: {fmt(p.sebelum)} → {fmt(p.sesudah)}
              </Text>
            ))}
          </div>
        ))}
      </Stack>
    </Card>
  );
}

function BagianKiriman({ pemda, zona }: { pemda: string; zona: Zona }) {
  const { t } = useI18n();
  const [saring, setSaring] = useState<Saring>("belum");
  const [kiriman, setKiriman] = useState<Kiriman | null>(null);
  const [hasil, setHasil] = useState<HasilPengingat | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [berjalan, setBerjalan] = useState(false);

  const muat = useCallback(async () => {
    try {
      setKiriman(
        await jawab(
          klien.GET("/api/v1/pemda/{pemda}/pengingat/kiriman", {
            params: { path: { pemda }, query: saring === "belum" ? {} : { status: saring } },
          }),
        ),
      );
    } catch (e) {
      setGalat((e as Error).message);
    }
  }, [pemda, saring]);

  useEffect(() => {
    void muat();
  }, [muat]);

  const jalankan = async () => {
    setBerjalan(true);
    setGalat(null);
    try {
      setHasil(await jawab(klien.POST("/api/v1/pemda/{pemda}/pengingat/jalankan", { params: { path: { pemda } } })));
      await muat();
    } catch (e) {
      setGalat((e as Error).message);
    } finally {
      setBerjalan(false);
    }
  };

  const angka = new Intl.NumberFormat("id-ID"); // one number format in both languages (ADR 0056)
  const waktu = useFormatWaktu(zona);
  // a phone (390 px): the six columns do not fit, so each delivery is a small card with every field readable
  const layarKecil = useMediaQuery("(max-width: 48em)") ?? false;
  const status = (s: keyof typeof WARNA_STATUS) => t(`pengingat.status.${s}` as MessageKey);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3}>{t("pengingat.kiriman")}</Title>
        <Button onClick={() => void jalankan()} loading={berjalan}>
          {t("pengingat.jalankan")}
        </Button>
      </Group>
      {galat && (
        <Alert color="red" title={t("galat")} mb="sm">
          {galat}
        </Alert>
      )}
      {hasil && (
        <Alert color="blue" mb="sm" data-testid="hasil-jalankan">
          {t("pengingat.hasilJalankan", {
            hari: hasil.hariIni,
            pengingat: angka.format(hasil.pengingat),
            baru: angka.format(hasil.pemberitahuanBaru),
            surel: angka.format(hasil.surelBaru),
          })}
          {!hasil.antrean && <Text size="sm">{t("pengingat.tanpaAntrean")}</Text>}
        </Alert>
      )}
      {kiriman && (
        <Group gap="xs" mb="sm" data-testid="jumlah-kiriman">
          {(["terkirim", "menunggu", "gagal"] as const).map((s) => (
            <Badge key={s} color={WARNA_STATUS[s]} variant="light" data-status={s} data-jumlah={kiriman.jumlah[s]}>
              {status(s)}: {angka.format(kiriman.jumlah[s])}
            </Badge>
          ))}
        </Group>
      )}
      <SegmentedControl
        mb="sm"
        orientation={layarKecil ? "vertical" : "horizontal"}
        fullWidth={layarKecil}
        aria-label={t("pengingat.saring")}
        value={saring}
        onChange={(v) => setSaring(v as Saring)}
        data={[
          { value: "belum", label: t("pengingat.saring.belum") },
          { value: "gagal", label: status("gagal") },
          { value: "menunggu", label: status("menunggu") },
          { value: "terkirim", label: status("terkirim") },
        ]}
      />
      {kiriman && kiriman.daftar.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("pengingat.kirimanKosong")}
        </Text>
      )}
      {kiriman && kiriman.daftar.length > 0 && layarKecil && (
        <Stack gap="xs" data-testid="daftar-kiriman-kartu">
          {kiriman.daftar.map((k) => (
            <Card key={k.id} withBorder padding="xs" data-status={k.status}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600} style={{ wordBreak: "break-all" }}>
                  {k.kepada}
                </Text>
                <Badge color={WARNA_STATUS[k.status]} variant="light" style={{ flexShrink: 0 }}>
                  {status(k.status)}
                </Badge>
              </Group>
              <Text size="sm">{k.subjek}</Text>
              <Text size="sm">
                {t("pengingat.kolomWaktu")}: {waktu(k.terkirimPada ?? k.diubahPada)}
              </Text>
              <Text size="sm">
                {t("pengingat.kolomPercobaan")}: {angka.format(k.percobaan)}
              </Text>
              {k.galat && (
                <Text size="xs" c="dimmed" style={{ wordBreak: "break-word" }}>
                  {t("pengingat.kolomGalat")}: {k.galat}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
      {kiriman && kiriman.daftar.length > 0 && !layarKecil && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="daftar-kiriman">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("pengingat.kolomKepada")}</Table.Th>
                <Table.Th>{t("pengingat.kolomSubjek")}</Table.Th>
                <Table.Th>{t("pengingat.kolomStatus")}</Table.Th>
                <Table.Th>{t("pengingat.kolomPercobaan")}</Table.Th>
                <Table.Th>{t("pengingat.kolomGalat")}</Table.Th>
                <Table.Th>{t("pengingat.kolomWaktu")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kiriman.daftar.map((k) => (
                <Table.Tr key={k.id} data-status={k.status}>
                  <Table.Td>{k.kepada}</Table.Td>
                  <Table.Td>{k.subjek}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={WARNA_STATUS[k.status]}
                      variant="light"
                      // read whole: Mantine cuts a badge's label to its cell
                      styles={{ root: { overflow: "visible", maxWidth: "none" }, label: { overflow: "visible" } }}
                    >
                      {status(k.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{angka.format(k.percobaan)}</Table.Td>
                  <Table.Td>
                    <Text size="xs" style={{ wordBreak: "break-word" }}>
                      {k.galat ?? "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{waktu(k.terkirimPada ?? k.diubahPada)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
