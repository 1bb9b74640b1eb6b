import { Button, Group, Paper, Stack, Textarea, TextInput } from "@mantine/core";
import { useI18n } from "../../i18n/i18n";
import { kodeBaru, kunciBaru, pindah, type SasaranForm, type TujuanForm } from "./isian-rencana";
import { IsianSasaran } from "./IsianSasaran";
import { KendaliBaris } from "./KendaliBaris";

/**
 * One tujuan in the Renstra form with its sasaran (add, remove, reorder). `kunciTerikat`: rows loaded with stored
 * indicators (row kunci → number of indicators), which keep their kode and cannot be removed; `semuaSasaran` are the
 * sasaran of every tujuan, so a new sasaran gets a kode not used anywhere in the Renstra.
 */
export function IsianTujuan(props: {
  tujuan: TujuanForm;
  i: number;
  n: number;
  kunciTerikat: ReadonlyMap<string, number>;
  semuaSasaran: SasaranForm[];
  galat: Record<string, string>;
  nonaktif: boolean;
  ubah(x: Partial<TujuanForm>): void;
  pindah(arah: -1 | 1): void;
  hapus(): void;
}) {
  const { t } = useI18n();
  const { tujuan: tj, i, galat: b, nonaktif: mati } = props;
  const tjTerikat = props.kunciTerikat.has(tj.kunci);
  const ubahSasaran = (j: number, x: Partial<SasaranForm>) =>
    props.ubah({ sasaran: tj.sasaran.map((s, k) => (k === j ? { ...s, ...x } : s)) });
  return (
    <Paper withBorder p="xs">
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap" gap="xs">
          <TextInput
            w={90}
            label={t("rencanaForm.kode")}
            maxLength={50}
            value={tj.kode}
            error={b[`tujuan.${i}.kode`]}
            disabled={mati || tjTerikat}
            onChange={(e) => props.ubah({ kode: e.currentTarget.value })}
          />
          <Textarea
            style={{ flex: 1 }}
            label={`${t("rencana.tujuan")} ${tj.kode}`}
            autosize
            maxLength={2000}
            value={tj.teks}
            error={b[`tujuan.${i}.teks`]}
            disabled={mati}
            onChange={(e) => props.ubah({ teks: e.currentTarget.value })}
          />
          <KendaliBaris
            label={`${t("rencana.tujuan")} ${tj.kode}`}
            i={i}
            n={props.n}
            nonaktif={mati}
            alasanTetap={tjTerikat ? t("rencanaForm.tujuanAdaIndikator") : null}
            pindah={props.pindah}
            hapus={props.hapus}
          />
        </Group>
        {tj.sasaran.map((s, j) => (
          <IsianSasaran
            key={s.kunci}
            sasaran={s}
            jalur={`tujuan.${i}.sasaran.${j}`}
            i={j}
            n={tj.sasaran.length}
            nIndikator={props.kunciTerikat.get(s.kunci) ?? 0}
            galat={b}
            nonaktif={mati}
            ubah={(x) => ubahSasaran(j, x)}
            pindah={(arah) => props.ubah({ sasaran: pindah(tj.sasaran, j, arah) })}
            hapus={() => props.ubah({ sasaran: tj.sasaran.filter((_, k) => k !== j) })}
          />
        ))}
        <Group ml="md">
          <Button
            size="xs"
            variant="light"
            disabled={mati}
            onClick={() =>
              props.ubah({
                sasaran: [
                  ...tj.sasaran,
                  {
                    kunci: kunciBaru(),
                    kode: kodeBaru("S", props.semuaSasaran),
                    teks: "",
                    sumber: null,
                    strategi: [],
                    kebijakan: [],
                  },
                ],
              })
            }
          >
            {t("rencanaForm.tambahSasaran")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
