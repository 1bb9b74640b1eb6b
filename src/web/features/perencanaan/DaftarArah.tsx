import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { type ArahForm, kodeBaru, kunciBaru, pindah } from "./isian-rencana";
import { KendaliBaris } from "./KendaliBaris";

/**
 * The strategi or kebijakan rows of one sasaran in the Renstra form: kode and text per row, add (kode S1-3 or
 * S1-K1 proposed), remove and reorder. `jalur` is the sasaran's JSON path for the field errors
 * ("tujuan.0.sasaran.1"); the text fields carry data-testid `${jenis}-${sasaranKode}-${index}`.
 */
export function DaftarArah(props: {
  jenis: "strategi" | "kebijakan";
  sasaranKode: string;
  jalur: string;
  daftar: ArahForm[];
  galat: Record<string, string>;
  nonaktif: boolean;
  ubah(daftar: ArahForm[]): void;
}) {
  const { t } = useI18n();
  const { jenis, daftar, ubah } = props;
  const ganti = (k: number, x: Partial<ArahForm>) => ubah(daftar.map((a, m) => (m === k ? { ...a, ...x } : a)));
  return (
    <Stack gap={4}>
      {daftar.map((a, k) => {
        const p = `${props.jalur}.${jenis}.${k}`;
        const label = `${t(jenis === "strategi" ? "rencana.strategi" : "rencana.kebijakan")} ${a.kode}`;
        return (
          <Group key={a.kunci} align="flex-start" wrap="nowrap" gap="xs">
            <TextInput
              w={90}
              size="xs"
              aria-label={`${t("rencanaForm.kode")} ${label}`}
              maxLength={50}
              value={a.kode}
              error={props.galat[`${p}.kode`]}
              disabled={props.nonaktif}
              onChange={(e) => ganti(k, { kode: e.currentTarget.value })}
            />
            <Textarea
              style={{ flex: 1 }}
              size="xs"
              autosize
              aria-label={label}
              data-testid={`${jenis}-${props.sasaranKode}-${k}`}
              maxLength={2000}
              value={a.teks}
              error={props.galat[`${p}.teks`]}
              disabled={props.nonaktif}
              onChange={(e) => ganti(k, { teks: e.currentTarget.value })}
            />
            <KendaliBaris
              label={label}
              i={k}
              n={daftar.length}
              nonaktif={props.nonaktif}
              pindah={(arah) => ubah(pindah(daftar, k, arah))}
              hapus={() => ubah(daftar.filter((_, m) => m !== k))}
            />
          </Group>
        );
      })}
      <Group>
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={props.nonaktif}
          onClick={() =>
            ubah([
              ...daftar,
              {
                kunci: kunciBaru(),
                kode: kodeBaru(jenis === "strategi" ? `${props.sasaranKode}-` : `${props.sasaranKode}-K`, daftar),
                teks: "",
              },
            ])
          }
        >
          {t(jenis === "strategi" ? "rencanaForm.tambahStrategi" : "rencanaForm.tambahKebijakan")}
        </Button>
      </Group>
    </Stack>
  );
}
