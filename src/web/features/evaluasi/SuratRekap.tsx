import { Button, Group, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { jawab, jawabVersi, klien, syaratHeader } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";

/** The letter's fields as the form edits them (and PUT …/surat takes them). */
type Surat = Pick<Skema<"SuratRekapAkip">, "nomor" | "tempat" | "tanggal">;

/** The recap letter's number, place and date stored with the recap (ADR 0033); the team leader edits them. */
export function SuratRekap(props: { pemda: string; tahun: number; onGalat(p: string): void }) {
  const { pemda, tahun, onGalat } = props;
  const { t } = useI18n();
  const { punya } = useAuth();
  const boleh = punya("evaluasi.finalkan");
  const [versi, setVersi] = useState<string | null>(null);
  const [isi, setIsi] = useState<Surat>({ nomor: null, tempat: null, tanggal: null });
  const [tersimpan, setTersimpan] = useState(false);
  useEffect(() => {
    setVersi(null);
    jawabVersi(
      klien.GET("/api/v1/pemda/{pemda}/rekap-akip/{tahun}/surat", { params: { path: { pemda, tahun } } }),
    ).then(
      (r) => {
        setIsi({ nomor: r.data.nomor, tempat: r.data.tempat, tanggal: r.data.tanggal });
        setVersi(r.versi);
      },
      (e: Error) => onGalat(e.message),
    );
  }, [pemda, tahun, onGalat]);
  const simpan = () =>
    jawab(
      klien.PUT("/api/v1/pemda/{pemda}/rekap-akip/{tahun}/surat", {
        params: { path: { pemda, tahun } },
        body: isi,
        headers: syaratHeader(versi ? { versi } : undefined),
      }),
    ).then(
      (r) => {
        setIsi({ nomor: r.nomor, tempat: r.tempat, tanggal: r.tanggal });
        setVersi(r.versi);
        setTersimpan(true);
      },
      (e: Error) => onGalat(e.message),
    );
  const ubah = (k: keyof Surat) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setTersimpan(false);
    setIsi({ ...isi, [k]: e.currentTarget.value || null });
  };
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        size="xs"
        label={t("evaluasi.surat.nomor")}
        value={isi.nomor ?? ""}
        onChange={ubah("nomor")}
        readOnly={!boleh}
        maxLength={100}
        w={180}
        data-testid="surat-nomor"
      />
      <TextInput
        size="xs"
        label={t("evaluasi.surat.tempat")}
        value={isi.tempat ?? ""}
        onChange={ubah("tempat")}
        readOnly={!boleh}
        maxLength={100}
        w={160}
      />
      <TextInput
        size="xs"
        type="date"
        label={t("evaluasi.surat.tanggal")}
        value={isi.tanggal ?? ""}
        onChange={ubah("tanggal")}
        readOnly={!boleh}
        w={150}
      />
      {boleh && (
        <Button size="xs" variant="light" onClick={() => void simpan()} data-testid="surat-simpan">
          {t("evaluasi.surat.simpan")}
        </Button>
      )}
      {tersimpan && (
        <Text size="xs" c="green">
          {t("evaluasi.surat.tersimpan")}
        </Text>
      )}
    </Group>
  );
}
