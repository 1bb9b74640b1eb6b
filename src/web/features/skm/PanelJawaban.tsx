import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { getJson, getJsonVersi, sendJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { PILIHAN, UMUR_MAKS, UMUR_MIN } from "./grid-kertas";
import type { HalamanRespondenSkm, LayananSkm, PeriodeSkm, RespondenSkm, skmApi } from "./tipe";
import { Paginasi } from "../../shell/Paginasi";

type Profil = RespondenSkm["responden"];

const UNSUR = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"] as const;
const SALURAN = ["online", "qr", "kiosk", "kertas", "impor"] as const;
const UKURAN = 25;

/** The WIB date and time of a stored answer, as the Petugas reads it. */
function waktuWib(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    timeZone: "Asia/Jakarta",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));
}

/**
 * The stored answers of the chosen period (paged, filter by service, channel, date, status) with correction and void:
 * each asks for a reason and is sent with the answer's version (If-Match); the results tab recomputes afterwards.
 */
export function PanelJawaban(props: {
  api: ReturnType<typeof skmApi>;
  periode: PeriodeSkm;
  layanan: LayananSkm[];
  boleh: boolean;
  onBerubah: () => void;
}) {
  const { t, locale } = useI18n();
  const { api, periode } = props;
  const [saring, setSaring] = useState({ layanan: "", saluran: "", status: "", dari: "", sampai: "" });
  const [halaman, setHalaman] = useState(1);
  const [data, setData] = useState<HalamanRespondenSkm | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [koreksi, setKoreksi] = useState<{
    r: RespondenSkm;
    versi: string;
    nilai: Record<string, number>;
    profil: Profil;
  } | null>(null);
  const [batal, setBatal] = useState<{ r: RespondenSkm; versi: string } | null>(null);
  const [alasan, setAlasan] = useState("");
  const [galatDialog, setGalatDialog] = useState<string | null>(null);
  const bisaUbah = props.boleh && periode.status === "terbuka";

  const muat = useCallback(() => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(saring)) if (v) q.set(k, v);
    q.set("halaman", String(halaman));
    q.set("ukuran", String(UKURAN));
    setGalat(null);
    getJson<HalamanRespondenSkm>(api.responden(periode.kode, q.toString())).then(setData, (e: Error) =>
      setGalat(e.message),
    );
  }, [api, periode.kode, saring, halaman]);
  useEffect(muat, [muat]);

  const ubahSaring = (k: keyof typeof saring, v: string | null) => {
    setHalaman(1);
    setSaring((s) => ({ ...s, [k]: v ?? "" }));
  };

  const buka = async (r: RespondenSkm, aksi: "koreksi" | "batal") => {
    setGalat(null);
    setGalatDialog(null);
    setAlasan("");
    try {
      const { data: terbaru, versi } = await getJsonVersi<RespondenSkm>(api.respondenSatu(r.id));
      if (aksi === "koreksi")
        setKoreksi({ r: terbaru, versi, nilai: { ...terbaru.jawaban }, profil: { ...terbaru.responden } });
      else setBatal({ r: terbaru, versi });
    } catch (e) {
      setGalat((e as Error).message);
    }
  };

  const kirim = async (f: () => Promise<unknown>) => {
    setGalatDialog(null);
    try {
      await f();
      setKoreksi(null);
      setBatal(null);
      muat();
      props.onBerubah();
    } catch (e) {
      setGalatDialog((e as Error).message);
    }
  };

  const profil = (r: RespondenSkm) =>
    [r.responden.umur, r.responden.jenisKelamin, r.responden.pendidikan, r.responden.pekerjaan]
      .filter((x) => x !== null && x !== "")
      .join(" · ") || "–";

  return (
    <Stack>
      <Title order={4}>{t("skmJ.judul")}</Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t("skmJ.ket")}
      </Text>
      {props.boleh && periode.status !== "terbuka" && <Alert color="gray">{t("skmJ.periodeDitutup")}</Alert>}
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t("skmJ.layanan")}
          w={220}
          data={[
            { value: "", label: t("skmJ.semuaLayanan") },
            ...props.layanan.map((l) => ({ value: l.kode, label: l.nama })),
          ]}
          value={saring.layanan}
          onChange={(v) => ubahSaring("layanan", v)}
          allowDeselect={false}
        />
        <Select
          label={t("skmJ.saluran")}
          w={160}
          data={[{ value: "", label: t("skmJ.semuaSaluran") }, ...SALURAN.map((s) => ({ value: s, label: s }))]}
          value={saring.saluran}
          onChange={(v) => ubahSaring("saluran", v)}
          allowDeselect={false}
        />
        <Select
          label={t("skmJ.status")}
          w={150}
          data={[
            { value: "", label: t("skmJ.semua") },
            { value: "aktif", label: t("skmJ.aktif") },
            { value: "batal", label: t("skmJ.batal") },
          ]}
          value={saring.status}
          onChange={(v) => ubahSaring("status", v)}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t("skmJ.dari")}
          value={saring.dari}
          onChange={(e) => ubahSaring("dari", e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t("skmJ.sampai")}
          value={saring.sampai}
          onChange={(e) => ubahSaring("sampai", e.currentTarget.value)}
        />
      </Group>
      {galat && (
        <Alert color="red" role="alert">
          {galat}
        </Alert>
      )}
      {data && (
        <>
          <Text size="sm" data-testid="jumlah-jawaban">
            {t("skmJ.total", { n: data.total.toLocaleString("id-ID") })}
          </Text>
          {data.baris.length === 0 ? (
            <Text c="dimmed">{t("skmJ.kosong")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table withTableBorder striped data-testid="tabel-jawaban">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("skmJ.waktu")}</Table.Th>
                    <Table.Th>{t("skmJ.layanan")}</Table.Th>
                    <Table.Th>{t("skmJ.saluran")}</Table.Th>
                    {UNSUR.map((u) => (
                      <Table.Th key={u}>{u.toUpperCase()}</Table.Th>
                    ))}
                    <Table.Th>{t("skmJ.profil")}</Table.Th>
                    <Table.Th>{t("skmJ.status")}</Table.Th>
                    {bisaUbah && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.baris.map((r) => (
                    <Table.Tr key={r.id} style={r.dibatalkanPada ? { opacity: 0.6 } : undefined}>
                      <Table.Td>{waktuWib(r.waktu, locale)}</Table.Td>
                      <Table.Td>
                        <code>{r.layanan}</code>
                      </Table.Td>
                      <Table.Td>{r.saluran}</Table.Td>
                      {UNSUR.map((u) => (
                        <Table.Td key={u}>{r.jawaban[u]}</Table.Td>
                      ))}
                      <Table.Td>{profil(r)}</Table.Td>
                      <Table.Td>
                        {r.dibatalkanPada ? (
                          <Badge color="gray" title={r.alasanBatal ?? undefined}>
                            {t("skmJ.batal")}
                          </Badge>
                        ) : r.dikoreksiPada ? (
                          <Badge color="yellow" variant="light">
                            {t("skmJ.dikoreksi")}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      {bisaUbah && (
                        <Table.Td>
                          {!r.dibatalkanPada && (
                            <Group gap={4} wrap="nowrap">
                              <Button size="xs" variant="light" onClick={() => buka(r, "koreksi")}>
                                {t("skmJ.koreksi")}
                              </Button>
                              <Button size="xs" variant="light" color="red" onClick={() => buka(r, "batal")}>
                                {t("skmJ.batalkan")}
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {data.total > UKURAN && (
            <Paginasi total={Math.ceil(data.total / UKURAN)} value={halaman} onChange={setHalaman} />
          )}
        </>
      )}

      <Modal opened={koreksi !== null} onClose={() => setKoreksi(null)} title={t("skmJ.koreksiJudul")}>
        {koreksi && (
          <Stack>
            {galatDialog && (
              <Alert color="red" role="alert">
                {galatDialog}
              </Alert>
            )}
            <SimpleGrid cols={3}>
              {UNSUR.map((u) => (
                <NumberInput
                  key={u}
                  label={u.toUpperCase()}
                  min={1}
                  max={4}
                  allowDecimal={false}
                  value={koreksi.nilai[u]}
                  onChange={(v) => setKoreksi({ ...koreksi, nilai: { ...koreksi.nilai, [u]: Number(v) } })}
                />
              ))}
            </SimpleGrid>
            <SimpleGrid cols={2}>
              <NumberInput
                label={t("skmJ.umur")}
                min={UMUR_MIN}
                max={UMUR_MAKS}
                allowDecimal={false}
                value={koreksi.profil.umur ?? ""}
                onChange={(v) =>
                  setKoreksi({
                    ...koreksi,
                    profil: { ...koreksi.profil, umur: v === "" || v === null ? null : Number(v) },
                  })
                }
              />
              {(["jenisKelamin", "pendidikan", "pekerjaan"] as const).map((k) => (
                <Select
                  key={k}
                  label={t(`skmJ.${k}`)}
                  data-testid={`koreksi-${k}`}
                  data={[...PILIHAN[k]]}
                  clearable
                  value={koreksi.profil[k]}
                  onChange={(v) => setKoreksi({ ...koreksi, profil: { ...koreksi.profil, [k]: v ?? null } })}
                />
              ))}
            </SimpleGrid>
            <Textarea
              label={t("skmJ.alasan")}
              description={t("skmJ.alasanKet")}
              required
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setKoreksi(null)}>
                {t("skmJ.tutupDialog")}
              </Button>
              <Button
                disabled={!alasan.trim()}
                onClick={() =>
                  kirim(() =>
                    sendJson(
                      "PUT",
                      api.respondenSatu(koreksi.r.id),
                      { jawaban: koreksi.nilai, responden: koreksi.profil, alasan },
                      { versi: koreksi.versi },
                    ),
                  )
                }
              >
                {t("skmJ.simpan")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <Modal opened={batal !== null} onClose={() => setBatal(null)} title={t("skmJ.batalJudul")}>
        {batal && (
          <Stack>
            {galatDialog && (
              <Alert color="red" role="alert">
                {galatDialog}
              </Alert>
            )}
            <Text size="sm">{t("skmJ.batalKet")}</Text>
            <Textarea
              label={t("skmJ.alasan")}
              description={t("skmJ.alasanKet")}
              required
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setBatal(null)}>
                {t("skmJ.tutupDialog")}
              </Button>
              <Button
                color="red"
                disabled={!alasan.trim()}
                onClick={() =>
                  kirim(() => sendJson("POST", api.batalResponden(batal.r.id), { alasan }, { versi: batal.versi }))
                }
              >
                {t("skmJ.batalkan")}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
