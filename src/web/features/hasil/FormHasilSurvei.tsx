import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader, type SyaratTulis } from "../../api/client";
import { KODE_UNSUR } from "../../../domain/ikm/unsur";
import { useI18n } from "../../i18n/i18n";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { nilaiTertautServer, type RealisasiTertaut } from "./baca-tertaut";
import { type GalatForm, galatDariServer, periksaAngka } from "./galat-form";
import {
  type Berversi,
  bacaSurvei,
  daftarSurvei,
  jalurOpd,
  keIsian,
  type SurveiRingkas,
  type SurveiTersimpan,
} from "./hasil-tersimpan";
import { HasilIkm, IsianUnsur, PilihSurvei } from "./IsianSurvei";
import { RingkasanSurvei } from "./RingkasanTersimpan";

type Jenis = SurveiTersimpan["masukan"]["jenisMasukan"];
const JENIS: readonly Jenis[] = ["jumlah", "nrr"];
const KOSONG: GalatForm = { umum: null, bidang: {} };

/**
 * Enters one survey result (SKM) of an OPD: period, respondents and Σ or NRR per unsur u1..u9 (id-ID numbers,
 * "80,50"). A stored result (picked from the list, or the one of the page's year) pre-fills the form with the values
 * the server computed from it; after saving, shows the IKM the server computed for the year (realisasi of the IKM
 * indicator).
 */
export function FormHasilSurvei(props: {
  api: string;
  tahun: number;
  opened: boolean;
  tutup(): void;
  tersimpan(): void;
}) {
  const { t } = useI18n();
  const [tahun, setTahun] = useState<number>(props.tahun);
  const [kode, setKode] = useState(`SKM-${props.tahun}`);
  const [mulai, setMulai] = useState(`${props.tahun}-01-01`);
  const [selesai, setSelesai] = useState(`${props.tahun}-12-31`);
  const [responden, setResponden] = useState<number | string>("");
  const [jenis, setJenis] = useState<Jenis>("jumlah");
  const [nilai, setNilai] = useState<Record<string, string>>({});
  const [galat, setGalat] = useState<GalatForm>(KOSONG);
  const [hasil, setHasil] = useState<RealisasiTertaut | "tersimpan" | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const [daftar, setDaftar] = useState<SurveiRingkas[]>([]);
  const [tersimpan, setTersimpan] = useState<Berversi<SurveiTersimpan> | null>(null);
  const [konflik, setKonflik] = useState(false);

  /** Reads the stored result `k` into the form; clears the computed panel when nothing is stored under `k`. */
  const muatKode = useCallback(
    async (k: string) => {
      const d = k.trim() ? await bacaSurvei(props.api, k.trim()).catch(() => null) : null;
      setTersimpan(d);
      if (!d) return;
      const m = d.masukan;
      setKode(d.kode);
      setTahun(m.tahun);
      setMulai(m.periodeMulai);
      setSelesai(m.periodeSelesai);
      setResponden(m.responden ?? "");
      setJenis(m.jenisMasukan);
      setNilai(Object.fromEntries(KODE_UNSUR.map((u) => [u, keIsian(m.nilai[u] ?? "")])));
      setGalat(KOSONG);
    },
    [props.api],
  );

  useEffect(() => {
    let batal = false;
    daftarSurvei(props.api).then(
      (d) => {
        if (batal) return;
        setDaftar(d);
        const awal = d.find((x) => x.kode === `SKM-${props.tahun}`) ?? d.findLast((x) => x.tahun === props.tahun);
        if (awal) void muatKode(awal.kode);
      },
      () => setDaftar([]),
    );
    return () => {
      batal = true;
    };
  }, [props.api, props.tahun, muatKode]);

  const kosongkan = () => {
    setKode(`SKM-${props.tahun}`);
    setTahun(props.tahun);
    setMulai(`${props.tahun}-01-01`);
    setSelesai(`${props.tahun}-12-31`);
    setResponden("");
    setJenis("jumlah");
    setNilai({});
    setTersimpan(null);
    setGalat(KOSONG);
    setHasil(null);
  };

  const periksa = (): GalatForm => {
    const bidang: Record<string, string> = {};
    if (!kode.trim()) bidang.kode = t("hasil.survei.v.kode");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(mulai)) bidang.mulai = t("hasil.survei.v.mulai");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(selesai)) bidang.selesai = t("hasil.survei.v.selesai");
    else if (mulai && selesai < mulai) bidang.selesai = t("hasil.survei.v.urutan");
    if (jenis === "jumlah" && (typeof responden !== "number" || responden < 1))
      bidang.responden = t("hasil.survei.v.responden");
    for (const k of KODE_UNSUR) {
      const teks = (nilai[k] ?? "").trim();
      const label = t(jenis === "jumlah" ? "hasil.survei.v.labelJumlah" : "hasil.survei.v.labelNrr", { unsur: k });
      if (periksaAngka(teks, label))
        bidang[k] = teks ? t("form.bukanAngka", { label, teks }) : t("form.wajib", { label });
    }
    return { umum: null, bidang };
  };

  /**
   * The precondition of the save (ADR 0016): the version of the result the form was filled from, or "must not exist
   * yet" for a code not in the list; a code listed but not loaded is saved without one (as before).
   */
  const syarat = (): SyaratTulis | undefined => {
    const k = kode.trim();
    if (tersimpan?.kode === k) return { versi: tersimpan.versi };
    return daftar.some((x) => x.kode === k) ? undefined : { baru: true };
  };

  const simpan = async () => {
    const g = periksa();
    setGalat(g);
    setHasil(null);
    if (Object.keys(g.bidang).length) return;
    setSibuk(true);
    try {
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/hasil-survei/{kode}", {
          params: { path: { ...jalurOpd(props.api), kode: kode.trim() } },
          body: {
            tahun,
            periodeMulai: mulai,
            periodeSelesai: selesai,
            responden: typeof responden === "number" ? responden : null,
            jenisMasukan: jenis,
            nilai: Object.fromEntries(KODE_UNSUR.map((k) => [k, (nilai[k] ?? "").trim()])),
          },
          headers: syaratHeader(syarat()),
        }),
      );
      props.tersimpan();
      setHasil((await nilaiTertautServer(props.api, tahun, "skm")) ?? "tersimpan");
      setTersimpan(await bacaSurvei(props.api, kode.trim()));
      setDaftar(await daftarSurvei(props.api));
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      setGalat(
        galatDariServer(e, [...KODE_UNSUR, "responden", "periodeMulai", "periodeSelesai"], (k) =>
          k.startsWith("u") ? `unsur ${k}` : k,
        ),
      );
    } finally {
      setSibuk(false);
    }
  };
  const b = galat.bidang;
  return (
    <Modal opened={props.opened} onClose={props.tutup} title={t("hasil.survei.judul")} size="lg">
      <Stack gap="xs">
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        <PilihSurvei
          daftar={daftar}
          dipilih={tersimpan && daftar.some((x) => x.kode === tersimpan.kode) ? tersimpan.kode : null}
          pilih={(v) => (v ? void muatKode(v) : kosongkan())}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("hasil.survei.kode")}
            value={kode}
            error={b.kode}
            data-testid="kode-survei"
            onChange={(e) => setKode(e.currentTarget.value)}
            onBlur={() => {
              if (daftar.some((x) => x.kode === kode.trim())) void muatKode(kode);
              else setTersimpan(null);
            }}
          />
          <NumberInput
            label={t("kinerja.tahun")}
            value={tahun}
            min={2000}
            max={2100}
            allowDecimal={false}
            onChange={(v) => typeof v === "number" && setTahun(v)}
          />
          <TextInput
            type="date"
            label={t("hasil.survei.mulai")}
            value={mulai}
            error={b.mulai ?? b.periodeMulai}
            onChange={(e) => setMulai(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t("hasil.survei.selesai")}
            value={selesai}
            error={b.selesai ?? b.periodeSelesai}
            onChange={(e) => setSelesai(e.currentTarget.value)}
          />
          <NumberInput
            label={t("hasil.survei.responden")}
            value={responden}
            min={1}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            error={b.responden}
            onChange={setResponden}
          />
          <SegmentedControl
            mt="lg"
            value={jenis}
            onChange={(v) => setJenis(JENIS.find((j) => j === v) ?? "jumlah")}
            data={[
              { value: "jumlah", label: t("hasil.survei.jumlah") },
              { value: "nrr", label: t("hasil.survei.nrr") },
            ]}
          />
        </SimpleGrid>
        <IsianUnsur jenis={jenis} nilai={nilai} galat={b} ubah={setNilai} />
        {tersimpan && <RingkasanSurvei data={tersimpan} />}
        {hasil && <HasilIkm hasil={hasil} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.tutup}>
            {t("batal")}
          </Button>
          <Button loading={sibuk} onClick={() => void simpan()}>
            {t("simpan")}
          </Button>
        </Group>
      </Stack>
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          void muatKode(kode);
          daftarSurvei(props.api).then(setDaftar, () => undefined);
        }}
        tutup={() => setKonflik(false)}
      />
    </Modal>
  );
}
