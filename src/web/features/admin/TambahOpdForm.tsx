import { Alert, Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { sendJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import { badanOpd, cocokOpd, KUNCI_OPD, type NilaiOpd, type PesanOpd, periksaOpd } from "./opd-form";
import type { OpdRinci } from "./tipe-organisasi";

/** "Tambah OPD": slug (fixed afterwards), nama, jenis, kode unit, alamat, urutan; errors at their fields. */
export function TambahOpdForm(props: {
  pemda: string;
  jenisData: Array<{ value: string; label: string }>;
  pesan: PesanOpd;
  onClose(): void;
  onSaved(o: OpdRinci): void;
}) {
  const { t } = useI18n();
  const [n, setN] = useState<NilaiOpd>({ slug: "", nama: "", jenis: "dinas", kode: "", alamat: "", urutan: "" });
  const [galat, setGalat] = useState<GalatForm>({ umum: null, bidang: {} });
  const [proses, setProses] = useState(false);

  const ubah = (k: keyof NilaiOpd) => (e: { currentTarget: { value: string } }) => {
    const v = e.currentTarget.value;
    setN((x) => ({ ...x, [k]: v }));
    setGalat((g) => ({ ...g, bidang: { ...g.bidang, [k]: "" } }));
  };
  const err = (k: keyof NilaiOpd) => galat.bidang[k] || undefined;

  async function kirim(e: FormEvent) {
    e.preventDefault();
    const bidang = periksaOpd(n, true, props.pesan);
    if (Object.keys(bidang).length) return setGalat({ umum: null, bidang });
    setProses(true);
    try {
      props.onSaved(
        await sendJson<OpdRinci>("POST", `/api/v1/pemda/${props.pemda}/opd`, { slug: n.slug.trim(), ...badanOpd(n) }),
      );
    } catch (error) {
      setGalat(galatDariServer(error, KUNCI_OPD, cocokOpd));
    } finally {
      setProses(false);
    }
  }

  return (
    <Modal opened onClose={props.onClose} title={t("opd.tambah")} size="lg">
      <form onSubmit={kirim} noValidate>
        <Stack>
          {galat.umum && <Alert color="red">{galat.umum}</Alert>}
          <TextInput
            label={t("opd.slug")}
            description={t("opd.slugBantuan")}
            value={n.slug}
            onChange={ubah("slug")}
            error={err("slug")}
            required
          />
          <TextInput label={t("opd.nama")} value={n.nama} onChange={ubah("nama")} error={err("nama")} required />
          <Group grow align="flex-start">
            <Select
              label={t("opd.jenis")}
              data={props.jenisData}
              value={n.jenis}
              allowDeselect={false}
              onChange={(v) => v && setN({ ...n, jenis: v as NilaiOpd["jenis"] })}
              error={err("jenis")}
            />
            <TextInput label={t("opd.urutan")} value={n.urutan} onChange={ubah("urutan")} error={err("urutan")} />
          </Group>
          <TextInput
            label={t("opd.kode")}
            description={t("opd.kodeBantuan")}
            placeholder="7.01.0.00.0.00.03.0000"
            value={n.kode}
            onChange={ubah("kode")}
            error={err("kode")}
          />
          <TextInput label={t("opd.alamat")} value={n.alamat} onChange={ubah("alamat")} error={err("alamat")} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t("batal")}
            </Button>
            <Button type="submit" loading={proses}>
              {t("simpan")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
