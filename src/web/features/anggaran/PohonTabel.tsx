import { ActionIcon, Badge, Button, Group, Progress, SegmentedControl, Select, Table, Text } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { type ReactElement, useMemo, useState } from "react";
import { useI18n } from "../../i18n/i18n";
import { type Nilai, type NodeAnggaran, persen, rupiah, warnaSerapan } from "./tipe";

type Kelas = "semua" | "pegawai" | "barangJasa" | "modal";

/** Realisasi shown for a node: the total, or one belanja class (5.1.01 / 5.1.02 / 5.2). */
const realisasiKelas = (n: Nilai, kelas: Kelas): string => (kelas === "semua" ? n.totalRealisasi : n.realisasi[kelas]);

/** The DPA tree with roll-ups and serapan bars; filters by program and by belanja class; rows expand. */
export function PohonTabel({ program, total }: { program: NodeAnggaran[]; total: Nilai }) {
  const { t } = useI18n();
  const [pilihProgram, setPilihProgram] = useState<string | null>(null);
  const [kelas, setKelas] = useState<Kelas>("semua");
  const [buka, setBuka] = useState<Set<string>>(() => new Set(program.map((p) => p.kode)));

  const tampil = useMemo(() => {
    const punyaKelas = (n: NodeAnggaran): boolean => kelas === "semua" || Number(n.realisasi[kelas]) > 0;
    return program.filter((p) => (pilihProgram === null || p.kode === pilihProgram) && punyaKelas(p));
  }, [program, pilihProgram, kelas]);

  const semuaKode = useMemo(() => program.flatMap((p) => [p.kode, ...p.anak.map((k) => k.kode)]), [program]);
  const toggle = (kode: string) =>
    setBuka((s) => {
      const n = new Set(s);
      if (n.has(kode)) n.delete(kode);
      else n.add(kode);
      return n;
    });

  const rows: ReactElement[] = [];
  const walk = (n: NodeAnggaran, depth: number) => {
    if (kelas !== "semua" && Number(n.realisasi[kelas]) === 0 && Number(n.anggaran) > 0) return;
    const punyaAnak = n.anak.length > 0;
    const terbuka = buka.has(n.kode);
    rows.push(
      <Table.Tr key={n.kode} data-testid={`node-${n.kode}`} fw={n.level === "program" ? 600 : undefined}>
        <Table.Td style={{ whiteSpace: "nowrap" }}>
          <Group gap={4} wrap="nowrap" pl={depth * 16}>
            {punyaAnak ? (
              <ActionIcon
                size="sm"
                variant="subtle"
                onClick={() => toggle(n.kode)}
                aria-label={`${terbuka ? t("anggaran.tutup") : t("anggaran.buka")} ${n.kode}`}
                aria-expanded={terbuka}
              >
                {terbuka ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              </ActionIcon>
            ) : (
              <span style={{ width: 22 }} />
            )}
            <Text size="xs" ff="monospace">
              {n.kode}
            </Text>
          </Group>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{n.uraian || "—"}</Text>
          {(n.sasaran.length > 0 || n.sumberDana) && (
            <Group gap={4} mt={2}>
              {n.sasaran.map((s) => (
                <Badge key={s} size="xs" variant="light">
                  {s}
                </Badge>
              ))}
              {n.sumberDana && (
                <Badge size="xs" variant="outline" color="gray">
                  {n.sumberDana}
                </Badge>
              )}
            </Group>
          )}
        </Table.Td>
        <Table.Td ta="right">{rupiah(n.anggaran)}</Table.Td>
        <Table.Td ta="right">{rupiah(realisasiKelas(n, kelas))}</Table.Td>
        <Table.Td miw={130}>
          <BarSerapan serapan={n.serapan} />
        </Table.Td>
        <Table.Td ta="right">{rupiah(n.sisa)}</Table.Td>
      </Table.Tr>,
    );
    if (terbuka) for (const a of n.anak) walk(a, depth + 1);
  };
  for (const p of tampil) walk(p, 0);

  return (
    <>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t("anggaran.filter.program")}
            w={360}
            clearable
            placeholder={t("anggaran.filter.semuaProgram")}
            data={program.map((p) => ({ value: p.kode, label: `${p.kode} ${p.uraian}` }))}
            value={pilihProgram}
            onChange={setPilihProgram}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t("anggaran.filter.kelas")}
            </Text>
            <SegmentedControl
              aria-label={t("anggaran.filter.kelas")}
              value={kelas}
              onChange={(v) => setKelas(v as Kelas)}
              data={(["semua", "pegawai", "barangJasa", "modal"] as const).map((k) => ({
                value: k,
                label: t(`anggaran.kelas.${k}`),
              }))}
            />
          </div>
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setBuka(new Set(semuaKode))}>
            {t("anggaran.bukaSemua")}
          </Button>
          <Button size="xs" variant="default" onClick={() => setBuka(new Set())}>
            {t("anggaran.tutupSemua")}
          </Button>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="pohon-anggaran" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("anggaran.kode")}</Table.Th>
              <Table.Th>{t("anggaran.uraian")}</Table.Th>
              <Table.Th ta="right">{t("anggaran.anggaran")}</Table.Th>
              <Table.Th ta="right">
                {t("anggaran.realisasi")}
                {kelas !== "semua" ? ` (${t(`anggaran.kelas.${kelas}`)})` : ""}
              </Table.Th>
              <Table.Th>{t("anggaran.serapan")}</Table.Th>
              <Table.Th ta="right">{t("anggaran.sisa")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{rows}</Table.Tbody>
          {pilihProgram === null && (
            <Table.Tfoot>
              <Table.Tr fw={700} data-testid="pohon-jumlah">
                <Table.Td />
                <Table.Td>{t("anggaran.jumlah")}</Table.Td>
                <Table.Td ta="right">{rupiah(total.anggaran)}</Table.Td>
                <Table.Td ta="right">{rupiah(realisasiKelas(total, kelas))}</Table.Td>
                <Table.Td>
                  <BarSerapan serapan={total.serapan} />
                </Table.Td>
                <Table.Td ta="right">{rupiah(total.sisa)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** Serapan % as a bar coloured by the Permendagri 86/2017 bands, with the figure. */
export function BarSerapan({ serapan }: { serapan: string | null }) {
  const { t } = useI18n();
  return (
    <Group gap={6} wrap="nowrap">
      <Progress
        value={Math.min(100, Number(serapan ?? 0))}
        color={warnaSerapan(serapan)}
        w={70}
        size="sm"
        aria-label={t("anggaran.serapan")}
      />
      <Text size="xs" w={52} ta="right">
        {persen(serapan)}
      </Text>
    </Group>
  );
}
