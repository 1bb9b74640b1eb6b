import { Button, Group, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { getJsonVersi, sendJson } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";

interface Surat {
  nomor: string | null;
  tempat: string | null;
  tanggal: string | null;
}

/** The recap letter's number, place and date stored with the recap (ADR 0033); the team leader edits them. */
export function SuratRekap({ dasar, onGalat }: { dasar: string; onGalat(p: string): void }) {
  const { t } = useI18n();
  const { punya } = useAuth();
  const boleh = punya("evaluasi.finalkan");
  const [versi, setVersi] = useState<string | null>(null);
  const [isi, setIsi] = useState<Surat>({ nomor: null, tempat: null, tanggal: null });
  const [tersimpan, setTersimpan] = useState(false);
  useEffect(() => {
    setVersi(null);
    getJsonVersi<Surat>(`${dasar}/surat`).then(
      (r) => {
        setIsi(r.data);
        setVersi(r.versi);
      },
      (e: Error) => onGalat(e.message),
    );
  }, [dasar, onGalat]);
  const simpan = () =>
    sendJson<Surat & { versi: string }>("PUT", `${dasar}/surat`, isi, versi ? { versi } : undefined).then(
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
