import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput, Tooltip } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useI18n } from "../../i18n/i18n";
import { kunciSel } from "./galat-baris";
import type { Butir } from "./profil-masukan";

/** A row of an editable list, with a key that survives reordering. */
export type BarisButir = Butir & { kunci: string };

let urutan = 0;
/** A fresh React key for a new row. */
export const kunciBaru = () => `b${(urutan += 1)}`;

/** Moves row `i` by `arah` (−1 up, +1 down); the list is returned unchanged at either end. */
export function geser<T>(rows: readonly T[], i: number, arah: -1 | 1): T[] {
  const j = i + arah;
  if (j < 0 || j >= rows.length) return [...rows];
  const hasil = [...rows];
  [hasil[i], hasil[j]] = [hasil[j]!, hasil[i]!];
  return hasil;
}

/**
 * Edits a numbered list (fungsi, landasan hukum, inovasi): add, remove, move up/down; `denganJudul` adds a title
 * field (inovasi). `sumber` of an existing row is kept and shown, never edited here. Errors keyed `${daftar}.${i}.*`.
 */
export function DaftarButir(props: {
  daftar: string;
  label: string;
  rows: BarisButir[];
  ubah(rows: BarisButir[]): void;
  denganJudul?: boolean;
  galat: Record<string, string>;
}) {
  const { t } = useI18n();
  const { rows, ubah, daftar } = props;
  const set = (i: number, f: "judul" | "teks", v: string) =>
    ubah(rows.map((r, j) => (j === i ? { ...r, [f]: f === "judul" ? v || null : v } : r)));
  return (
    <Stack gap="xs" data-testid={`daftar-${daftar}`}>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("profil.daftarKosong")}
        </Text>
      )}
      {rows.map((r, i) => {
        const g = (f?: string) => props.galat[kunciSel(daftar, i, f)];
        return (
          <Group key={r.kunci} align="flex-start" wrap="nowrap" gap="xs" data-testid={`${daftar}-${i}`}>
            <Text size="sm" w={24} pt={6} ta="right">
              {i + 1}.
            </Text>
            <Stack gap={4} style={{ flex: 1 }}>
              {props.denganJudul && (
                <TextInput
                  size="sm"
                  aria-label={`${t("profil.judulInovasi")} ${i + 1}`}
                  placeholder={t("profil.judulInovasi")}
                  value={r.judul ?? ""}
                  error={g("judul")}
                  onChange={(e) => set(i, "judul", e.currentTarget.value)}
                />
              )}
              <Textarea
                size="sm"
                autosize
                minRows={1}
                aria-label={`${props.label} ${i + 1}`}
                data-testid={`${daftar}-${i}-teks`}
                value={r.teks}
                error={g("teks") ?? g()}
                onChange={(e) => set(i, "teks", e.currentTarget.value)}
              />
              {r.sumber && (
                <Text size="xs" c="dimmed">
                  {t("profil.sumber")}: {r.sumber}
                </Text>
              )}
            </Stack>
            <Group gap={2} wrap="nowrap" pt={4}>
              <Tooltip label={t("profil.naik")}>
                <ActionIcon
                  variant="subtle"
                  aria-label={`${t("profil.naik")} ${i + 1}`}
                  disabled={i === 0}
                  onClick={() => ubah(geser(rows, i, -1))}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t("profil.turun")}>
                <ActionIcon
                  variant="subtle"
                  aria-label={`${t("profil.turun")} ${i + 1}`}
                  disabled={i === rows.length - 1}
                  onClick={() => ubah(geser(rows, i, 1))}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t("profil.hapusBaris")}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`${t("profil.hapusBaris")} ${i + 1}`}
                  onClick={() => ubah(rows.filter((_, j) => j !== i))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        );
      })}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          data-testid={`tambah-${daftar}`}
          onClick={() => ubah([...rows, { kunci: kunciBaru(), judul: null, teks: "", sumber: null }])}
        >
          {t("profil.tambahBaris")}
        </Button>
      </Group>
    </Stack>
  );
}
