import { Checkbox, Stack } from "@mantine/core";
import { useMemo } from "react";
import { useI18n } from "../../i18n/i18n";

/**
 * The RPJMD misi a Renstra supports, as checkboxes: every misi of the RPJMD, plus any number the Renstra names that
 * the RPJMD no longer has (shown without text, so it can be unticked). Nothing when there is no misi at all.
 */
export function PilihMisi(props: {
  misiRpjmd: Array<{ nomor: number; teks: string }> | null;
  misiNomor: number[];
  galat: string | undefined;
  nonaktif: boolean;
  ubah(misiNomor: number[]): void;
}) {
  const { t } = useI18n();
  const pilihanMisi = useMemo(() => {
    const ada = new Map((props.misiRpjmd ?? []).map((m) => [m.nomor, m.teks]));
    for (const n of props.misiNomor) if (!ada.has(n)) ada.set(n, "");
    return [...ada.entries()].sort(([a], [b]) => a - b);
  }, [props.misiRpjmd, props.misiNomor]);
  if (pilihanMisi.length === 0) return null;
  return (
    <Checkbox.Group
      label={t("rencanaForm.misiDidukung")}
      error={props.galat}
      value={props.misiNomor.map(String)}
      onChange={(v) => props.ubah(v.map(Number).sort((x, y) => x - y))}
    >
      <Stack gap={4} mt={4}>
        {pilihanMisi.map(([nomor, teks]) => (
          <Checkbox
            key={nomor}
            size="xs"
            value={String(nomor)}
            disabled={props.nonaktif}
            label={`${t("rencanaForm.misiKe", { nomor })}${teks ? `: ${teks}` : ""}`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
