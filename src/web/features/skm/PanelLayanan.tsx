import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useEffect, useState } from "react";
import { getJson, getJsonVersi, sendJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { HasilSkmOpd, LayananSkm, PeriodeSkm, skmApi } from "./tipe";

/**
 * Services (kode = the public short link, name, population of the chosen period, poster) and survey periods (add,
 * close with confirmation — closing feeds the IKM indicator — and reopen).
 */
export function PanelLayanan(props: {
  api: ReturnType<typeof skmApi>;
  layanan: LayananSkm[];
  periode: PeriodeSkm[];
  periodeDipilih: string | null;
  boleh: boolean;
  onBerubah: () => void;
}) {
  const { t, tanggal } = useI18n();
  const { api, boleh } = props;
  const [galat, setGalat] = useState<string | null>(null);
  const [baru, setBaru] = useState({ kode: "", nama: "" });
  const [periodeBaru, setPeriodeBaru] = useState({ kode: "", jenis: "tahun", mulai: "", selesai: "" });
  const [populasi, setPopulasi] = useState<Record<string, number | string>>({});
  const [konfirmasi, setKonfirmasi] = useState<{ periode: PeriodeSkm; aksi: "tutup" | "buka" } | null>(null);
  // rename: the service as read (with its version), the edited names
  const [ganti, setGanti] = useState<{ kode: string; versi: string; nama: string; namaEn: string } | null>(null);
  const bukaGanti = (kode: string) =>
    jalankan(async () => {
      const { data, versi } = await getJsonVersi<LayananSkm>(api.layanan(kode));
      setGanti({ kode, versi, nama: data.nama, namaEn: data.namaEn ?? "" });
    }, false);

  // the stored population of each service in the chosen period (from the period's results)
  useEffect(() => {
    if (!props.periodeDipilih) return;
    getJson<HasilSkmOpd>(api.hasil(props.periodeDipilih)).then(
      (h) => setPopulasi(Object.fromEntries(h.layanan.map((l) => [l.kode, l.populasi ?? ""]))),
      () => undefined,
    );
  }, [api, props.periodeDipilih, props.layanan]);

  const jalankan = async (f: () => Promise<unknown>, segarkan = true) => {
    setGalat(null);
    try {
      await f();
      if (segarkan) props.onBerubah();
      return true;
    } catch (e) {
      setGalat((e as Error).message);
      return false;
    }
  };

  return (
    <Stack>
      {galat && (
        <Alert color="red" role="alert">
          {galat}
        </Alert>
      )}
      <Title order={4}>{t("skmA.tab.layanan")}</Title>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder data-testid="tabel-layanan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("skmA.kode")}</Table.Th>
              <Table.Th>{t("skmA.nama")}</Table.Th>
              <Table.Th>{t("skmA.tautan")}</Table.Th>
              {props.periodeDipilih && <Table.Th>{t("skmA.populasi", { periode: props.periodeDipilih })}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.layanan.map((l) => (
              <Table.Tr key={l.kode}>
                <Table.Td>
                  <code>{l.kode}</code> {!l.aktif && <Badge color="gray">{t("skmA.nonaktif")}</Badge>}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <span>{l.nama}</span>
                    {boleh && (
                      <Button size="compact-xs" variant="subtle" onClick={() => bukaGanti(l.kode)}>
                        {t("skmL.ubahNama")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Anchor href={l.tautan} target="_blank">
                      {l.tautan}
                    </Anchor>
                    <Anchor href={`${api.layanan(l.kode)}/poster.pdf`} size="sm">
                      {t("skmA.poster")}
                    </Anchor>
                  </Group>
                </Table.Td>
                {props.periodeDipilih && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <NumberInput
                        size="xs"
                        w={110}
                        min={1}
                        aria-label={t("skmA.populasi", { periode: props.periodeDipilih })}
                        thousandSeparator="."
                        decimalSeparator=","
                        value={populasi[l.kode] ?? ""}
                        onChange={(v) => setPopulasi((p) => ({ ...p, [l.kode]: v }))}
                        disabled={!boleh}
                      />
                      {boleh && (
                        <Button
                          size="xs"
                          variant="light"
                          disabled={!populasi[l.kode]}
                          onClick={() =>
                            jalankan(() =>
                              sendJson("PUT", api.populasi(props.periodeDipilih!, l.kode), {
                                populasi: Number(populasi[l.kode]),
                              }),
                            )
                          }
                        >
                          {t("skmA.simpan")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {boleh && (
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t("skmA.kode")}
            description={t("skmA.kodeKet")}
            value={baru.kode}
            onChange={(e) => setBaru({ ...baru, kode: e.currentTarget.value.toLowerCase() })}
            w={180}
          />
          <TextInput
            label={t("skmA.nama")}
            value={baru.nama}
            onChange={(e) => setBaru({ ...baru, nama: e.currentTarget.value })}
            w={320}
          />
          <Button
            disabled={!baru.kode || !baru.nama}
            onClick={async () => {
              if (
                await jalankan(() =>
                  sendJson("PUT", api.layanan(baru.kode), { nama: baru.nama, aktif: true }, { baru: true }),
                )
              )
                setBaru({ kode: "", nama: "" });
            }}
          >
            {t("skmA.simpanLayanan")}
          </Button>
        </Group>
      )}

      <Title order={4} mt="md">
        {t("skmA.daftarPeriode")}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder data-testid="tabel-periode">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("skmA.kode")}</Table.Th>
              <Table.Th>{t("skmA.jenis")}</Table.Th>
              <Table.Th>{t("skmA.rentangKolom")}</Table.Th>
              <Table.Th>{t("skmA.status")}</Table.Th>
              {boleh && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.periode.map((p) => (
              <Table.Tr key={p.kode}>
                <Table.Td>
                  <code>{p.kode}</code>
                </Table.Td>
                <Table.Td>{t(`skmA.jenis.${p.jenis}` as "skmA.jenis.tahun")}</Table.Td>
                <Table.Td>
                  {tanggal(p.mulai)} – {tanggal(p.selesai)}
                </Table.Td>
                <Table.Td>
                  <Badge color={p.status === "terbuka" ? "green" : "gray"} variant="light">
                    {p.status === "terbuka" ? t("skmA.terbuka") : t("skmA.ditutup")}
                  </Badge>
                </Table.Td>
                {boleh && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      color={p.status === "terbuka" ? "orange" : "blue"}
                      onClick={() => setKonfirmasi({ periode: p, aksi: p.status === "terbuka" ? "tutup" : "buka" })}
                    >
                      {p.status === "terbuka" ? t("skmA.tutup") : t("skmA.buka")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {boleh && (
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t("skmA.kode")}
            value={periodeBaru.kode}
            onChange={(e) => setPeriodeBaru({ ...periodeBaru, kode: e.currentTarget.value })}
            w={120}
          />
          <Select
            label={t("skmA.jenis")}
            w={140}
            data={(["tahun", "semester", "triwulan"] as const).map((j) => ({ value: j, label: t(`skmA.jenis.${j}`) }))}
            value={periodeBaru.jenis}
            onChange={(v) => v && setPeriodeBaru({ ...periodeBaru, jenis: v })}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t("skmA.mulai")}
            value={periodeBaru.mulai}
            onChange={(e) => setPeriodeBaru({ ...periodeBaru, mulai: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t("skmA.selesai")}
            value={periodeBaru.selesai}
            onChange={(e) => setPeriodeBaru({ ...periodeBaru, selesai: e.currentTarget.value })}
          />
          <Button
            disabled={!periodeBaru.kode || !periodeBaru.mulai || !periodeBaru.selesai}
            onClick={async () => {
              const { kode, ...isi } = periodeBaru;
              if (await jalankan(() => sendJson("PUT", api.periode(kode), isi, { baru: true })))
                setPeriodeBaru({ kode: "", jenis: "tahun", mulai: "", selesai: "" });
            }}
          >
            {t("skmA.simpanPeriode")}
          </Button>
        </Group>
      )}
      <Modal
        opened={ganti !== null}
        onClose={() => setGanti(null)}
        title={ganti ? t("skmL.ubahNamaJudul", { kode: ganti.kode }) : ""}
      >
        {ganti && (
          <Stack>
            <Text size="sm" c="dimmed">
              {t("skmL.ubahNamaKet")}
            </Text>
            {galat && (
              <Alert color="red" role="alert">
                {galat}
              </Alert>
            )}
            <TextInput
              label={t("skmA.nama")}
              required
              value={ganti.nama}
              onChange={(e) => setGanti({ ...ganti, nama: e.currentTarget.value })}
            />
            <TextInput
              label={t("skmL.namaEn")}
              value={ganti.namaEn}
              onChange={(e) => setGanti({ ...ganti, namaEn: e.currentTarget.value })}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setGanti(null)}>
                {t("skmA.batal")}
              </Button>
              <Button
                disabled={!ganti.nama.trim()}
                onClick={async () => {
                  const g = ganti;
                  if (
                    await jalankan(() =>
                      sendJson(
                        "PUT",
                        api.layanan(g.kode),
                        { nama: g.nama, namaEn: g.namaEn || null },
                        { versi: g.versi },
                      ),
                    )
                  )
                    setGanti(null);
                }}
              >
                {t("skmL.simpanNama")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal
        opened={konfirmasi !== null}
        onClose={() => setKonfirmasi(null)}
        title={konfirmasi?.aksi === "tutup" ? t("skmA.tutupJudul") : t("skmA.bukaJudul")}
      >
        {konfirmasi && (
          <Stack>
            <Text size="sm">
              {konfirmasi.aksi === "tutup"
                ? t("skmA.tutupKet", { kode: konfirmasi.periode.kode })
                : t("skmA.bukaKet", { kode: konfirmasi.periode.kode })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setKonfirmasi(null)}>
                {t("skmA.batal")}
              </Button>
              <Button
                color={konfirmasi.aksi === "tutup" ? "orange" : "blue"}
                onClick={async () => {
                  const k = konfirmasi;
                  setKonfirmasi(null);
                  await jalankan(() =>
                    sendJson("POST", k.aksi === "tutup" ? api.tutup(k.periode.kode) : api.buka(k.periode.kode)),
                  );
                }}
              >
                {konfirmasi.aksi === "tutup" ? t("skmA.tutup") : t("skmA.buka")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
