import { ActionIcon, Box, Button, Grid, Group, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { type BarisK, barisKBaru } from "./form-pk";
import type { KandidatInduk } from "./tipe";

export interface IndikatorRenstra {
  kode: string;
  nama: string;
  satuan: string;
  sasaran: string;
  target: string | null;
}

const UTAMA = "__utama__";

function ubahDi(rows: BarisK[], kunci: string, f: (r: BarisK) => BarisK): BarisK[] {
  return rows.map((r) => (r.kunci === kunci ? f(r) : { ...r, anak: ubahDi(r.anak, kunci, f) }));
}

function buang(rows: BarisK[], kunci: string): BarisK[] {
  return rows.filter((r) => r.kunci !== kunci).map((r) => ({ ...r, anak: buang(r.anak, kunci) }));
}

function cari(rows: BarisK[], kunci: string): BarisK | undefined {
  for (const r of rows) {
    if (r.kunci === kunci) return r;
    const a = cari(r.anak, kunci);
    if (a) return a;
  }
  return undefined;
}

/** Moves a row to the end of the top level (`ke` null) or of another top row's children; a child takes no cascade link. */
export function pindah(rows: BarisK[], kunci: string, ke: string | null): BarisK[] {
  const r = cari(rows, kunci);
  if (!r || (ke && r.anak.length)) return rows;
  const sisa = buang(rows, kunci);
  if (!ke) return [...sisa, r];
  return sisa.map((x) => (x.kunci === ke ? { ...x, anak: [...x.anak, { ...r, induk: null }] } : x));
}

/**
 * The kinerja rows of a PK: top rows (sasaran → indikator → satuan → target, optional Renstra indicator, cascade
 * parent from the superior's PK) and their child rows; each row can be moved under another top row or back.
 */
export function BarisKinerjaPk(props: {
  rows: BarisK[];
  setRows(rows: BarisK[]): void;
  indikator: IndikatorRenstra[];
  kandidat: KandidatInduk | null;
  tingkat: BarisK["tingkat"];
  galat: Record<string, string>;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const { rows, setRows, galat: b } = props;
  const ubah = (kunci: string, isi: Partial<BarisK>) => setRows(ubahDi(rows, kunci, (r) => ({ ...r, ...isi })));
  const opsiInduk = (nilai: string | null) => {
    const grup = (props.kandidat?.pk ?? []).map((p) => ({
      group: `${p.pejabat} — PK ${p.jenis} (${p.kode})${p.atasanLangsung ? ` · ${t("pk.form.atasanLangsung")}` : ""}${
        p.berlaku ? "" : ` · ${t("pk.digantikan")}`
      }`,
      items: p.baris.map((x) => ({
        value: `${p.kode}|${x.kode}`,
        label: `${x.nomor ?? x.kode} ${x.sasaran} — ${x.indikator}${x.target ? ` (${x.target})` : ""}`,
      })),
    }));
    const ada = grup.some((g) => g.items.some((i) => i.value === nilai));
    return nilai && !ada
      ? [...grup, { group: "—", items: [{ value: nilai, label: nilai.replace("|", " / ") }] }]
      : grup;
  };
  const baris = (r: BarisK, pos: string, induk: string | null) => (
    <Group key={r.kunci} align="flex-start" wrap="nowrap" gap="xs" pl={induk ? "xl" : 0} data-testid={`k-${pos}`}>
      <Text mt={8} w={34} size="sm" fw={induk ? 400 : 600}>
        {pos}
      </Text>
      <Stack gap={4} style={{ flex: 1 }}>
        <Group grow gap="xs" align="flex-start">
          <Select
            size="xs"
            placeholder={t("pk.form.pilihIndikator")}
            clearable
            searchable
            disabled={props.disabled}
            value={r.indikatorKode}
            error={b[`k:${pos}:indikatorKode`]}
            data={props.indikator.map((x) => ({ value: x.kode, label: `${x.kode} — ${x.nama}` }))}
            onChange={(v) => {
              const x = props.indikator.find((y) => y.kode === v);
              ubah(
                r.kunci,
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
          <Select
            size="xs"
            aria-label={t("pk.form.letak")}
            allowDeselect={false}
            disabled={props.disabled || r.anak.length > 0}
            value={induk ?? UTAMA}
            error={b[`k:${pos}:letak`]}
            data={[
              { value: UTAMA, label: t("pk.form.barisUtama") },
              ...rows
                .map((x, i) => ({ x, i }))
                .filter(({ x }) => x.kunci !== r.kunci)
                .map(({ x, i }) => ({ value: x.kunci, label: t("pk.form.dibawah", { n: i + 1 }) })),
            ]}
            onChange={(v) => v && v !== (induk ?? UTAMA) && setRows(pindah(rows, r.kunci, v === UTAMA ? null : v))}
            data-testid={`k-${pos}-letak`}
          />
        </Group>
        <Grid columns={24} gap="xs">
          <Grid.Col span={{ base: 8, sm: 2 }}>
            <TextInput
              size="xs"
              label={t("pk.form.nomor")}
              value={r.nomor}
              disabled={props.disabled}
              onChange={(e) => ubah(r.kunci, { nomor: e.currentTarget.value })}
            />
          </Grid.Col>
          {(["sasaran", "indikator"] as const).map((f) => (
            <Grid.Col key={f} span={{ base: 24, sm: 8 }}>
              <Textarea
                size="xs"
                autosize
                minRows={1}
                maxRows={6}
                label={t(`kinerja.${f}`)}
                value={r[f]}
                disabled={props.disabled}
                error={b[`k:${pos}:${f}`]}
                onChange={(e) => ubah(r.kunci, { [f]: e.currentTarget.value })}
                data-testid={`k-${pos}-${f}`}
              />
            </Grid.Col>
          ))}
          {(["satuan", "target"] as const).map((f) => (
            <Grid.Col key={f} span={{ base: 12, sm: 3 }}>
              <TextInput
                size="xs"
                label={t(`kinerja.${f}`)}
                placeholder={f === "target" ? "85,00" : undefined}
                value={r[f]}
                disabled={props.disabled}
                error={b[`k:${pos}:${f}`]}
                onChange={(e) => ubah(r.kunci, { [f]: e.currentTarget.value })}
                data-testid={`k-${pos}-${f}`}
              />
            </Grid.Col>
          ))}
        </Grid>
        {!induk && props.kandidat && (props.kandidat.pk.length > 0 || r.induk) && (
          <Select
            size="xs"
            label={t("pk.form.indukKaskade")}
            placeholder={t("pk.form.pilihInduk")}
            clearable
            searchable
            disabled={props.disabled}
            value={r.induk}
            error={b[`k:${pos}:induk`]}
            data={opsiInduk(r.induk)}
            onChange={(v) => ubah(r.kunci, { induk: v })}
            data-testid={`k-${pos}-induk`}
          />
        )}
        {!induk && (
          <Box>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={props.disabled}
              onClick={() => ubah(r.kunci, { anak: [...r.anak, barisKBaru(r.tingkat)] })}
            >
              {t("pk.form.tambahAnak")}
            </Button>
          </Box>
        )}
      </Stack>
      <ActionIcon
        mt={4}
        variant="subtle"
        color="red"
        disabled={props.disabled}
        aria-label={`${t("kinerja.hapus")} ${pos}`}
        onClick={() => setRows(buang(rows, r.kunci))}
      >
        ×
      </ActionIcon>
    </Group>
  );
  return (
    <Stack gap="xs">
      {props.kandidat?.keterangan && (
        <Text size="xs" c="dimmed">
          {props.kandidat.keterangan}
        </Text>
      )}
      {rows.map((r, i) => (
        <Stack key={r.kunci} gap={4}>
          {baris(r, `${i + 1}`, null)}
          {r.anak.map((a, j) => baris(a, `${i + 1}.${j + 1}`, r.kunci))}
        </Stack>
      ))}
      <Button
        size="xs"
        variant="light"
        disabled={props.disabled}
        onClick={() => setRows([...rows, barisKBaru(props.tingkat, String(rows.length + 1))])}
      >
        {t("pk.form.tambahBaris")}
      </Button>
    </Stack>
  );
}
