import { Alert, Button, Group, Modal, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useState } from "react";
import { parseNip } from "../../../domain/nip/nip";
import { ApiError, jawab, klien, syaratHeader } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";
import { useKonflik } from "../kinerja/useKonflik";
import type { JalurOpd } from "./boleh-ubah";

/** One pejabat as the profile lists it, with its own version (ADR 0016) sent back as If-Match. */
export type PejabatForm = Skema<"PejabatProfilBerversi">;

const ESELON = ["II", "III", "IV"] as const satisfies ReadonlyArray<PejabatForm["eselon"]>;

/** NIP checked in the browser with the same rule as the server (src/domain/nip): message in Indonesian. */
function galatNip(nip: string): string | null {
  if (!nip.trim()) return "NIP wajib diisi";
  try {
    parseNip(nip);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Edits one pejabat (PUT …/pejabat/{id}); the server validates again and its message is shown. */
export function FormPejabat(props: { jalur: JalurOpd; awal: PejabatForm; tutup(disimpan: boolean): void }) {
  const { jalur, awal, tutup } = props;
  const { t } = useI18n();
  const [isi, setIsi] = useState(awal);
  const [galat, setGalat] = useState<string | null>(null);
  const [kirim, setKirim] = useState(false);
  const nipSalah = isi.peran === "kepala-daerah" && !isi.nip ? null : galatNip(isi.nip ?? "");
  const ubah = (f: keyof PejabatForm) => (e: { currentTarget: { value: string } }) =>
    setIsi({ ...isi, [f]: e.currentTarget.value || null });
  // a change by another user since the profile was read: "Muat ulang" closes the form and reloads the profile
  const konflik = useKonflik(() => tutup(true));
  const simpan = async () => {
    setKirim(true);
    try {
      const { id: _id, versi, ...body } = isi;
      await jawab(
        klien.PUT("/api/v1/pemda/{pemda}/opd/{opd}/pejabat/{id}", {
          params: { path: { ...jalur, id: awal.id } },
          body,
          headers: syaratHeader(versi ? { versi } : undefined),
        }),
      );
      tutup(true);
    } catch (e) {
      if (konflik.tangani(e)) return;
      setGalat(e instanceof ApiError ? e.detail || e.message : String(e));
    } finally {
      setKirim(false);
    }
  };
  return (
    <Modal opened onClose={() => tutup(false)} title={`${t("kinerja.ubah")}: ${awal.nama}`} size="lg">
      {konflik.dialog}
      {galat && (
        <Alert color="red" mb="sm">
          {galat}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("profil.nama")}
          value={isi.nama}
          onChange={ubah("nama")}
          error={isi.nama.trim() ? null : "nama wajib diisi"}
        />
        <TextInput
          label={t("profil.nip")}
          value={isi.nip ?? ""}
          onChange={ubah("nip")}
          error={nipSalah}
          data-testid="form-nip"
        />
        <TextInput label="Gelar depan" value={isi.gelarDepan ?? ""} onChange={ubah("gelarDepan")} />
        <TextInput label="Gelar belakang" value={isi.gelarBelakang ?? ""} onChange={ubah("gelarBelakang")} />
        <TextInput label={t("profil.pangkat")} value={isi.pangkat ?? ""} onChange={ubah("pangkat")} />
        <TextInput
          label="Golongan"
          value={isi.golongan ?? ""}
          onChange={ubah("golongan")}
          placeholder="otomatis dari pangkat"
        />
        <TextInput
          label={t("profil.jabatan")}
          value={isi.jabatan}
          onChange={ubah("jabatan")}
          error={isi.jabatan.trim() ? null : "jabatan wajib diisi"}
        />
        <Select
          label={t("profil.eselon")}
          data={ESELON}
          value={isi.eselon}
          onChange={(v) => setIsi({ ...isi, eselon: ESELON.find((e) => e === v) ?? null })}
          clearable
        />
        <TextInput label="Mulai menjabat" type="date" value={isi.mulai ?? ""} onChange={ubah("mulai")} />
        <TextInput label="Selesai menjabat" type="date" value={isi.selesai ?? ""} onChange={ubah("selesai")} />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => tutup(false)}>
          {t("batal")}
        </Button>
        <Button
          onClick={() => void simpan()}
          loading={kirim}
          disabled={Boolean(nipSalah) || !isi.nama.trim() || !isi.jabatan.trim()}
        >
          {t("simpan")}
        </Button>
      </Group>
    </Modal>
  );
}
