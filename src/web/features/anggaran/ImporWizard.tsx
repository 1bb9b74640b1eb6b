import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Stepper,
  Table,
  Text,
} from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { ApiError, sendBody } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type HasilImpor, type Pratinjau, rupiah } from "./tipe";

const WARNA_AKSI = { buat: "green", ubah: "yellow", hapus: "red" } as const;

/**
 * Import wizard: upload → preview (changes against what is stored, reconciliation findings) → confirm. The confirm
 * sends the same file with the preview's hashes, so the server applies exactly what was previewed.
 */
export function ImporWizard(props: {
  opened: boolean;
  onClose(): void;
  api: string;
  tahun: number;
  onSelesai(): void;
}) {
  const { t } = useI18n();
  const [langkah, setLangkah] = useState(0);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [format, setFormat] = useState("auto");
  const [bulan, setBulan] = useState<string | null>(null);
  const [pratinjau, setPratinjau] = useState<Pratinjau | null>(null);
  const [hasil, setHasil] = useState<HasilImpor | null>(null);
  const [galat, setGalat] = useState<{ judul: string; isi: string[] } | null>(null);
  const [sibuk, setSibuk] = useState(false);

  const tutup = () => {
    setLangkah(0);
    setBerkas(null);
    setPratinjau(null);
    setHasil(null);
    setGalat(null);
    props.onClose();
  };

  const kirim = async <T,>(
    jenis: "pratinjau" | "konfirmasi",
    extra: Record<string, string> = {},
  ): Promise<T | null> => {
    if (!berkas) return null;
    const form = new FormData();
    form.append("berkas", berkas);
    form.append("format", format);
    if (bulan) form.append("bulan", bulan);
    for (const [k, v] of Object.entries(extra)) form.append(k, v);
    setSibuk(true);
    setGalat(null);
    try {
      return await sendBody<T>("POST", `${props.api}/anggaran/${props.tahun}/impor/${jenis}`, form);
    } catch (e) {
      const err = e instanceof ApiError ? e : null;
      setGalat({
        judul: err?.title || String(e),
        isi: err?.errors.length ? err.errors.map((x) => x.message) : [err?.detail ?? ""],
      });
      return null;
    } finally {
      setSibuk(false);
    }
  };

  const lihat = async () => {
    const p = await kirim<Pratinjau>("pratinjau");
    if (p) {
      setPratinjau(p);
      setLangkah(1);
    }
  };
  const konfirmasi = async () => {
    if (!pratinjau) return;
    const h = await kirim<HasilImpor>("konfirmasi", {
      hashBerkas: pratinjau.berkas.hash,
      hashDasar: pratinjau.hashDasar,
    });
    if (h) {
      setHasil(h);
      setLangkah(2);
      props.onSelesai();
    }
  };

  return (
    <Modal opened={props.opened} onClose={tutup} title={`${t("impor.judul")} ${props.tahun}`} size="xl">
      <Stepper active={langkah} size="sm" mb="md">
        <Stepper.Step label={t("impor.langkah.unggah")} />
        <Stepper.Step label={t("impor.langkah.pratinjau")} />
        <Stepper.Step label={t("impor.langkah.selesai")} />
      </Stepper>
      {galat && (
        <Alert color="red" title={galat.judul} mb="sm" data-testid="impor-galat">
          <List size="xs">
            {galat.isi
              .filter(Boolean)
              .slice(0, 50)
              .map((x) => (
                <List.Item key={x}>{x}</List.Item>
              ))}
          </List>
        </Alert>
      )}
      {langkah === 0 && (
        <Stack>
          <FileInput
            label={t("impor.berkas")}
            description={t("impor.berkasKet")}
            accept=".xlsx,.csv,.tsv,.txt"
            value={berkas}
            onChange={setBerkas}
            leftSection={<IconUpload size={16} />}
            data-testid="impor-berkas"
            clearable
          />
          <Group grow>
            <Select
              label={t("impor.format")}
              value={format}
              onChange={(v) => setFormat(v ?? "auto")}
              allowDeselect={false}
              data={[
                { value: "auto", label: t("impor.format.auto") },
                { value: "pengawasan", label: t("impor.format.pengawasan") },
                { value: "templat", label: t("impor.format.templat") },
              ]}
            />
            <Select
              label={t("impor.bulan")}
              description={t("impor.bulanKet")}
              clearable
              value={bulan}
              onChange={setBulan}
              data={Array.from({ length: 12 }, (_, i) => String(i + 1))}
            />
          </Group>
          <Group justify="flex-end">
            <Button onClick={() => void lihat()} disabled={!berkas} loading={sibuk} data-testid="impor-pratinjau">
              {t("impor.pratinjau")}
            </Button>
          </Group>
        </Stack>
      )}
      {langkah === 1 && pratinjau && (
        <Stack gap="sm" data-testid="impor-hasil-pratinjau">
          <Text size="sm">
            {pratinjau.berkas.nama} · {pratinjau.berkas.format} · {t("anggaran.sdBulan", { bulan: pratinjau.bulan })}
            {pratinjau.meta?.perTanggal ? ` (per ${pratinjau.meta.perTanggal})` : ""}
          </Text>
          <Table withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t("impor.sebelum")}</Table.Th>
                <Table.Th>{t("impor.sesudah")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(
                [
                  [
                    "",
                    (r: Pratinjau["sebelum"]) =>
                      t("impor.ringkas", { program: r.program, kegiatan: r.kegiatan, sub: r.subKegiatan }),
                  ],
                  [t("anggaran.anggaran"), (r: Pratinjau["sebelum"]) => rupiah(r.anggaran)],
                  [t("anggaran.realisasi"), (r: Pratinjau["sebelum"]) => rupiah(r.realisasi.total)],
                ] as const
              ).map(([label, f], i) => (
                <Table.Tr key={i}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>{f(pratinjau.sebelum)}</Table.Td>
                  <Table.Td data-testid={i === 1 ? "impor-anggaran-sesudah" : undefined}>
                    {f(pratinjau.sesudah)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" fw={600} data-testid="impor-perubahan">
            {pratinjau.tanpaPerubahan
              ? t("impor.tanpaPerubahan")
              : t("impor.perubahan", {
                  buat: pratinjau.perubahan.buat,
                  ubah: pratinjau.perubahan.ubah,
                  hapus: pratinjau.perubahan.hapus,
                  tetap: pratinjau.perubahan.tetap,
                })}
          </Text>
          {pratinjau.perubahan.entri.filter((e) => e.aksi !== "buat").length > 0 && (
            <Table fz="xs" striped>
              <Table.Tbody>
                {pratinjau.perubahan.entri
                  .filter((e) => e.aksi !== "buat")
                  .slice(0, 100)
                  .map((e) => (
                    <Table.Tr key={e.kode}>
                      <Table.Td>
                        <Badge size="xs" color={WARNA_AKSI[e.aksi]}>
                          {t(`impor.aksi.${e.aksi}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ff="monospace">{e.kode}</Table.Td>
                      <Table.Td>{e.uraian}</Table.Td>
                      <Table.Td>
                        {e.kolom.map((k) => `${k.label}: ${k.sebelum ?? "—"} → ${k.sesudah ?? "—"}`).join("; ")}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          )}
          {pratinjau.perubahan.entriTerpotong > 0 && (
            <Text size="xs" c="dimmed">
              {t("impor.entriLain", { n: pratinjau.perubahan.entriTerpotong })}
            </Text>
          )}
          <Alert
            color={pratinjau.rekonsiliasi.temuan.length ? "orange" : "green"}
            title={
              pratinjau.rekonsiliasi.temuan.length
                ? t("impor.rekonsiliasi", { n: pratinjau.rekonsiliasi.temuan.length })
                : t("impor.rekonsiliasiCocok")
            }
            data-testid="impor-rekonsiliasi"
          >
            <List size="xs">
              {pratinjau.rekonsiliasi.temuan.map((x, i) => (
                <List.Item key={i}>{x.pesan}</List.Item>
              ))}
            </List>
          </Alert>
          {pratinjau.rekonsiliasi.catatan.length > 0 && (
            <Text size="xs" c="dimmed">
              {t("impor.catatanParse")}: {pratinjau.rekonsiliasi.catatan.map((c) => c.pesan).join("; ")}
            </Text>
          )}
          {!pratinjau.bolehDiubah && (
            <Alert color="red">{t("impor.terkunci", { status: pratinjau.statusPeriode })}</Alert>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={() => setLangkah(0)}>
              {t("impor.kembali")}
            </Button>
            <Button
              onClick={() => void konfirmasi()}
              loading={sibuk}
              disabled={!pratinjau.bolehDiubah && !pratinjau.tanpaPerubahan}
              data-testid="impor-konfirmasi"
            >
              {t("impor.konfirmasi")}
            </Button>
          </Group>
        </Stack>
      )}
      {langkah === 2 && hasil && (
        <Stack>
          <Alert color="green" data-testid="impor-selesai">
            {hasil.pesan}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={tutup}>{t("impor.tutup")}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
