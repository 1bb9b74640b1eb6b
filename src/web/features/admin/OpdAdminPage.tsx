import { ActionIcon, Alert, Button, Group, Loader, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { IconCheck, IconPencil, IconPlus, IconX } from "@tabler/icons-react";
import { useCallback, useEffect, useState } from "react";
import { getJson, sendJson } from "../../api/client";
import { useAuth } from "../../auth/AuthProvider";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { type GalatForm, galatDariServer } from "../hasil/galat-form";
import { badanOpd, cocokOpd, KUNCI_OPD, type NilaiOpd, periksaOpd } from "./opd-form";
import { useKonflik } from "../kinerja/useKonflik";
import { SelJenis, SelTeks } from "./SelOpd";
import { TambahOpdForm } from "./TambahOpdForm";
import { JENIS_OPD, type OpdRinci } from "./tipe-organisasi";

const nilaiDari = (o: OpdRinci): NilaiOpd => ({
  slug: o.slug,
  nama: o.nama,
  jenis: o.jenis,
  kode: o.kode ?? "",
  alamat: o.alamat ?? "",
  urutan: o.urutan === null ? "" : String(o.urutan),
});

/** The Pemda's OPDs: one row at a time edited in place (nama, jenis, kode, alamat, urutan), and "Tambah OPD". */
export function OpdAdminPage() {
  const { t } = useI18n();
  const { pengguna, punya } = useAuth();
  const bolehUbah = punya("pemda.kelola");
  const pemda = pengguna?.pemda.slug ?? "";
  const [rows, setRows] = useState<OpdRinci[] | null>(null);
  const [edit, setEdit] = useState<{ slug: string; nilai: NilaiOpd } | null>(null);
  const [galat, setGalat] = useState<GalatForm>({ umum: null, bidang: {} });
  const [pesan, setPesan] = useState<string | null>(null);
  const [tambah, setTambah] = useState(false);
  const [proses, setProses] = useState(false);

  const muat = useCallback(() => {
    getJson<OpdRinci[]>(`/api/v1/pemda/${pemda}/opd`).then(setRows, (e: unknown) =>
      setGalat(galatDariServer(e, [], (k) => k)),
    );
  }, [pemda]);
  useEffect(muat, [muat]);
  const konflik = useKonflik(() => {
    setEdit(null);
    muat();
  });

  const pesanOpd = {
    wajib: (label: string) => t("pemda.wajib", { label }),
    slugSalah: t("opd.slugSalah"),
    urutanSalah: t("opd.urutanSalah"),
    label: { nama: t("opd.nama"), slug: t("opd.slug") },
  };
  const jenisData = JENIS_OPD.map((j) => ({ value: j, label: t(`opd.jenis.${j}` as MessageKey) }));

  function mulai(o: OpdRinci) {
    setEdit({ slug: o.slug, nilai: nilaiDari(o) });
    setGalat({ umum: null, bidang: {} });
    setPesan(null);
  }

  const ubah = (k: keyof NilaiOpd, v: string) => {
    setEdit((e) => (e ? { ...e, nilai: { ...e.nilai, [k]: v } } : e));
    setGalat((g) => ({ ...g, bidang: { ...g.bidang, [k]: "" } }));
  };

  async function simpan() {
    if (!edit) return;
    const bidang = periksaOpd(edit.nilai, false, pesanOpd);
    if (Object.keys(bidang).length) return setGalat({ umum: null, bidang });
    setProses(true);
    try {
      const versi = rows?.find((o) => o.slug === edit.slug)?.versi;
      const r = await sendJson<{ opd: OpdRinci; versi: string }>(
        "PUT",
        `/api/v1/pemda/${pemda}/opd/${edit.slug}`,
        badanOpd(edit.nilai),
        versi ? { versi } : undefined,
      );
      setRows((rs) => rs?.map((o) => (o.slug === r.opd.slug ? { ...r.opd, versi: r.versi } : o)) ?? rs);
      setEdit(null);
      setGalat({ umum: null, bidang: {} });
      setPesan(t("opd.tersimpan", { nama: r.opd.nama }));
    } catch (e) {
      if (konflik.tangani(e)) return;
      setGalat(galatDariServer(e, KUNCI_OPD, cocokOpd));
    } finally {
      setProses(false);
    }
  }

  const th = (k: MessageKey) => <Table.Th>{t(k)}</Table.Th>;
  return (
    <Stack>
      {konflik.dialog}
      <Group justify="space-between">
        <Text c="dimmed">{t("admin.opdIntro")}</Text>
        {bolehUbah && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setTambah(true)}>
            {t("opd.tambah")}
          </Button>
        )}
      </Group>
      {!bolehUbah && <Alert color="gray">{t("admin.hanyaLihat")}</Alert>}
      {galat.umum && (
        <Alert color="red" withCloseButton onClose={() => setGalat({ ...galat, umum: null })}>
          {galat.umum}
        </Alert>
      )}
      {pesan && (
        <Alert color="green" withCloseButton onClose={() => setPesan(null)}>
          {pesan}
        </Alert>
      )}
      {!rows && !galat.umum && <Loader size="sm" aria-label={t("memuat")} />}
      {rows && rows.length === 0 && <Text c="dimmed">{t("opd.kosong")}</Text>}
      {rows && rows.length > 0 && (
        <ScrollArea>
          <Table striped highlightOnHover withTableBorder data-testid="tabel-opd" miw={960}>
            <Table.Thead>
              <Table.Tr>
                {th("opd.urutan")}
                {th("opd.nama")}
                {th("opd.jenis")}
                {th("opd.kode")}
                {th("opd.alamat")}
                {bolehUbah && <Table.Th aria-label={t("pengguna.tindakan")} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((o) => {
                const n = edit?.slug === o.slug ? edit.nilai : null;
                const g = galat.bidang;
                return (
                  <Table.Tr key={o.id} data-opd={o.slug}>
                    <Table.Td w={90}>
                      {n ? (
                        <SelTeks
                          label={t("opd.urutan")}
                          value={n.urutan}
                          error={g.urutan}
                          onChange={(v) => ubah("urutan", v)}
                        />
                      ) : (
                        (o.urutan ?? "—")
                      )}
                    </Table.Td>
                    <Table.Td>
                      {n ? (
                        <SelTeks
                          label={t("opd.nama")}
                          value={n.nama}
                          error={g.nama}
                          onChange={(v) => ubah("nama", v)}
                        />
                      ) : (
                        <>
                          <Text size="sm">{o.nama}</Text>
                          <Text size="xs" c="dimmed">
                            {o.slug}
                          </Text>
                        </>
                      )}
                    </Table.Td>
                    <Table.Td w={170}>
                      {n ? (
                        <SelJenis
                          label={t("opd.jenis")}
                          data={jenisData}
                          value={n.jenis}
                          error={g.jenis}
                          onChange={(v) => ubah("jenis", v)}
                        />
                      ) : (
                        t(`opd.jenis.${o.jenis}` as MessageKey)
                      )}
                    </Table.Td>
                    <Table.Td w={230}>
                      {n ? (
                        <SelTeks
                          label={t("opd.kode")}
                          value={n.kode}
                          error={g.kode}
                          onChange={(v) => ubah("kode", v)}
                          placeholder="7.01.0.00.0.00.03.0000"
                        />
                      ) : (
                        <Text size="sm" ff="monospace">
                          {o.kode ?? "—"}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {n ? (
                        <SelTeks
                          label={t("opd.alamat")}
                          value={n.alamat}
                          error={g.alamat}
                          onChange={(v) => ubah("alamat", v)}
                        />
                      ) : (
                        (o.alamat ?? "—")
                      )}
                    </Table.Td>
                    {bolehUbah && (
                      <Table.Td w={90}>
                        {n ? (
                          <Group gap={4} wrap="nowrap">
                            <ActionIcon aria-label={t("simpan")} onClick={() => void simpan()} loading={proses}>
                              <IconCheck size={16} />
                            </ActionIcon>
                            <ActionIcon variant="default" aria-label={t("batal")} onClick={() => setEdit(null)}>
                              <IconX size={16} />
                            </ActionIcon>
                          </Group>
                        ) : (
                          <ActionIcon
                            variant="subtle"
                            aria-label={t("opd.ubahBaris", { nama: o.nama })}
                            onClick={() => mulai(o)}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {tambah && bolehUbah && (
        <TambahOpdForm
          pemda={pemda}
          jenisData={jenisData}
          pesan={pesanOpd}
          onClose={() => setTambah(false)}
          onSaved={(o) => {
            setTambah(false);
            setPesan(t("opd.ditambah", { nama: o.nama }));
            muat();
          }}
        />
      )}
    </Stack>
  );
}
