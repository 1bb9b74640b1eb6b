import { Alert, Button, Group, Loader, Modal, Stack, Table } from "@mantine/core";
import { IconPencil, IconPlus } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { jawab, jawabVersi, klien, konflikVersi, syaratHeader } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { AKAR_UNIT, BarisUnit } from "./BarisUnit";
import { type JalurOpd, useBolehUbahOpd } from "./boleh-ubah";
import { galatBaris } from "./galat-baris";
import {
  bodyUnit,
  type JenisUnit,
  keturunan,
  SEMENTARA,
  type UnitMasukan,
  unitDatar,
  urutPohon,
} from "./profil-masukan";

let nomorBaru = 0;

/** Jenis suggested for a new unit under `induk` (Sekretariat → Subbagian, Camat/Kepala → Seksi). */
function jenisAnak(induk: UnitMasukan | undefined): JenisUnit {
  if (!induk) return "lainnya";
  if (induk.jenis === "sekretariat") return "subbagian";
  if (induk.jenis === "pimpinan") return "seksi";
  return "lainnya";
}

/** Edit button next to the organisation heading; hidden for users who may not edit this OPD's organisation. */
export function TombolUnitKerja(props: { jalur: JalurOpd; tersimpan(): void }) {
  const { t } = useI18n();
  const boleh = useBolehUbahOpd(props.jalur.opd);
  const [buka, setBuka] = useState(false);
  if (!boleh) return null;
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconPencil size={12} />}
        data-testid="tombol-ubah-unit"
        onClick={() => setBuka(true)}
      >
        {t("kinerja.ubah")}
      </Button>
      {buka && (
        <EditorUnitKerja
          jalur={props.jalur}
          tutup={(disimpan) => {
            setBuka(false);
            if (disimpan) props.tersimpan();
          }}
        />
      )}
    </>
  );
}

/**
 * The OPD's units as an editable tree (PUT …/unit-kerja, the whole set keyed by code): rename, change jenis, move
 * under another unit (not under itself or its own sub-units), add a sub-unit, remove a unit that has neither
 * pejabat nor sub-units. NOTE: the server deletes any unit left out and sets its pejabat's and indicators' unit to
 * empty, so the guard against removing a unit with pejabat is here.
 */
export function EditorUnitKerja(props: { jalur: JalurOpd; tutup(disimpan: boolean): void }) {
  const { t } = useI18n();
  const [units, setUnits] = useState<UnitMasukan[] | null>(null);
  const [pejabat, setPejabat] = useState<Map<string, number>>(new Map());
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [umum, setUmum] = useState<string | null>(null);
  const [kirim, setKirim] = useState(false);
  // the version of the profile read (ETag), sent back on save; a change by another user since offers a reload
  const [versi, setVersi] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const [muatKe, setMuatKe] = useState(0);
  const { pemda, opd } = props.jalur;
  useEffect(() => {
    jawabVersi(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/profil", { params: { path: { pemda, opd } } })).then(
      ({ data: p, versi: v }) => {
        setVersi(v);
        setUnits(unitDatar(p.unit));
        const n = new Map<string, number>();
        for (const x of p.pejabat) if (x.unitKode) n.set(x.unitKode, (n.get(x.unitKode) ?? 0) + 1);
        setPejabat(n);
      },
      (e: Error) => setUmum(e.message),
    );
  }, [pemda, opd, muatKe]);
  const pohon = useMemo(() => (units ? urutPohon(units) : []), [units]);
  if (!units) {
    return (
      <Modal opened onClose={() => props.tutup(false)} title={t("profil.unit.judul")} size="xl">
        {umum ? <Alert color="red">{umum}</Alert> : <Loader size="sm" />}
      </Modal>
    );
  }

  const ubah = (kode: string, set: Partial<UnitMasukan>) => {
    setUnits(units.map((u) => (u.kode === kode ? { ...u, ...set } : u)));
    setGalat(({ [kode]: _hapus, ...sisa }) => sisa);
  };
  const tambah = (indukKode: string | null) => {
    nomorBaru += 1;
    const induk = units.find((u) => u.kode === indukKode);
    setUnits([...units, { kode: `${SEMENTARA}${nomorBaru}`, nama: "", jenis: jenisAnak(induk), indukKode }]);
  };
  const hapus = (u: UnitMasukan) => {
    const anak = units.filter((x) => x.indukKode === u.kode).length;
    const jumlahPejabat = pejabat.get(u.kode) ?? 0;
    if (jumlahPejabat) return setGalat({ ...galat, [u.kode]: t("profil.unit.adaPejabat", { n: jumlahPejabat }) });
    if (anak) return setGalat({ ...galat, [u.kode]: t("profil.unit.adaAnak", { n: anak }) });
    setUnits(units.filter((x) => x.kode !== u.kode));
  };

  const simpan = async () => {
    const salah: Record<string, string> = {};
    for (const u of units) if (!u.nama.trim()) salah[u.kode] = t("profil.unit.namaWajib");
    setGalat(salah);
    setUmum(Object.keys(salah).length ? t("profil.periksaIsian") : null);
    if (Object.keys(salah).length) return;
    const { body, kodeEdit } = bodyUnit(units);
    setKirim(true);
    try {
      const r = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/unit-kerja", {
          params: { path: { pemda, opd } },
          body,
          headers: syaratHeader(versi ? { versi } : undefined),
        }),
      );
      props.tutup(Boolean(r.diubah));
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      const g = galatBaris(e);
      const perUnit: Record<string, string> = {};
      for (const [k, pesan] of Object.entries(g.sel)) {
        const kode = kodeEdit[Number(k.split(".")[0])];
        if (kode) perUnit[kode] = pesan;
      }
      setGalat(perUnit);
      setUmum(g.umum);
    } finally {
      setKirim(false);
    }
  };

  return (
    <Modal opened onClose={() => props.tutup(false)} title={t("profil.unit.judul")} size="80rem">
      <Stack>
        {umum && (
          <Alert color="red" data-testid="galat-unit">
            {umum}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={800}>
          <Table data-testid="editor-unit" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("profil.unit.nama")}</Table.Th>
                <Table.Th w={160}>{t("profil.unit.jenis")}</Table.Th>
                <Table.Th w={260}>{t("profil.unit.induk")}</Table.Th>
                <Table.Th w={80}>{t("profil.pejabat")}</Table.Th>
                <Table.Th w={80} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pohon.map((u, i) => {
                const larangan = keturunan(units, u.kode);
                const indukData = [
                  { value: AKAR_UNIT, label: t("profil.unit.akar") },
                  ...pohon
                    .filter((x) => !larangan.has(x.kode))
                    .map((x) => ({ value: x.kode, label: `${"· ".repeat(x.tingkat)}${x.nama || "…"}` })),
                ];
                return (
                  <BarisUnit
                    key={u.kode}
                    unit={u}
                    i={i}
                    indukData={indukData}
                    galat={galat[u.kode]}
                    jumlahPejabat={pejabat.get(u.kode) ?? 0}
                    ubah={(set) => ubah(u.kode, set)}
                    tambahAnak={() => tambah(u.kode)}
                    hapus={() => hapus(u)}
                  />
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between">
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => tambah(null)}>
            {t("profil.unit.tambahAkar")}
          </Button>
          <Group>
            <Button variant="default" onClick={() => props.tutup(false)}>
              {t("batal")}
            </Button>
            <Button onClick={() => void simpan()} loading={kirim} data-testid="simpan-unit">
              {t("simpan")}
            </Button>
          </Group>
        </Group>
      </Stack>
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          setMuatKe((n) => n + 1);
        }}
        tutup={() => setKonflik(false)}
      />
    </Modal>
  );
}
