/**
 * Plt./Plh. of the OPD's officials (issue 17, ADR 0039/0043): lists the assignments of every pejabat (period, SK,
 * position filled, status today), records a new one (…/pejabat/{id}/penugasan) and ends one
 * (…/penugasan/{id}/akhiri). Read with organisasi.baca; add/end only with organisasi.ubah on this OPD (the server
 * checks again, answers naming the field; its message is shown). Documents dated in the period print "Plt. <jabatan>".
 */
import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import { formatTanggal } from "../../../domain/format/tanggal";
import { AWALAN_PENUGASAN } from "../../../domain/pejabat/penugasan";
import { ApiError, jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { useBolehUbahOrganisasi } from "./boleh-ubah";
import {
  type GalatPenugasan,
  hariIni,
  ISIAN_KOSONG,
  type IsianPenugasan,
  type PenugasanAda,
  periksaAkhir,
  periksaIsian,
  statusPada,
} from "./penugasan-form";

/** The officials as the profile lists them (only what this panel needs). */
export interface PejabatRingkas {
  id: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  jabatan: string;
}

const namaLengkap = (p: PejabatRingkas) =>
  [p.gelarDepan, p.nama].filter(Boolean).join(" ") + (p.gelarBelakang ? `, ${p.gelarBelakang}` : "");

function jalur(api: string): { pemda: string; opd: string } {
  const m = /\/pemda\/([^/]+)\/opd\/([^/]+)/.exec(api);
  return { pemda: m?.[1] ?? "", opd: m?.[2] ?? "" };
}

const pesanGalat = (e: unknown) => (e instanceof ApiError ? e.detail || e.message : String(e));

export function PenugasanPejabat({ api, pejabat }: { api: string; pejabat: readonly PejabatRingkas[] }) {
  const { t, locale } = useI18n();
  const boleh = useBolehUbahOrganisasi(api);
  const { pemda, opd } = jalur(api);
  const [daftar, setDaftar] = useState<PenugasanAda[] | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [tambah, setTambah] = useState(false);
  const [akhiri, setAkhiri] = useState<PenugasanAda | null>(null);
  const ids = pejabat.map((p) => p.id).join(",");
  const muat = useCallback(() => {
    Promise.all(
      ids
        .split(",")
        .filter(Boolean)
        .map((id) =>
          jawab(
            klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/pejabat/{id}/penugasan", {
              params: { path: { pemda, opd, id } },
            }),
          ).then((r) => r.penugasan),
        ),
    ).then(
      (xs) => {
        setDaftar(xs.flat().sort((a, b) => (a.mulai < b.mulai ? 1 : a.mulai > b.mulai ? -1 : 0)));
        setGalat(null);
      },
      (e: unknown) => setGalat(pesanGalat(e)),
    );
  }, [ids, pemda, opd]);
  useEffect(muat, [muat]);
  const orang = useMemo(() => new Map(pejabat.map((p) => [p.id, p])), [pejabat]);
  const tgl = (s: string | null) =>
    s ? formatTanggal(s, locale === "en" ? "en-US" : "id-ID") : t("penugasan.terbuka");
  const hari = hariIni();
  const warna = { berlaku: "green", akan: "blue", berakhir: "gray" } as const;
  return (
    <Card withBorder data-testid="penugasan">
      <Group gap="xs" justify="space-between">
        <Title order={4}>{t("penugasan.judul")}</Title>
        {boleh && (
          <Button size="compact-sm" variant="light" data-testid="penugasan-tambah" onClick={() => setTambah(true)}>
            {t("penugasan.tambah")}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t("penugasan.keterangan")}
      </Text>
      {galat && <Alert color="red">{galat}</Alert>}
      {daftar !== null && daftar.length === 0 && <Text c="dimmed">{t("penugasan.kosong")}</Text>}
      {daftar !== null && daftar.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="tabel-penugasan">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("profil.nama")}</Table.Th>
                <Table.Th>{t("penugasan.jabatanDiisi")}</Table.Th>
                <Table.Th>{t("penugasan.nomorSk")}</Table.Th>
                <Table.Th>{t("penugasan.periode")}</Table.Th>
                <Table.Th>{t("penugasan.status")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {daftar.map((p) => {
                const s = statusPada(p, hari);
                const o = orang.get(p.pejabatId);
                return (
                  <Table.Tr key={p.id}>
                    <Table.Td>{o ? namaLengkap(o) : "—"}</Table.Td>
                    <Table.Td>
                      {AWALAN_PENUGASAN[p.jenis]} {p.jabatanDiisi}
                    </Table.Td>
                    <Table.Td>{p.nomorSk}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      {tgl(p.mulai)} – {tgl(p.selesai)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <Badge
                        color={warna[s]}
                        variant="light"
                        styles={{ root: { overflow: "visible", maxWidth: "none" }, label: { overflow: "visible" } }}
                      >
                        {t(`penugasan.status.${s}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {boleh && s !== "berakhir" && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          data-testid={`penugasan-akhiri-${p.id}`}
                          onClick={() => setAkhiri(p)}
                        >
                          {t("penugasan.akhiri")}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {tambah && (
        <FormTambah
          pemda={pemda}
          opd={opd}
          pejabat={pejabat}
          ada={daftar ?? []}
          tutup={(disimpan) => {
            setTambah(false);
            if (disimpan) muat();
          }}
        />
      )}
      {akhiri && (
        <FormAkhiri
          pemda={pemda}
          opd={opd}
          penugasan={akhiri}
          nama={orang.get(akhiri.pejabatId) ? namaLengkap(orang.get(akhiri.pejabatId)!) : ""}
          tutup={(disimpan) => {
            setAkhiri(null);
            if (disimpan) muat();
          }}
        />
      )}
    </Card>
  );
}

function FormTambah({
  pemda,
  opd,
  pejabat,
  ada,
  tutup,
}: {
  pemda: string;
  opd: string;
  pejabat: readonly PejabatRingkas[];
  ada: readonly PenugasanAda[];
  tutup(disimpan: boolean): void;
}) {
  const { t } = useI18n();
  const [isi, setIsi] = useState<IsianPenugasan>(ISIAN_KOSONG);
  const [dicoba, setDicoba] = useState(false);
  const [galatServer, setGalatServer] = useState<{ pesan: string; field: string | null } | null>(null);
  const [kirim, setKirim] = useState(false);
  const galat: GalatPenugasan = dicoba ? periksaIsian(isi, ada) : {};
  const atur = <K extends keyof IsianPenugasan>(k: K, v: IsianPenugasan[K]) => {
    setIsi((x) => ({ ...x, [k]: v }));
    setGalatServer(null);
  };
  const err = (k: keyof IsianPenugasan) => galat[k] ?? (galatServer?.field === k ? galatServer.pesan : null);
  const jabatanSaran = [...new Set(pejabat.map((p) => p.jabatan))];
  const simpan = async () => {
    setDicoba(true);
    if (Object.keys(periksaIsian(isi, ada)).length > 0) return;
    setKirim(true);
    try {
      await jawab(
        klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/pejabat/{id}/penugasan", {
          params: { path: { pemda, opd, id: isi.pejabatId! } },
          body: {
            jenis: isi.jenis!,
            jabatanDiisi: isi.jabatanDiisi.trim(),
            nomorSk: isi.nomorSk.trim(),
            mulai: isi.mulai,
            selesai: isi.selesai === "" ? null : isi.selesai,
          },
        }),
      );
      tutup(true);
    } catch (e) {
      const api = e instanceof ApiError ? e : null;
      const field = api?.errors[0]?.field ?? /^(\w+):/.exec(api?.detail ?? "")?.[1] ?? null;
      setGalatServer({ pesan: pesanGalat(e), field });
    } finally {
      setKirim(false);
    }
  };
  return (
    <Modal opened onClose={() => tutup(false)} title={t("penugasan.tambahJudul")} size="lg">
      {galatServer && (
        <Alert color="red" mb="sm" data-testid="penugasan-galat">
          {galatServer.pesan}
        </Alert>
      )}
      <Stack gap="sm">
        <Radio.Group
          label={t("penugasan.jenis")}
          withAsterisk
          value={isi.jenis ?? ""}
          onChange={(v) => atur("jenis", v as "plt" | "plh")}
          error={err("jenis")}
          data-testid="penugasan-jenis"
        >
          <Group gap="lg" mt={4}>
            <Radio value="plt" label={t("penugasan.plt")} data-testid="penugasan-jenis-plt" />
            <Radio value="plh" label={t("penugasan.plh")} data-testid="penugasan-jenis-plh" />
          </Group>
        </Radio.Group>
        <Select
          label={t("penugasan.pejabat")}
          description={t("penugasan.pejabatKet")}
          placeholder={t("penugasan.pilihPejabat")}
          data={pejabat.map((p) => ({ value: p.id, label: `${namaLengkap(p)} — ${p.jabatan}` }))}
          value={isi.pejabatId}
          onChange={(v) => atur("pejabatId", v)}
          searchable
          withAsterisk
          error={err("pejabatId")}
          data-testid="penugasan-pejabat"
        />
        <Autocomplete
          label={t("penugasan.jabatanDiisi")}
          description={t("penugasan.jabatanKet")}
          data={jabatanSaran}
          value={isi.jabatanDiisi}
          onChange={(v) => atur("jabatanDiisi", v)}
          withAsterisk
          error={err("jabatanDiisi")}
          data-testid="penugasan-jabatan"
        />
        <TextInput
          label={t("penugasan.nomorSk")}
          placeholder={t("penugasan.contohSk")}
          value={isi.nomorSk}
          onChange={(e) => atur("nomorSk", e.currentTarget.value)}
          withAsterisk
          error={err("nomorSk")}
          data-testid="penugasan-sk"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t("penugasan.mulai")}
            value={isi.mulai}
            onChange={(e) => atur("mulai", e.currentTarget.value)}
            withAsterisk
            error={err("mulai")}
            data-testid="penugasan-mulai"
          />
          <TextInput
            type="date"
            label={t("penugasan.selesai")}
            description={t("penugasan.selesaiKet")}
            value={isi.selesai}
            onChange={(e) => atur("selesai", e.currentTarget.value)}
            error={err("selesai")}
            data-testid="penugasan-selesai"
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => tutup(false)}>
            {t("penugasan.batal")}
          </Button>
          <Button loading={kirim} onClick={() => void simpan()} data-testid="penugasan-simpan">
            {t("penugasan.simpan")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function FormAkhiri({
  pemda,
  opd,
  penugasan,
  nama,
  tutup,
}: {
  pemda: string;
  opd: string;
  penugasan: PenugasanAda;
  nama: string;
  tutup(disimpan: boolean): void;
}) {
  const { t } = useI18n();
  const awal = penugasan.selesai !== null && penugasan.selesai < hariIni() ? penugasan.selesai : hariIni();
  const [selesai, setSelesai] = useState(awal < penugasan.mulai ? penugasan.mulai : awal);
  const [galat, setGalat] = useState<string | null>(null);
  const [kirim, setKirim] = useState(false);
  const salah = periksaAkhir(penugasan, selesai);
  const simpan = async () => {
    if (salah) return;
    setKirim(true);
    try {
      await jawab(
        klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/pejabat/{id}/penugasan/{penugasanId}/akhiri", {
          params: { path: { pemda, opd, id: penugasan.pejabatId, penugasanId: penugasan.id } },
          body: { selesai },
        }),
      );
      tutup(true);
    } catch (e) {
      setGalat(pesanGalat(e));
    } finally {
      setKirim(false);
    }
  };
  return (
    <Modal opened onClose={() => tutup(false)} title={t("penugasan.akhiriJudul")}>
      <Stack gap="sm">
        <Text size="sm">
          {nama} — {AWALAN_PENUGASAN[penugasan.jenis]} {penugasan.jabatanDiisi} (SK {penugasan.nomorSk})
        </Text>
        {galat && (
          <Alert color="red" data-testid="penugasan-akhiri-galat">
            {galat}
          </Alert>
        )}
        <TextInput
          type="date"
          label={t("penugasan.tanggalAkhir")}
          description={t("penugasan.tanggalAkhirKet")}
          value={selesai}
          onChange={(e) => {
            setSelesai(e.currentTarget.value);
            setGalat(null);
          }}
          error={salah}
          data-testid="penugasan-tanggal-akhir"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => tutup(false)}>
            {t("penugasan.batal")}
          </Button>
          <Button
            color="red"
            loading={kirim}
            disabled={salah !== null}
            onClick={() => void simpan()}
            data-testid="penugasan-akhiri-simpan"
          >
            {t("penugasan.akhiri")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
