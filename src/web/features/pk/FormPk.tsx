import {
  ActionIcon,
  Alert,
  Button,
  Drawer,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { getJson, sendJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type GalatForm, galatDariServer, periksaAngka } from "../hasil/galat-form";

type Level = "kepala-opd" | "eselon-iii" | "eselon-iv";
const TINGKAT: Record<Level, string> = {
  "kepala-opd": "sasaran-strategis",
  "eselon-iii": "sasaran-program",
  "eselon-iv": "sasaran-kegiatan",
};
interface Pejabat {
  kode: string;
  nama: string;
  jabatan: string;
}
interface IndikatorRenstra {
  kode: string;
  nama: string;
  satuan: string;
  sasaran: string;
  target: string | null;
}
interface BarisK {
  sasaran: string;
  indikator: string;
  satuan: string;
  target: string;
  indikatorKode: string | null;
}
interface BarisA {
  tingkat: "program" | "kegiatan" | "sub-kegiatan";
  uraian: string;
  kodeDppa: string;
  anggaran: string;
  keterangan: string;
}
const barisK = (): BarisK => ({ sasaran: "", indikator: "", satuan: "", target: "", indikatorKode: null });
const barisA = (): BarisA => ({ tingkat: "program", uraian: "", kodeDppa: "", anggaran: "", keterangan: "APBD" });
const WAJIB = "wajib diisi";

/** Reads the pejabat (OPD + Kepala Daerah) and the Renstra indicators of the year to pick from. */
function usePilihan(api: string, tahun: number) {
  const [pejabat, setPejabat] = useState<Pejabat[]>([]);
  const [indikator, setIndikator] = useState<IndikatorRenstra[]>([]);
  useEffect(() => {
    getJson<{ pejabat: Pejabat[]; pemda: { kepalaDaerah: Pejabat | null } }>(`${api}/profil`).then(
      (p) => setPejabat([...(p.pemda.kepalaDaerah ? [p.pemda.kepalaDaerah] : []), ...p.pejabat]),
      () => setPejabat([]),
    );
    type S = {
      teks: string;
      indikator: Array<{
        kode: string;
        nama: string;
        satuan: string;
        target: Array<{ tahun: number; target: string | null }>;
      }>;
    };
    getJson<{ renstra: { tujuan: Array<{ sasaran: S[] }> } | null }>(`${api}/perencanaan/${tahun}`).then(
      (d) =>
        setIndikator(
          (d.renstra?.tujuan ?? []).flatMap((tj) =>
            tj.sasaran.flatMap((s) =>
              s.indikator.map((i) => ({
                kode: i.kode,
                nama: i.nama,
                satuan: i.satuan,
                sasaran: s.teks,
                target: i.target.find((x) => x.tahun === tahun)?.target ?? null,
              })),
            ),
          ),
        ),
      () => setIndikator([]),
    );
  }, [api, tahun]);
  return { pejabat, indikator };
}

/**
 * Creates one Perjanjian Kinerja of the year: level, version (awal/perubahan), parties, place, date, kinerja rows
 * (sasaran → indikator → satuan → target; a Renstra indicator may be picked to link the row) and budget rows
 * (id-ID rupiah "2.650.313.819,00"). Saves the whole document (PUT …/pk-dokumen/{kode}).
 */
export function FormPk(props: { api: string; tahun: number; tutup(): void; tersimpan(): void }) {
  const { t } = useI18n();
  const { pejabat, indikator } = usePilihan(props.api, props.tahun);
  const [level, setLevel] = useState<Level>("kepala-opd");
  const [jenis, setJenis] = useState<"awal" | "perubahan">("awal");
  const [kode, setKode] = useState("");
  const [pihak1, setPihak1] = useState<string | null>(null);
  const [pihak2, setPihak2] = useState<string | null>(null);
  const [tempat, setTempat] = useState("");
  const [tanggal, setTanggal] = useState(`${props.tahun}-01-02`);
  const [kinerja, setKinerja] = useState<BarisK[]>([barisK()]);
  const [anggaran, setAnggaran] = useState<BarisA[]>([]);
  const [galat, setGalat] = useState<GalatForm>({ umum: null, bidang: {} });
  const [sibuk, setSibuk] = useState(false);
  const kodePk = kode.trim() || `pk-${props.tahun}-${level}-${jenis}`;
  const opsiPejabat = pejabat.map((p) => ({ value: p.kode, label: `${p.nama} — ${p.jabatan}` }));
  const ubahK = (i: number, b: Partial<BarisK>) => setKinerja(kinerja.map((x, j) => (j === i ? { ...x, ...b } : x)));
  const ubahA = (i: number, b: Partial<BarisA>) => setAnggaran(anggaran.map((x, j) => (j === i ? { ...x, ...b } : x)));

  const simpan = async () => {
    const bidang: Record<string, string> = {};
    if (!pihak1) bidang.pihak1 = `Pihak pertama ${WAJIB}`;
    if (!pihak2) bidang.pihak2 = `Pihak kedua ${WAJIB}`;
    if (!tempat.trim()) bidang.tempat = `Tempat ${WAJIB}`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggal)) bidang.tanggal = `Tanggal ${WAJIB}`;
    kinerja.forEach((k, i) => {
      for (const f of ["sasaran", "indikator", "satuan"] as const)
        if (!k[f].trim()) bidang[`k${i}.${f}`] = `Baris ${i + 1}: ${f} ${WAJIB}`;
    });
    anggaran.forEach((a, i) => {
      if (!a.uraian.trim()) bidang[`a${i}.uraian`] = `Baris anggaran ${i + 1}: uraian ${WAJIB}`;
      const p = periksaAngka(a.anggaran, `Baris anggaran ${i + 1}: anggaran`);
      if (p) bidang[`a${i}.anggaran`] = p;
    });
    setGalat({ umum: null, bidang });
    if (Object.keys(bidang).length) return;
    setSibuk(true);
    try {
      await sendJson("PUT", `${props.api}/pk-dokumen/${encodeURIComponent(kodePk)}`, {
        tahun: props.tahun,
        jenis,
        level,
        pihakPertamaKode: pihak1,
        pihakKeduaKode: pihak2,
        tempat: tempat.trim(),
        tanggal,
        kinerja: kinerja.map((k, i) => ({
          nomor: String(i + 1),
          tingkat: TINGKAT[level],
          sasaran: k.sasaran.trim(),
          indikator: k.indikator.trim(),
          satuan: k.satuan.trim(),
          target: k.target.trim() || null,
          indikatorKode: k.indikatorKode,
          anak: [],
        })),
        anggaran: anggaran.map((a, i) => ({
          nomor: String(i + 1),
          tingkat: a.tingkat,
          uraian: a.uraian.trim(),
          kodeDppa: a.kodeDppa.trim() || null,
          anggaran: a.anggaran.trim(),
          keterangan: a.keterangan.trim(),
          anak: [],
        })),
      });
      props.tersimpan();
      props.tutup();
    } catch (e) {
      setGalat(galatDariServer(e, ["tempat", "tanggal"], (k) => k));
    } finally {
      setSibuk(false);
    }
  };
  const b = galat.bidang;
  return (
    <Drawer opened onClose={props.tutup} position="right" size="xl" title={t("pk.form.judul", { tahun: props.tahun })}>
      <Stack gap="xs">
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t("pk.form.level")}
            allowDeselect={false}
            value={level}
            onChange={(v) => v && setLevel(v as Level)}
            data={[
              { value: "kepala-opd", label: "Kepala Perangkat Daerah" },
              { value: "eselon-iii", label: "Eselon III" },
              { value: "eselon-iv", label: "Eselon IV" },
            ]}
          />
          <SegmentedControl
            mt="lg"
            value={jenis}
            onChange={(v) => setJenis(v as "awal" | "perubahan")}
            data={[
              { value: "awal", label: t("pk.form.awal") },
              { value: "perubahan", label: t("pk.form.perubahan") },
            ]}
          />
          <TextInput
            label={t("pk.form.kode")}
            placeholder={kodePk}
            value={kode}
            onChange={(e) => setKode(e.currentTarget.value)}
          />
          <Select
            label={t("pk.form.pihak1")}
            searchable
            data={opsiPejabat}
            value={pihak1}
            onChange={setPihak1}
            error={b.pihak1}
          />
          <Select
            label={t("pk.form.pihak2")}
            searchable
            data={opsiPejabat}
            value={pihak2}
            onChange={setPihak2}
            error={b.pihak2}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t("pk.form.tempat")}
              value={tempat}
              error={b.tempat}
              onChange={(e) => setTempat(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t("pk.form.tanggal")}
              value={tanggal}
              error={b.tanggal}
              onChange={(e) => setTanggal(e.currentTarget.value)}
            />
          </Group>
        </SimpleGrid>
        <Title order={5}>{t("pk.form.kinerja")}</Title>
        {kinerja.map((k, i) => (
          <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
            <Text mt={8} w={20}>
              {i + 1}.
            </Text>
            <Stack gap={4} style={{ flex: 1 }}>
              <Select
                size="xs"
                placeholder={t("pk.form.pilihIndikator")}
                clearable
                searchable
                value={k.indikatorKode}
                data={indikator.map((x) => ({ value: x.kode, label: `${x.kode} — ${x.nama}` }))}
                onChange={(v) => {
                  const x = indikator.find((y) => y.kode === v);
                  ubahK(
                    i,
                    x
                      ? {
                          indikatorKode: x.kode,
                          sasaran: x.sasaran,
                          indikator: x.nama,
                          satuan: x.satuan,
                          target: x.target ?? "",
                        }
                      : { indikatorKode: null },
                  );
                }}
              />
              <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
                <TextInput
                  size="xs"
                  label={t("kinerja.sasaran")}
                  value={k.sasaran}
                  error={b[`k${i}.sasaran`]}
                  onChange={(e) => ubahK(i, { sasaran: e.currentTarget.value })}
                />
                <TextInput
                  size="xs"
                  label={t("kinerja.indikator")}
                  value={k.indikator}
                  error={b[`k${i}.indikator`]}
                  onChange={(e) => ubahK(i, { indikator: e.currentTarget.value })}
                />
                <TextInput
                  size="xs"
                  label={t("kinerja.satuan")}
                  value={k.satuan}
                  error={b[`k${i}.satuan`]}
                  onChange={(e) => ubahK(i, { satuan: e.currentTarget.value })}
                />
                <TextInput
                  size="xs"
                  label={t("kinerja.target")}
                  placeholder="85,00"
                  value={k.target}
                  onChange={(e) => ubahK(i, { target: e.currentTarget.value })}
                />
              </SimpleGrid>
            </Stack>
            <ActionIcon
              mt={4}
              variant="subtle"
              color="red"
              aria-label={t("kinerja.hapus")}
              onClick={() => setKinerja(kinerja.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button size="xs" variant="light" onClick={() => setKinerja([...kinerja, barisK()])}>
          {t("pk.form.tambahBaris")}
        </Button>
        <Title order={5}>{t("pk.form.anggaran")}</Title>
        {anggaran.map((a, i) => (
          <Group key={i} align="flex-start" wrap="nowrap" gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs" style={{ flex: 1 }}>
              <Select
                size="xs"
                label={t("pk.form.tingkat")}
                allowDeselect={false}
                value={a.tingkat}
                onChange={(v) => v && ubahA(i, { tingkat: v as BarisA["tingkat"] })}
                data={[
                  { value: "program", label: "Program" },
                  { value: "kegiatan", label: "Kegiatan" },
                  { value: "sub-kegiatan", label: "Sub Kegiatan" },
                ]}
              />
              <TextInput
                size="xs"
                label={t("pk.form.uraian")}
                value={a.uraian}
                error={b[`a${i}.uraian`]}
                onChange={(e) => ubahA(i, { uraian: e.currentTarget.value })}
              />
              <TextInput
                size="xs"
                label={t("pk.form.kodeDppa")}
                value={a.kodeDppa}
                onChange={(e) => ubahA(i, { kodeDppa: e.currentTarget.value })}
              />
              <TextInput
                size="xs"
                label={t("pk.form.rupiah")}
                inputMode="decimal"
                placeholder="2.650.313.819,00"
                value={a.anggaran}
                error={b[`a${i}.anggaran`]}
                onChange={(e) => ubahA(i, { anggaran: e.currentTarget.value })}
              />
              <TextInput
                size="xs"
                label={t("pk.form.keterangan")}
                value={a.keterangan}
                onChange={(e) => ubahA(i, { keterangan: e.currentTarget.value })}
              />
            </SimpleGrid>
            <ActionIcon
              mt={22}
              variant="subtle"
              color="red"
              aria-label={t("kinerja.hapus")}
              onClick={() => setAnggaran(anggaran.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button size="xs" variant="light" onClick={() => setAnggaran([...anggaran, barisA()])}>
          {t("pk.form.tambahAnggaran")}
        </Button>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.tutup}>
            {t("batal")}
          </Button>
          <Button loading={sibuk} onClick={() => void simpan()}>
            {t("simpan")}
          </Button>
        </Group>
      </Stack>
    </Drawer>
  );
}
