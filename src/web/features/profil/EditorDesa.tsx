import { ActionIcon, Alert, Button, Group, Loader, Modal, Stack, Table, TextInput } from "@mantine/core";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useCallback, useEffect, useState } from "react";
import { jawab, jawabVersi, klien, konflikVersi, syaratHeader } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { DialogKonflik } from "../kinerja/DialogKonflik";
import { type JalurOpd, useBolehUbahOpd } from "./boleh-ubah";
import { type GalatBaris, galatBaris, kunciSel, TANPA_GALAT } from "./galat-baris";
import { BarisTotalDesa, KOLOM_DESA, SelDesa } from "./KolomDesa";
import { type DesaMasukan, desaMasukan, type TotalDesa, totalSementara } from "./profil-masukan";

type Baris = DesaMasukan & { kunci: string };
let urutan = 0;
const kunci = () => `d${(urutan += 1)}`;

/** Edit button next to the desa heading; hidden for users who may not edit this OPD's organisation. */
export function TombolDesa(props: { jalur: JalurOpd; tersimpan(): void }) {
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
        data-testid="tombol-ubah-desa"
        onClick={() => setBuka(true)}
      >
        {t("kinerja.ubah")}
      </Button>
      {buka && <EditorDesa jalur={props.jalur} tutup={() => setBuka(false)} tersimpan={props.tersimpan} />}
    </>
  );
}

/** Client check of the rows: nama wajib and unique (case-insensitive), as the server checks. */
function periksaDesa(rows: readonly Baris[], t: ReturnType<typeof useI18n>["t"]): Record<string, string> {
  const sel: Record<string, string> = {};
  const nama = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = r.nama.trim().toLowerCase();
    if (!k) sel[kunciSel("", i, "nama")] = t("profil.desa.namaWajib");
    else if (nama.has(k)) sel[kunciSel("", i, "nama")] = t("profil.desa.namaGanda", { nama: r.nama.trim() });
    else nama.set(k, i);
  });
  return sel;
}

/**
 * The desa table of Bab I with inline cell editing (PUT …/desa, the whole set keyed by desa name): numbers typed the
 * id-ID way (1.234 / 13,5), L+P computed and never typed, a live total while typing and, after saving, the total the
 * server computed (the source of truth). The server's message is shown at the row and cell it names.
 */
export function EditorDesa(props: { jalur: JalurOpd; tutup(): void; tersimpan(): void }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Baris[] | null>(null);
  const [server, setServer] = useState<TotalDesa | null>(null);
  const [galat, setGalat] = useState<GalatBaris>(TANPA_GALAT);
  const [hasil, setHasil] = useState<number | null>(null);
  const [kirim, setKirim] = useState(false);
  // the version of the profile read (ETag), sent back on save; a change by another user since offers a reload
  const [versi, setVersi] = useState<string | null>(null);
  const [konflik, setKonflik] = useState(false);
  const { pemda, opd } = props.jalur;
  const muat = useCallback(
    () =>
      jawabVersi(klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/profil", { params: { path: { pemda, opd } } })).then(
        ({ data: p, versi: v }) => {
          setVersi(v);
          setRows(p.desa.map((d) => ({ ...desaMasukan(d), kunci: kunci() })));
          setServer(p.totalDesa);
        },
        (e: Error) => setGalat({ umum: e.message, sel: {} }),
      ),
    [pemda, opd],
  );
  useEffect(() => {
    void muat();
  }, [muat]);

  const ubah = (i: number, set: Partial<DesaMasukan>) => {
    setRows((r) => r && r.map((x, j) => (j === i ? { ...x, ...set } : x)));
    setHasil(null);
  };
  const tambah = () => {
    if (!rows) return;
    const nomor = rows.reduce((m, r) => Math.max(m, r.nomor), 0) + 1;
    setRows([
      ...rows,
      {
        kunci: kunci(),
        nomor,
        nama: "",
        luasHa: null,
        dusun: null,
        kk: null,
        pendudukL: null,
        pendudukP: null,
        perkebunanHa: null,
        pertanianHa: null,
        perumahanHa: null,
        sumber: null,
      },
    ]);
  };
  const simpan = async () => {
    if (!rows) return;
    const sel = periksaDesa(rows, t);
    if (Object.keys(sel).length) {
      setGalat({ umum: t("profil.periksaIsian"), sel });
      return;
    }
    setGalat(TANPA_GALAT);
    setKirim(true);
    try {
      const r = await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/desa", {
          params: { path: { pemda, opd } },
          body: rows.map((x) => desaMasukan({ ...x, nama: x.nama.trim() })),
          headers: syaratHeader(versi ? { versi } : undefined),
        }),
      );
      setHasil(r.diubah);
      await muat();
      props.tersimpan();
    } catch (e) {
      if (konflikVersi(e)) return setKonflik(true);
      setGalat(galatBaris(e));
    } finally {
      setKirim(false);
    }
  };

  const g = (i: number, f?: string) => galat.sel[kunciSel("", i, f)];
  return (
    <Modal opened onClose={props.tutup} title={t("profil.desa.judul")} size="100%">
      <Stack>
        {galat.umum && (
          <Alert color="red" data-testid="galat-desa">
            {galat.umum}
          </Alert>
        )}
        {hasil !== null && (
          <Alert color="green" data-testid="desa-tersimpan">
            {hasil ? t("profil.tersimpanN", { n: hasil }) : t("profil.tidakBerubah")}
          </Alert>
        )}
        {!rows ? (
          !galat.umum && <Loader size="sm" />
        ) : (
          <Table.ScrollContainer minWidth={1200}>
            <Table withTableBorder withColumnBorders data-testid="editor-desa" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={50}>{t("kinerja.no")}</Table.Th>
                  <Table.Th miw={180}>{t("profil.desa")}</Table.Th>
                  {KOLOM_DESA.map((k) => (
                    <Table.Th key={k.f} miw={90}>
                      {t(k.label)}
                    </Table.Th>
                  ))}
                  <Table.Th w={40} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r, i) => (
                  <Table.Tr key={r.kunci} data-testid={`desa-${i}`} bg={g(i) ? "red.0" : undefined}>
                    <Table.Td>{r.nomor}</Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`${t("profil.desa")} ${i + 1}`}
                        data-testid={`desa-${i}-nama`}
                        value={r.nama}
                        error={g(i, "nama") ?? g(i)}
                        onChange={(e) => ubah(i, { nama: e.currentTarget.value })}
                      />
                    </Table.Td>
                    {KOLOM_DESA.map((k) => (
                      <Table.Td key={k.f} ta="right">
                        <SelDesa
                          kolom={k}
                          baris={r}
                          i={i}
                          label={t(k.label)}
                          galat={g(i, k.f)}
                          ubah={(set) => ubah(i, set)}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t("profil.desa.hapus")} ${r.nama || i + 1}`}
                        data-testid={`desa-${i}-hapus`}
                        onClick={() => setRows(rows.filter((_, j) => j !== i))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
                <BarisTotalDesa
                  total={totalSementara(rows)}
                  label={t("profil.desa.sementara")}
                  testId="desa-jumlah-sementara"
                  redup
                />
                {server && (
                  <BarisTotalDesa total={server} label={t("profil.desa.server")} testId="desa-jumlah-server" />
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="space-between">
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={tambah} disabled={!rows}>
            {t("profil.desa.tambah")}
          </Button>
          <Group>
            <Button variant="default" onClick={props.tutup}>
              {t("profil.tutup")}
            </Button>
            <Button onClick={() => void simpan()} loading={kirim} disabled={!rows} data-testid="simpan-desa">
              {t("simpan")}
            </Button>
          </Group>
        </Group>
      </Stack>
      <DialogKonflik
        opened={konflik}
        muatUlang={() => {
          setKonflik(false);
          void muat();
        }}
        tutup={() => setKonflik(false)}
      />
    </Modal>
  );
}
