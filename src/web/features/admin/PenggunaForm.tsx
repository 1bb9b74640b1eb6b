import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ApiError, jawab, klien, syaratHeader } from "../../api/client";
import { kunci } from "../../api/kueri";
import type { Jawaban, Skema } from "../../api/tipe";
import { useKonflik } from "../kinerja/useKonflik";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

export interface OpdRingkas {
  slug: string;
  nama: string;
}

/** A user as the list shows it, with the version of its editable fields (ADR 0016), sent back as If-Match. */
export type Pengguna = Jawaban<"/api/v1/pemda/{pemda}/pengguna">[number];
type Peran = Skema<"Pengguna">["peran"];

const SELURUH = "__pemda__";

/** Create a user (with an initial password) or edit name, NIP, role and OPD binding. */
export function PenggunaForm(props: {
  pemda: string;
  opd: OpdRingkas[];
  awal: Pengguna | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const { awal } = props;
  const peranList =
    useQuery({ queryKey: kunci.peran(), queryFn: () => jawab(klien.GET("/api/v1/peran")) }).data?.peran ?? [];
  const [nama, setNama] = useState(awal?.nama ?? "");
  const [email, setEmail] = useState(awal?.email ?? "");
  const [nip, setNip] = useState(awal?.nip ?? "");
  const [peran, setPeran] = useState<Peran>(awal?.peran ?? "operator_opd");
  const [opd, setOpd] = useState(awal?.opd?.slug ?? SELURUH);
  const [kataSandi, setKataSandi] = useState("");
  const [galat, setGalat] = useState<string | null>(null);
  const [proses, setProses] = useState(false);

  // changed by another admin since the list was read: "Muat ulang" closes the form and reloads the list
  const konflik = useKonflik(props.onSaved);
  const ikatan = peranList.find((p) => p.peran === peran)?.ikatan ?? "bebas";

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setProses(true);
    const opdSlug = opd === SELURUH ? null : opd;
    try {
      if (awal) {
        await jawab(
          klien.PATCH("/api/v1/pemda/{pemda}/pengguna/{id}", {
            params: { path: { pemda: props.pemda, id: awal.id } },
            body: { nama, nip: nip.trim() || null, peran, opd: opdSlug },
            headers: syaratHeader(awal.versi ? { versi: awal.versi } : undefined),
          }),
        );
      } else {
        await jawab(
          klien.POST("/api/v1/pemda/{pemda}/pengguna", {
            params: { path: { pemda: props.pemda } },
            body: { nama, email, nip: nip.trim() || null, peran, opd: opdSlug, kataSandi },
          }),
        );
      }
      props.onSaved();
    } catch (error) {
      if (konflik.tangani(error)) return;
      setGalat(error instanceof ApiError ? error.detail || error.message : String(error));
    } finally {
      setProses(false);
    }
  }

  return (
    <Modal opened onClose={props.onClose} title={awal ? t("pengguna.ubah") : t("pengguna.tambah")} size="lg">
      {konflik.dialog}
      <form onSubmit={kirim}>
        <Stack>
          {galat && <Alert color="red">{galat}</Alert>}
          <TextInput
            label={t("pengguna.nama")}
            value={nama}
            onChange={(e) => setNama(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t("pengguna.email")}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            disabled={Boolean(awal)}
            required
          />
          <TextInput label={t("pengguna.nip")} value={nip} onChange={(e) => setNip(e.currentTarget.value)} />
          <Select
            label={t("pengguna.peran")}
            data={peranList.map((p) => ({ value: p.peran, label: p.label }))}
            value={peran}
            onChange={(v) => {
              const pilihan = peranList.find((p) => p.peran === v);
              if (!pilihan) return;
              setPeran(pilihan.peran);
              const ik = pilihan.ikatan;
              if (ik === "pemda") setOpd(SELURUH);
              if (ik === "opd" && opd === SELURUH && props.opd[0]) setOpd(props.opd[0].slug);
            }}
            allowDeselect={false}
          />
          <Select
            label={t("pengguna.opd")}
            description={t(`pengguna.ikatan.${ikatan}` as MessageKey)}
            data={[
              ...(ikatan !== "opd" ? [{ value: SELURUH, label: t("akun.seluruhPemda") }] : []),
              ...(ikatan !== "pemda" ? props.opd.map((o) => ({ value: o.slug, label: o.nama })) : []),
            ]}
            value={opd}
            onChange={(v) => v && setOpd(v)}
            allowDeselect={false}
            searchable
          />
          {!awal && (
            <>
              <PasswordInput
                label={t("pengguna.kataSandiAwal")}
                autoComplete="new-password"
                value={kataSandi}
                onChange={(e) => setKataSandi(e.currentTarget.value)}
                required
              />
              <Text size="xs" c="dimmed">
                {t("akun.sandiAturan")}
              </Text>
            </>
          )}
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
