import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader } from "../../api/client";
import { kerangkaDariKunci } from "../../../domain/akip/kerangka";
import { useI18n } from "../../i18n/i18n";
import { nilaiTertautServer, type RealisasiTertaut } from "./baca-tertaut";
import { type GalatForm, galatDariServer, periksaAngka } from "./galat-form";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import {
  type AkipRingkas,
  type AkipTersimpan,
  bacaAkip,
  type Berversi,
  daftarAkip,
  jalurOpd,
  keIsian,
} from "./hasil-tersimpan";
import { RingkasanAkip } from "./RingkasanTersimpan";

const KOSONG: GalatForm = { umum: null, bidang: {} };
const KERANGKA = ["88/2021", "12/2015"] as const;
type JenisAkip = AkipTersimpan["masukan"]["jenis"];
const JENIS: readonly JenisAkip[] = ["hasil", "target"];

/**
 * Enters an evaluasi AKIP result of an OPD: year, framework (Permenpan RB 88/2021 or 12/2015) and the score of each
 * komponen (points, 0–bobot, id-ID "22,02"). After saving, shows the total and predikat the server computed
 * (realisasi of the Nilai AKIP indicator of that year). When a result is stored for the chosen year (and jenis), the
 * form is pre-filled with it and shows the total and predikat the server computed; a picker lists the stored ones.
 */
export function FormHasilAkip(props: {
  api: string;
  tahun: number;
  opened: boolean;
  tutup(): void;
  tersimpan(): void;
}) {
  const { t } = useI18n();
  const [tahun, setTahun] = useState<number>(props.tahun);
  const [jenis, setJenis] = useState<JenisAkip>("hasil");
  const [kerangka, setKerangka] = useState<string>("88/2021");
  const [nilai, setNilai] = useState<Record<string, string>>({});
  const [galat, setGalat] = useState<GalatForm>(KOSONG);
  const [hasil, setHasil] = useState<RealisasiTertaut | "tersimpan" | null>(null);
  const [sibuk, setSibuk] = useState(false);
  const [daftar, setDaftar] = useState<AkipRingkas[]>([]);
  const [tersimpan, setTersimpan] = useState<Berversi<AkipTersimpan> | null>(null);
  // a change by another user since the result was read is refused (409) and offers a reload (ADR 0016)
  const [konflik, setKonflik] = useState(false);
  const [muatKe, setMuatKe] = useState(0);
  /** The values on screen came from the server (so a year without a stored result starts empty again). */
  const dariServer = useRef(false);
  const komponen = kerangkaDariKunci(kerangka).value.komponen;

  useEffect(() => {
    daftarAkip(props.api).then(setDaftar, () => setDaftar([]));
  }, [props.api]);

  useEffect(() => {
    let batal = false;
    bacaAkip(props.api, tahun, jenis).then(
      (d) => {
        if (batal) return;
        setTersimpan(d);
        if (d) {
          setKerangka(d.masukan.kerangka);
          setNilai(Object.fromEntries(Object.entries(d.masukan.komponen).map(([k, v]) => [k, keIsian(v)])));
          setGalat(KOSONG);
          dariServer.current = true;
        } else if (dariServer.current) {
          setNilai({});
          dariServer.current = false;
        }
      },
      () => !batal && setTersimpan(null),
    );
    return () => {
      batal = true;
    };
  }, [props.api, tahun, jenis, muatKe]);

  const simpan = async () => {
    const bidang: Record<string, string> = {};
    for (const k of komponen) {
      const teks = (nilai[k.kunci] ?? "").trim();
      const label = t("hasil.akip.v.labelKomponen", { nama: k.nama });
      if (periksaAngka(teks, label))
        bidang[k.kunci] = teks ? t("form.bukanAngka", { label, teks }) : t("form.wajib", { label });
    }
    setGalat({ umum: null, bidang });
    setHasil(null);
    if (Object.keys(bidang).length) return;
    setSibuk(true);
    try {
      // the version of the result on screen (read for this year and jenis), or "must not exist yet" (ADR 0016)
      const syarat =
        tersimpan && tersimpan.tahun === tahun && tersimpan.masukan.jenis === jenis
          ? { versi: tersimpan.versi }
          : { baru: true as const };
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/hasil-akip/{tahun}", {
          params: { path: { ...jalurOpd(props.api), tahun } },
          body: {
            jenis,
            kerangka,
            komponen: Object.fromEntries(komponen.map((k) => [k.kunci, (nilai[k.kunci] ?? "").trim()])),
          },
          headers: syaratHeader(syarat),
        }),
      );
      props.tersimpan();
      setHasil(jenis === "hasil" ? ((await nilaiTertautServer(props.api, tahun, "akip")) ?? "tersimpan") : "tersimpan");
      setTersimpan(await bacaAkip(props.api, tahun, jenis));
      dariServer.current = true;
      setDaftar(await daftarAkip(props.api));
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      setGalat(
        galatDariServer(
          e,
          komponen.map((k) => k.kunci),
          (k) => `komponen ${k}`,
        ),
      );
    } finally {
      setSibuk(false);
    }
  };
  return (
    <Modal opened={props.opened} onClose={props.tutup} title={t("hasil.akip.judul")} size="lg">
      <Stack gap="xs">
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        {daftar.length > 0 && (
          <Select
            label={t("hasil.pilih")}
            placeholder={t("hasil.pilihBaru")}
            data-testid="pilih-hasil-akip"
            data={daftar.map((x) => ({
              value: `${x.tahun}:${x.jenis}`,
              label: t("hasil.akip.opsi", {
                tahun: x.tahun,
                jenis: t(x.jenis === "hasil" ? "hasil.akip.hasil" : "hasil.akip.target"),
                nilai: x.total.tampil,
                predikat: x.predikat,
                kerangka: x.kerangka,
              }),
            }))}
            value={tersimpan ? `${tersimpan.tahun}:${tersimpan.masukan.jenis}` : null}
            onChange={(v) => {
              if (!v) return;
              const [th, j] = v.split(":");
              setTahun(Number(th));
              setJenis(j === "target" ? "target" : "hasil");
            }}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t("kinerja.tahun")}
            value={tahun}
            min={2000}
            max={2100}
            allowDecimal={false}
            onChange={(v) => typeof v === "number" && setTahun(v)}
          />
          <Select
            label={t("hasil.akip.kerangka")}
            data={KERANGKA.map((k) => ({ value: k, label: `Permenpan RB ${k}` }))}
            value={kerangka}
            allowDeselect={false}
            onChange={(v) => v && setKerangka(v)}
          />
          <SegmentedControl
            mt="lg"
            value={jenis}
            onChange={(v) => setJenis(JENIS.find((j) => j === v) ?? "hasil")}
            data={[
              { value: "hasil", label: t("hasil.akip.hasil") },
              { value: "target", label: t("hasil.akip.target") },
            ]}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {komponen.map((k) => (
            <TextInput
              key={k.kunci}
              label={`${k.nama} (bobot ${k.bobot.replace(".", ",")})`}
              inputMode="decimal"
              placeholder="22,02"
              value={nilai[k.kunci] ?? ""}
              error={galat.bidang[k.kunci]}
              data-testid={`komponen-${k.kunci}`}
              onChange={(e) => setNilai({ ...nilai, [k.kunci]: e.currentTarget.value })}
            />
          ))}
        </SimpleGrid>
        {tersimpan && <RingkasanAkip data={tersimpan} />}
        {hasil && (
          <Alert color="green" data-testid="akip-hasil">
            {hasil === "tersimpan" ? (
              t("kinerja.tersimpan")
            ) : (
              <>
                <Text fw={700}>{t("hasil.akip.total", { nilai: hasil.tampil, predikat: hasil.huruf ?? "—" })}</Text>
                <Text size="sm">{hasil.keterangan}</Text>
              </>
            )}
          </Alert>
        )}
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
          setMuatKe((n) => n + 1);
          daftarAkip(props.api).then(setDaftar, () => undefined);
        }}
        tutup={() => setKonflik(false)}
      />
    </Modal>
  );
}
