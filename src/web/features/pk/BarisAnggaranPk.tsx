import { ActionIcon, Button, Grid, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { type BarisA, barisABaru } from "./form-pk";

const TINGKAT_ANAK: Record<BarisA["tingkat"], BarisA["tingkat"]> = {
  program: "kegiatan",
  kegiatan: "sub-kegiatan",
  "sub-kegiatan": "sub-kegiatan",
};

const TINGKAT: BarisA["tingkat"][] = ["program", "kegiatan", "sub-kegiatan"];

function ubahDi(rows: BarisA[], kunci: string, f: (r: BarisA) => BarisA): BarisA[] {
  return rows.map((r) => (r.kunci === kunci ? f(r) : { ...r, anak: ubahDi(r.anak, kunci, f) }));
}

function buang(rows: BarisA[], kunci: string): BarisA[] {
  return rows.filter((r) => r.kunci !== kunci).map((r) => ({ ...r, anak: buang(r.anak, kunci) }));
}

/**
 * Budget rows of a PK (program → kegiatan → sub-kegiatan, three deep), id-ID rupiah "2.650.313.819,00"; the JUMLAH
 * is computed by the server from the top rows.
 */
export function BarisAnggaranPk(props: {
  rows: BarisA[];
  setRows(rows: BarisA[]): void;
  galat: Record<string, string>;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const { rows, setRows, galat: b } = props;
  const ubah = (kunci: string, isi: Partial<BarisA>) => setRows(ubahDi(rows, kunci, (r) => ({ ...r, ...isi })));
  const baris = (r: BarisA, pos: string, dalam: number): React.ReactNode => (
    <Stack key={r.kunci} gap={4}>
      <Group align="flex-start" wrap="nowrap" gap="xs" pl={dalam * 24} data-testid={`a-${pos}`}>
        <Text mt={26} w={40} size="sm">
          {pos}
        </Text>
        <Grid columns={24} gap="xs" style={{ flex: 1 }}>
          <Grid.Col span={{ base: 16, sm: 4 }}>
            <Select
              size="xs"
              label={t("pk.form.tingkat")}
              allowDeselect={false}
              disabled={props.disabled}
              value={r.tingkat}
              onChange={(v) => v && ubah(r.kunci, { tingkat: v as BarisA["tingkat"] })}
              data={TINGKAT.map((value) => ({ value, label: t(`pk.tingkatAnggaran.${value}`) }))}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 2 }}>
            <TextInput
              size="xs"
              label={t("pk.form.nomor")}
              value={r.nomor}
              disabled={props.disabled}
              onChange={(e) => ubah(r.kunci, { nomor: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 24, sm: 8 }}>
            <Textarea
              size="xs"
              autosize
              minRows={1}
              maxRows={6}
              label={t("pk.form.uraian")}
              value={r.uraian}
              disabled={props.disabled}
              error={b[`a:${pos}:uraian`]}
              onChange={(e) => ubah(r.kunci, { uraian: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 24, sm: 4 }}>
            <TextInput
              size="xs"
              label={t("pk.form.kodeDppa")}
              value={r.kodeDppa}
              disabled={props.disabled}
              onChange={(e) => ubah(r.kunci, { kodeDppa: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 16, sm: 4 }}>
            <TextInput
              size="xs"
              label={t("pk.form.rupiah")}
              inputMode="decimal"
              placeholder="2.650.313.819,00"
              value={r.anggaran}
              disabled={props.disabled}
              error={b[`a:${pos}:anggaran`]}
              onChange={(e) => ubah(r.kunci, { anggaran: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 2 }}>
            <TextInput
              size="xs"
              label={t("pk.form.keterangan")}
              value={r.keterangan}
              disabled={props.disabled}
              error={b[`a:${pos}:keterangan`]}
              onChange={(e) => ubah(r.kunci, { keterangan: e.currentTarget.value })}
            />
          </Grid.Col>
        </Grid>
        <Stack gap={0} mt={22}>
          <ActionIcon
            variant="subtle"
            color="red"
            disabled={props.disabled}
            aria-label={`${t("kinerja.hapus")} ${pos}`}
            onClick={() => setRows(buang(rows, r.kunci))}
          >
            ×
          </ActionIcon>
          {dalam < 2 && (
            <ActionIcon
              variant="subtle"
              disabled={props.disabled}
              aria-label={`${t("pk.form.tambahAnak")} ${pos}`}
              onClick={() =>
                ubah(r.kunci, { anak: [...r.anak, { ...barisABaru(), tingkat: TINGKAT_ANAK[r.tingkat] }] })
              }
            >
              +
            </ActionIcon>
          )}
        </Stack>
      </Group>
      {r.anak.map((a, j) => baris(a, `${pos}.${j + 1}`, dalam + 1))}
    </Stack>
  );
  return (
    <Stack gap="xs">
      {rows.map((r, i) => baris(r, `${i + 1}`, 0))}
      <Button size="xs" variant="light" disabled={props.disabled} onClick={() => setRows([...rows, barisABaru()])}>
        {t("pk.form.tambahAnggaran")}
      </Button>
    </Stack>
  );
}
