import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";
import { type Penandatangan, type TeksHalaman, waktu } from "./tipe";

/** What the form sends (PUT …/penandatangan/{dokumen}): every field, null when empty. */
export type IsiTtd = Required<Skema<"PenandatanganLaporanInput">>;

function SatuTtd({
  ttd,
  pejabat,
  bolehUbah,
  simpan,
}: {
  ttd: Penandatangan;
  pejabat: TeksHalaman["pejabat"];
  bolehUbah: boolean;
  simpan(isi: IsiTtd): Promise<void>;
}) {
  const { t, locale } = useI18n();
  const [tempat, setTempat] = useState(ttd.tempat ?? "");
  const [tanggal, setTanggal] = useState(ttd.tanggal ?? "");
  const [nomor, setNomor] = useState(ttd.nomor ?? "");
  const [pejabatId, setPejabatId] = useState<string | null>(ttd.pejabatId);
  const [sibuk, setSibuk] = useState(false);
  const bawaan = pejabat.find((p) => p.id === ttd.bawaanPejabatId);
  return (
    <Card withBorder data-testid={`ttd-${ttd.dokumen}`}>
      <Text fw={500} mb="xs">
        {ttd.judul}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: ttd.dokumen === "rekap-akip" ? 4 : 3 }}>
        <TextInput
          label={t("laporan.ttd.tempat")}
          readOnly={!bolehUbah}
          value={tempat}
          onChange={(e) => setTempat(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t("laporan.ttd.tanggal")}
          readOnly={!bolehUbah}
          value={tanggal}
          onChange={(e) => setTanggal(e.currentTarget.value)}
        />
        {ttd.dokumen === "rekap-akip" && (
          <TextInput
            label={t("laporan.ttd.nomor")}
            readOnly={!bolehUbah}
            value={nomor}
            onChange={(e) => setNomor(e.currentTarget.value)}
          />
        )}
        <Select
          label={t("laporan.ttd.pejabat")}
          clearable
          disabled={!bolehUbah}
          placeholder={bawaan ? t("laporan.ttd.bawaan", { nama: bawaan.nama }) : ""}
          data={pejabat.map((p) => ({ value: p.id, label: `${p.nama} — ${p.jabatan}` }))}
          value={pejabatId}
          onChange={setPejabatId}
        />
      </SimpleGrid>
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed">
          {ttd.diubahOleh && ttd.diubahPada
            ? t("laporan.teks.diubah", { oleh: ttd.diubahOleh, pada: waktu(ttd.diubahPada, locale) })
            : ""}
        </Text>
        {bolehUbah && (
          <Button
            size="xs"
            loading={sibuk}
            onClick={() => {
              setSibuk(true);
              simpan({ tempat: tempat || null, tanggal: tanggal || null, nomor: nomor || null, pejabatId }).finally(
                () => setSibuk(false),
              );
            }}
          >
            {t("laporan.simpan")}
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** Place, date (letter number) and signing pejabat of the report, the budget appendix and the AKIP recap letter. */
export function FormPenandatangan({
  data,
  bolehUbah,
  simpan,
}: {
  data: TeksHalaman;
  bolehUbah: boolean;
  simpan(dokumen: Penandatangan["dokumen"], isi: IsiTtd): Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <Stack gap="xs">
      <Title order={4}>{t("laporan.ttd.judul")}</Title>
      {data.penandatangan.map((p) => (
        <SatuTtd
          key={`${p.dokumen}-${p.diubahPada ?? ""}`}
          ttd={p}
          pejabat={data.pejabat}
          bolehUbah={bolehUbah}
          simpan={(isi) => simpan(p.dokumen, isi)}
        />
      ))}
    </Stack>
  );
}
