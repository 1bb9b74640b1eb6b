import { Alert, Select, SimpleGrid, Text, TextInput } from "@mantine/core";
import { KODE_UNSUR, UNSUR } from "../../../domain/ikm/unsur";
import { useI18n } from "../../i18n/i18n";
import type { RealisasiTertaut } from "./baca-tertaut";
import type { SurveiRingkas, SurveiTersimpan } from "./hasil-tersimpan";

/** The stored survey results to pick one from (period, IKM and mutu); clearing it starts a new one. */
export function PilihSurvei(props: {
  daftar: SurveiRingkas[];
  dipilih: string | null;
  pilih(kode: string | null): void;
}) {
  const { t, tanggal } = useI18n();
  if (props.daftar.length === 0) return null;
  return (
    <Select
      label={t("hasil.pilih")}
      placeholder={t("hasil.pilihBaru")}
      data-testid="pilih-hasil-survei"
      data={props.daftar.map((x) => ({
        value: x.kode,
        label: t("hasil.survei.opsi", {
          kode: x.kode,
          mulai: tanggal(x.periodeMulai),
          selesai: tanggal(x.periodeSelesai),
          ikm: x.ikm.tampil,
          mutu: x.mutu.mutu,
        }),
      }))}
      value={props.dipilih}
      clearable
      onChange={props.pilih}
    />
  );
}

/** The nine unsur of the survey: Σ of the answers (1.234) or the NRR (3,25) of each, typed the id-ID way. */
export function IsianUnsur(props: {
  jenis: SurveiTersimpan["masukan"]["jenisMasukan"];
  nilai: Record<string, string>;
  galat: Record<string, string>;
  ubah(nilai: Record<string, string>): void;
}) {
  const { jenis, nilai } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {KODE_UNSUR.map((k) => (
        <TextInput
          key={k}
          label={`${k.toUpperCase()} ${UNSUR[k].nama}`}
          inputMode="decimal"
          placeholder={jenis === "jumlah" ? "1.234" : "3,25"}
          value={nilai[k] ?? ""}
          error={props.galat[k]}
          data-testid={`unsur-${k}`}
          onChange={(e) => props.ubah({ ...nilai, [k]: e.currentTarget.value })}
        />
      ))}
    </SimpleGrid>
  );
}

/** After saving: the IKM of the year as the server computed it (realisasi of the IKM indicator), or just "saved". */
export function HasilIkm({ hasil }: { hasil: NonNullable<RealisasiTertaut> | "tersimpan" }) {
  const { t } = useI18n();
  return (
    <Alert color="green" data-testid="ikm-hasil">
      {hasil === "tersimpan" ? (
        t("kinerja.tersimpan")
      ) : (
        <>
          <Text fw={700}>{t("hasil.survei.ikm", { nilai: hasil.tampil })}</Text>
          <Text size="sm">{hasil.keterangan}</Text>
        </>
      )}
    </Alert>
  );
}
