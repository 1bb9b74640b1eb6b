import {
  Accordion,
  Anchor,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { IconCheck, IconLink, IconPaperclip, IconUpload } from "@tabler/icons-react";
import { useState } from "react";
import { kerangkaDariKunci } from "../../../domain/akip/kerangka";
import { sendBody, sendJson } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import { type BarisKriteria, KODE_JAWABAN, type LembarLke, type NilaiLke, type Sisi, warnaPredikat } from "./tipe";

interface Props {
  lembar: LembarLke;
  api: string;
  /** Side the signed-in user may edit now (status and permission), or null. */
  sisi: Sisi | null;
  bolehCatatan: boolean;
  onNilai(n: NilaiLke, versi: number): void;
  onMuatUlang(): void;
  onGalat(pesan: string): void;
}

function Jawaban({ label, j, alasan }: { label: string; j: string | null; alasan: string | null }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Group gap={6}>
        <Badge variant="light" color={j ? "blue" : "gray"}>
          {j ?? "–"}
        </Badge>
      </Group>
      {alasan && <Text size="xs">{alasan}</Text>}
    </Stack>
  );
}

function BuktiKriteria({
  k,
  api,
  dapatUbah,
  onMuatUlang,
  onGalat,
}: {
  k: BarisKriteria;
  api: string;
  dapatUbah: boolean;
  onMuatUlang(): void;
  onGalat(p: string): void;
}) {
  const { t } = useI18n();
  const [judul, setJudul] = useState("");
  const [url, setUrl] = useState("");
  const [halaman, setHalaman] = useState<number | string>("");
  const tambahTautan = () =>
    sendJson("POST", `${api}/bukti-tautan`, {
      kodeKriteria: k.kode,
      judul: judul || url,
      url,
      halaman: typeof halaman === "number" ? halaman : null,
    }).then(
      () => {
        setJudul("");
        setUrl("");
        setHalaman("");
        onMuatUlang();
      },
      (e: Error) => onGalat(e.message),
    );
  const unggah = (f: File | null) => {
    if (!f) return;
    const fd = new FormData();
    fd.set("kodeKriteria", k.kode);
    fd.set("judul", judul || f.name);
    if (typeof halaman === "number") fd.set("halaman", String(halaman));
    fd.set("berkas", f);
    sendBody("POST", `${api}/bukti`, fd).then(onMuatUlang, (e: Error) => onGalat(e.message));
  };
  const basis = api.replace(/\/lke\/\d{4}$/, "");
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600}>
        {t("evaluasi.bukti")}
      </Text>
      {k.bukti.map((b) => (
        <Group key={b.id} gap={6} wrap="nowrap">
          {b.jenis === "tautan" ? <IconLink size={14} /> : <IconPaperclip size={14} />}
          <Anchor
            size="xs"
            href={b.jenis === "tautan" ? (b.url ?? "#") : `${basis}/lke-bukti/${b.id}`}
            target="_blank"
            rel="noreferrer"
          >
            {b.judul}
          </Anchor>
          {b.halaman !== null && (
            <Text size="xs" c="dimmed">
              {t("evaluasi.hlm", { n: b.halaman })}
            </Text>
          )}
        </Group>
      ))}
      {k.buktiSistem.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t("evaluasi.buktiSistem")}
          </Text>
          {k.buktiSistem.map((b) => (
            <Group key={b.jenis} gap={6} wrap="nowrap">
              <Badge size="xs" color={b.ada ? "green" : "gray"} variant="light">
                {b.ada ? "✓" : "–"}
              </Badge>
              {b.tautan ? (
                <Anchor size="xs" href={b.tautan}>
                  {b.uraian}
                </Anchor>
              ) : (
                <Text size="xs">{b.uraian}</Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {dapatUbah && (
        <Group gap={6} align="flex-end" wrap="wrap">
          <TextInput
            size="xs"
            label={t("evaluasi.buktiJudul")}
            value={judul}
            onChange={(e) => setJudul(e.currentTarget.value)}
            w={160}
          />
          <TextInput
            size="xs"
            label={t("evaluasi.buktiUrl")}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            w={200}
            data-testid={`bukti-url-${k.kode}`}
          />
          <NumberInput
            size="xs"
            label={t("evaluasi.buktiHalaman")}
            value={halaman}
            onChange={setHalaman}
            min={1}
            w={90}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!url}
            onClick={() => void tambahTautan()}
            data-testid={`bukti-tambah-${k.kode}`}
          >
            {t("evaluasi.buktiTautan")}
          </Button>
          <FileButton onChange={unggah} accept="application/pdf,image/png,image/jpeg">
            {(p) => (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconUpload size={14} />}
                {...p}
                data-testid={`bukti-berkas-${k.kode}`}
              >
                {t("evaluasi.buktiBerkas")}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
    </Stack>
  );
}

function BarisKriteriaKartu(p: Props & { k: BarisKriteria }) {
  const { t } = useI18n();
  const { k, sisi } = p;
  const asal = sisi ? k[sisi] : null;
  const [jawaban, setJawaban] = useState<string | null>(asal?.jawaban ?? null);
  const [alasan, setAlasan] = useState(asal?.alasan ?? "");
  const [catatan, setCatatan] = useState(k.catatan ?? "");
  const [sibuk, setSibuk] = useState(false);
  const [ok, setOk] = useState(false);
  const simpan = () => {
    if (!sisi) return;
    setSibuk(true);
    sendJson<{ versi: number; nilai: NilaiLke }>("PUT", `${p.api}/jawaban`, {
      sisi,
      versi: p.lembar.versi,
      jawaban: [
        {
          kode: k.kode,
          jawaban,
          alasan: alasan || null,
          ...(sisi === "evaluator" ? { catatan: catatan || null } : {}),
        },
      ],
    }).then(
      (r) => {
        setSibuk(false);
        setOk(true);
        p.onNilai(r.nilai, r.versi);
      },
      (e: Error) => {
        setSibuk(false);
        p.onGalat(e.message);
      },
    );
  };
  return (
    <Paper
      withBorder
      p="sm"
      bg={k.berbeda ? "var(--mantine-color-orange-light)" : undefined}
      data-testid={`kriteria-${k.kode}`}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="outline" tt="none" style={{ flexShrink: 0 }}>
            {k.kode}
          </Badge>
          <Text size="sm" style={{ flex: 1 }}>
            {k.uraian}
          </Text>
          {k.berbeda && (
            <Badge color="orange" style={{ flexShrink: 0 }}>
              {t("evaluasi.berbeda")}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Jawaban label={t("evaluasi.mandiri")} j={k.mandiri.jawaban} alasan={k.mandiri.alasan} />
          <Jawaban label={t("evaluasi.evaluator")} j={k.evaluator.jawaban} alasan={k.evaluator.alasan} />
        </SimpleGrid>
        {k.catatan && sisi !== "evaluator" && (
          <Text size="xs" c="dimmed">
            {t("evaluasi.catatan")}: {k.catatan}
          </Text>
        )}
        {sisi && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              size="xs"
              w={100}
              label={t("evaluasi.jawaban")}
              data={[...KODE_JAWABAN]}
              value={jawaban}
              onChange={(v) => {
                setJawaban(v);
                setOk(false);
              }}
              clearable
              data-testid={`jawaban-${k.kode}`}
            />
            <Textarea
              size="xs"
              label={t("evaluasi.alasan")}
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
              autosize
              minRows={1}
              style={{ flex: 1, minWidth: 180 }}
            />
            {sisi === "evaluator" && (
              <Textarea
                size="xs"
                label={t("evaluasi.catatan")}
                value={catatan}
                onChange={(e) => setCatatan(e.currentTarget.value)}
                autosize
                minRows={1}
                style={{ flex: 1, minWidth: 180 }}
              />
            )}
            <Button
              size="xs"
              onClick={simpan}
              loading={sibuk}
              leftSection={ok ? <IconCheck size={14} /> : undefined}
              data-testid={`simpan-${k.kode}`}
            >
              {t("evaluasi.simpan")}
            </Button>
          </Group>
        )}
        <BuktiKriteria k={k} api={p.api} dapatUbah={sisi !== null} onMuatUlang={p.onMuatUlang} onGalat={p.onGalat} />
      </Stack>
    </Paper>
  );
}

function CatatanKomponen({
  api,
  kunci,
  awal,
  versi,
  onGalat,
}: {
  api: string;
  kunci: string;
  awal: string;
  versi: number;
  onGalat(p: string): void;
}) {
  const { t } = useI18n();
  const [teks, setTeks] = useState(awal);
  const [ok, setOk] = useState(false);
  return (
    <Group align="flex-end" gap="xs">
      <Textarea
        size="xs"
        label={t("evaluasi.catatanKomponen")}
        value={teks}
        onChange={(e) => {
          setTeks(e.currentTarget.value);
          setOk(false);
        }}
        autosize
        minRows={1}
        style={{ flex: 1 }}
      />
      <Button
        size="xs"
        variant="default"
        leftSection={ok ? <IconCheck size={14} /> : undefined}
        onClick={() =>
          void sendJson("PUT", `${api}/catatan-komponen`, { komponen: kunci, catatan: teks, versi }).then(
            () => setOk(true),
            (e: Error) => onGalat(e.message),
          )
        }
      >
        {t("evaluasi.simpan")}
      </Button>
    </Group>
  );
}

/** The worksheet: komponen → sub-komponen → kriteria, with both sides, evidence and notes. */
export function LembarKerja(p: Props) {
  const { t, number } = useI18n();
  const n = p.lembar.nilai;
  const cari = <T extends { kode: string; kunci: string }>(xs: T[], kunci: string) =>
    xs.find((x) => x.kunci === kunci || x.kode === kunci);
  const kerangka = (() => {
    try {
      return kerangkaDariKunci(p.lembar.kerangka).value;
    } catch {
      return null;
    }
  })();
  const namaSub = new Map(
    (kerangka?.komponen ?? []).flatMap((k) => k.subKomponen.map((s) => [s.kode, s.nama] as const)),
  );
  const grup = new Map<string, Map<string, BarisKriteria[]>>();
  for (const k of p.lembar.kriteria) {
    const g = grup.get(k.komponen) ?? new Map<string, BarisKriteria[]>();
    g.set(k.subKomponen, [...(g.get(k.subKomponen) ?? []), k]);
    grup.set(k.komponen, g);
  }
  return (
    <Accordion multiple variant="separated" defaultValue={[...grup.keys()].slice(0, 1)}>
      {[...grup.entries()].map(([kode, subs]) => {
        const km = cari(n.evaluator.komponen, kode);
        const mm = cari(n.mandiri.komponen, kode);
        return (
          <Accordion.Item key={kode} value={kode}>
            <Accordion.Control data-testid={`komponen-${kode}`}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text fw={600} size="sm">
                  {km ? `${km.kode}. ${km.nama} (bobot ${km.bobot})` : kode}
                </Text>
                <Group gap="xs">
                  <Badge variant="light" color="gray">
                    {t("evaluasi.mandiriSingkat")} {mm ? number(Number(mm.nilai.nilai), 2) : "–"}
                  </Badge>
                  <Badge variant="light">
                    {t("evaluasi.evaluatorSingkat")} {km ? number(Number(km.nilai.nilai), 2) : "–"}
                  </Badge>
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                {[...subs.entries()].map(([sub, rows]) => {
                  const s = km?.subKomponen.find((x) => x.kode === sub);
                  return (
                    <Card key={sub} withBorder padding="xs">
                      <Group justify="space-between" mb="xs" wrap="wrap">
                        <Text size="sm" fw={600} style={{ flex: 1 }}>
                          {sub} {namaSub.get(sub) ?? ""}
                        </Text>
                        {s && (
                          <Text size="xs" c="dimmed">
                            {number(Number(s.nilai.nilai), 2)} / {s.bobot} · {s.rataRataHuruf}
                          </Text>
                        )}
                      </Group>
                      <Stack gap="xs">
                        {rows.map((k) => (
                          <BarisKriteriaKartu key={`${k.kode}-${p.lembar.versi}`} {...p} k={k} />
                        ))}
                      </Stack>
                    </Card>
                  );
                })}
                {p.bolehCatatan && km && (
                  <CatatanKomponen
                    api={p.api}
                    kunci={km.kunci}
                    awal={p.lembar.catatanKomponen[km.kunci] ?? ""}
                    versi={p.lembar.versi}
                    onGalat={p.onGalat}
                  />
                )}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}

/** The two sides' totals and predikat side by side. */
export function RingkasanNilai({ nilai }: { nilai: NilaiLke }) {
  const { t, number } = useI18n();
  const kartu = (judul: string, s: NilaiLke["mandiri"], testid: string) => (
    <Card withBorder padding="sm" data-testid={testid}>
      <Text size="xs" c="dimmed">
        {judul}
      </Text>
      <Group gap="xs" align="baseline">
        <Text fz={28} fw={700}>
          {number(Number(s.total.nilai), 2)}
        </Text>
        <Badge color={warnaPredikat(s.predikat.kode)} size="lg">
          {s.predikat.kode}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t("evaluasi.terisi", { terisi: s.terisi, jumlah: s.jumlahKriteria })}
        {!s.lengkap && ` · ${t("evaluasi.belumLengkap")}`}
      </Text>
    </Card>
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {kartu(t("evaluasi.mandiri"), nilai.mandiri, "nilai-mandiri")}
      {kartu(t("evaluasi.evaluator"), nilai.evaluator, "nilai-evaluator")}
    </SimpleGrid>
  );
}
