import { Alert, Button, Checkbox, Drawer, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { jawab, klien, konflikVersi, syaratHeader, type SyaratTulis } from "../../api/client";
import { kunci, opdDariApi } from "../../api/kueri";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import type { IndikatorRenstra } from "./tipe";

/** An indicator as the planning read model gives it (GET …/perencanaan/{tahun}). */
/** The indicator the form starts from, as the plan lists it. */
export type IndikatorAwal = IndikatorRenstra;

type SimpulUnit = Skema<"SimpulUnit">;
type Masukan = Skema<"IndikatorInput">;
const POLARITAS = ["positif", "negatif"] as const satisfies ReadonlyArray<Masukan["polaritas"]>;
const RUMUS = ["2t-r", "t/r"] as const satisfies ReadonlyArray<NonNullable<Masukan["rumusNegatif"]>>;
const SUMBER = ["manual", "skm", "akip"] as const satisfies ReadonlyArray<Masukan["sumberRealisasi"]>;
/** The chosen value of a Select when it is one of the allowed ones (the Select gives a plain string). */
const salahSatu = <T extends string>(daftar: readonly T[], v: string | null): T | undefined =>
  daftar.find((x) => x === v);

const ratakan = (u: SimpulUnit[]): SimpulUnit[] => u.flatMap((x) => [x, ...ratakan(x.anak)]);
const KOSONG: GalatForm = { umum: null, bidang: {} };
const WAJIB = "wajib diisi";

/**
 * Adds or edits one indicator of a Renstra sasaran with its target per year of the period (targets written as in
 * the document: "85,00", "80-90", "BB (75,00)"; empty = no target). Saves the whole indicator
 * (PUT …/indikator-renstra/{kode}); the server checks every target and answers per field.
 */
export function FormIndikator(props: {
  api: string;
  renstraTahunAwal: number;
  tahunPeriode: number[];
  sasaranKode: string;
  awal: IndikatorAwal | null;
  tutup(): void;
  tersimpan(): void;
}) {
  const { t } = useI18n();
  const a = props.awal;
  const [kode, setKode] = useState(a?.kode ?? "");
  const [nama, setNama] = useState(a?.nama ?? "");
  const [iku, setIku] = useState(a?.iku ?? true);
  const [definisi, setDefinisi] = useState(a?.definisiOperasional ?? "");
  const [formula, setFormula] = useState(a?.formula ?? "");
  const [satuan, setSatuan] = useState(a?.satuan ?? "");
  const [polaritas, setPolaritas] = useState<Masukan["polaritas"]>(a?.polaritas ?? "positif");
  const [rumus, setRumus] = useState<NonNullable<Masukan["rumusNegatif"]>>(a?.rumusNegatif ?? "2t-r");
  const [sumberData, setSumberData] = useState(a?.sumberData ?? "");
  const [sumberRealisasi, setSumberRealisasi] = useState<Masukan["sumberRealisasi"]>(a?.sumberRealisasi ?? "manual");
  // the unit chosen here; until then the indicator's own unit (the plan names it, the save sends its kode)
  const [unitDipilih, setUnitDipilih] = useState<{ kode: string | null } | null>(null);
  const [target, setTarget] = useState<Record<number, string>>(() =>
    Object.fromEntries((a?.target ?? []).map((x) => [x.tahun, x.target ?? ""])),
  );
  const [galat, setGalat] = useState<GalatForm>(KOSONG);
  const [sibuk, setSibuk] = useState(false);
  // a change by another user since the plan was read is refused (409) and offers a reload (ADR 0016)
  const [konflik, setKonflik] = useState(false);

  const o = opdDariApi(props.api);
  const qProfil = useQuery({
    queryKey: kunci.profil(o),
    queryFn: () => jawab(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/profil", { params: { path: o } })),
  });
  // without the profile (not readable) the unit list stays empty, as before
  const unit = useMemo(() => ratakan(qProfil.data?.unit ?? []), [qProfil.data]);
  const unitKode = unitDipilih
    ? unitDipilih.kode
    : a?.unit
      ? (unit.find((u) => u.nama === a.unit)?.kode ?? null)
      : null;
  const setUnitKode = (kode: string | null) => setUnitDipilih({ kode });

  const simpan = async () => {
    const bidang: Record<string, string> = {};
    if (!kode.trim()) bidang.kode = `Kode indikator ${WAJIB}`;
    if (!nama.trim()) bidang.nama = `Nama indikator ${WAJIB}`;
    if (!satuan.trim()) bidang.satuan = `Satuan ${WAJIB}`;
    setGalat({ umum: null, bidang });
    if (Object.keys(bidang).length) return;
    setSibuk(true);
    try {
      const lama = new Map((a?.target ?? []).map((x) => [x.tahun, x.sumber]));
      // the indicator as read, or "must not exist yet" for a new one; a renamed code saves without a precondition
      const syarat: SyaratTulis | undefined = !a
        ? { baru: true }
        : a.versi && a.kode === kode.trim()
          ? { versi: a.versi }
          : undefined;
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/indikator-renstra/{kode}", {
          params: { path: { ...o, kode: kode.trim() } },
          headers: syaratHeader(syarat),
          body: {
            renstraTahunAwal: props.renstraTahunAwal,
            sasaranKode: props.sasaranKode,
            nama: nama.trim(),
            iku,
            definisiOperasional: definisi,
            formula,
            satuan: satuan.trim(),
            polaritas,
            ...(polaritas === "negatif" ? { rumusNegatif: rumus } : {}),
            sumberData,
            unitKode,
            sumberRealisasi,
            target: Object.fromEntries(
              props.tahunPeriode
                .filter((th) => (target[th] ?? "").trim() !== "")
                .map((th) => [String(th), { teks: target[th]!.trim(), sumber: lama.get(th) ?? null }]),
            ),
          },
        }),
      );
      props.tersimpan();
      props.tutup();
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      const kunci = ["kode", "nama", "satuan", "sasaranKode", ...props.tahunPeriode.map(String)];
      setGalat(galatDariServer(e, kunci, (k) => (/^\d{4}$/.test(k) ? `target ${k}` : `: ${k} `)));
    } finally {
      setSibuk(false);
    }
  };
  const b = galat.bidang;
  return (
    <Drawer
      opened
      onClose={props.tutup}
      position="right"
      size="lg"
      title={t(a ? "rencana.form.ubah" : "rencana.form.tambah")}
    >
      <Stack gap="xs">
        {galat.umum && <Alert color="red">{galat.umum}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("rencana.form.kode")}
            value={kode}
            disabled={Boolean(a)}
            error={b.kode}
            onChange={(e) => setKode(e.currentTarget.value)}
          />
          <Checkbox mt="xl" label={t("rencana.iku")} checked={iku} onChange={(e) => setIku(e.currentTarget.checked)} />
        </SimpleGrid>
        <Textarea
          label={t("kinerja.indikator")}
          autosize
          value={nama}
          error={b.nama}
          onChange={(e) => setNama(e.currentTarget.value)}
        />
        <Textarea
          label={t("rencana.form.definisi")}
          autosize
          value={definisi}
          onChange={(e) => setDefinisi(e.currentTarget.value)}
        />
        <TextInput
          label={t("rencana.form.formula")}
          value={formula}
          onChange={(e) => setFormula(e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("kinerja.satuan")}
            value={satuan}
            error={b.satuan}
            onChange={(e) => setSatuan(e.currentTarget.value)}
          />
          <Select
            label={t("rencana.form.polaritas")}
            allowDeselect={false}
            value={polaritas}
            onChange={(v) => setPolaritas(salahSatu(POLARITAS, v) ?? polaritas)}
            data={[
              { value: "positif", label: t("rencana.form.positif") },
              { value: "negatif", label: t("rencana.form.negatif") },
            ]}
          />
          <Select
            label={t("rencana.form.rumus")}
            allowDeselect={false}
            disabled={polaritas !== "negatif"}
            value={polaritas === "negatif" ? rumus : "r/t"}
            onChange={(v) => setRumus(salahSatu(RUMUS, v) ?? rumus)}
            data={[
              { value: "r/t", label: "R / T × 100%", disabled: true },
              { value: "2t-r", label: "(2T − R) / T × 100%" },
              { value: "t/r", label: "T / R × 100%" },
            ]}
          />
          <Select
            label={t("rencana.form.sumberRealisasi")}
            allowDeselect={false}
            value={sumberRealisasi}
            onChange={(v) => setSumberRealisasi(salahSatu(SUMBER, v) ?? sumberRealisasi)}
            data={[
              { value: "manual", label: t("rencana.form.manual") },
              { value: "skm", label: t("kinerja.asal.skm") },
              { value: "akip", label: t("rencana.form.akip") },
            ]}
          />
          <TextInput
            label={t("rencana.form.sumberData")}
            value={sumberData}
            onChange={(e) => setSumberData(e.currentTarget.value)}
          />
          <Select
            label={t("rencana.form.unit")}
            clearable
            searchable
            value={unitKode}
            onChange={setUnitKode}
            data={unit.map((u) => ({ value: u.kode, label: u.nama }))}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 3 }}>
          {props.tahunPeriode.map((th) => (
            <TextInput
              key={th}
              label={`${t("kinerja.target")} ${th}`}
              placeholder="85,00"
              value={target[th] ?? ""}
              error={b[String(th)]}
              onChange={(e) => setTarget({ ...target, [th]: e.currentTarget.value })}
            />
          ))}
        </SimpleGrid>
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
          props.tersimpan();
          props.tutup();
        }}
        tutup={() => setKonflik(false)}
      />
    </Drawer>
  );
}
