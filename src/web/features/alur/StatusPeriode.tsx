import { Alert, Badge, Button, Card, Group, Loader, Modal, Stack, Text, Textarea, Title } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { ApiError, jawab, klien } from "../../api/client";
import type { Skema } from "../../api/tipe";
import { useI18n } from "../../i18n/i18n";
import { CekSebelumAjukan } from "../reviu/CekSebelumAjukan";

/** The workflow state of one module and the actions the signed-in role may take, from the contract. */
type StatusModul = Skema<"StatusModul">;
type Tindakan = StatusModul["tindakan"][number];

const WARNA: Record<StatusModul["status"], string> = {
  draft: "gray",
  diajukan: "yellow",
  disetujui: "green",
  terkunci: "red",
};

/**
 * Workflow badge per module of one OPD and year, with the actions the signed-in role may take (the server decides
 * which; it checks again on submit). Every action asks for confirmation in a dialog (ADR 0027); returning and unlocking
 * ask for a reason, kept in the audit trail; "Ajukan" first shows the data check's findings and its galat block it.
 * Pass `modul` to show a single module.
 */
export function StatusPeriode(props: {
  pemda: string;
  opd: string;
  tahun: number;
  modul?: string;
  /** Called after an action succeeded (the page reloads its data: a locked year becomes read-only). */
  onUbah?: () => void;
}) {
  const { t } = useI18n();
  const [data, setData] = useState<StatusModul[] | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [minta, setMinta] = useState<{ modul: StatusModul["modul"]; tindakan: Tindakan } | null>(null);
  const [alasan, setAlasan] = useState("");
  const [proses, setProses] = useState(false);
  const [terhalang, setTerhalang] = useState(false);
  const catatHasil = useCallback((adaGalat: boolean) => setTerhalang(adaGalat), []);
  const { pemda, opd, tahun } = props;

  const muat = useCallback(() => {
    jawab(
      klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/status-periode/{tahun}", { params: { path: { pemda, opd, tahun } } }),
    ).then(setData, (e: Error) => setGalat(e.message));
  }, [pemda, opd, tahun]);
  useEffect(muat, [muat]);

  async function jalankan(modul: StatusModul["modul"], tindakan: Tindakan, teks?: string) {
    setProses(true);
    try {
      await jawab(
        klien.POST("/api/v1/pemda/{pemda}/opd/{opd}/status-periode/{tahun}/{modul}", {
          params: { path: { pemda, opd, tahun, modul } },
          body: { aksi: tindakan.aksi, ...(teks ? { alasan: teks } : {}) },
        }),
      );
      setMinta(null);
      setAlasan("");
      setGalat(null);
      muat();
      props.onUbah?.();
    } catch (error) {
      setGalat(error instanceof ApiError ? error.detail || error.message : String(error));
    } finally {
      setProses(false);
    }
  }

  const tampil = data?.filter((m) => !props.modul || m.modul === props.modul);
  return (
    <Card withBorder padding="md" data-testid="status-periode">
      <Stack gap="xs">
        <Title order={4}>{t("alur.judul", { tahun: props.tahun })}</Title>
        {galat && <Alert color="red">{galat}</Alert>}
        {!data && !galat && <Loader size="xs" aria-label={t("memuat")} />}
        {tampil?.map((m) => (
          <Group key={m.modul} justify="space-between" wrap="wrap">
            <Group gap="xs">
              <Text size="sm" w={160}>
                {t(`modul.${m.modul}`)}
              </Text>
              <Badge color={WARNA[m.status]} variant="light" data-testid={`status-${m.modul}`}>
                {t(`alur.status.${m.status}`)}
              </Badge>
            </Group>
            <Group gap={4}>
              {m.tindakan.map((x) => (
                <Button
                  key={x.aksi}
                  size="xs"
                  variant="light"
                  loading={proses && minta === null}
                  onClick={() => {
                    setTerhalang(x.aksi === "ajukan");
                    setMinta({ modul: m.modul, tindakan: x });
                  }}
                >
                  {t(`alur.aksi.${x.aksi}`)}
                </Button>
              ))}
            </Group>
          </Group>
        ))}
      </Stack>
      <Modal
        opened={minta !== null}
        onClose={() => {
          setMinta(null);
          setGalat(null);
        }}
        title={
          minta
            ? t("reviu.alur.konfirmasi", {
                aksi: t(`alur.aksi.${minta.tindakan.aksi}`),
                modul: t(`modul.${minta.modul}`),
                tahun: props.tahun,
              })
            : ""
        }
      >
        <Stack>
          {minta?.tindakan.aksi === "ajukan" && (
            <CekSebelumAjukan
              pemda={props.pemda}
              opd={props.opd}
              tahun={props.tahun}
              modul={minta.modul}
              onHasil={catatHasil}
            />
          )}
          {galat && minta && <Alert color="red">{galat}</Alert>}
          {minta?.tindakan.perluAlasan && (
            <Textarea
              label={t("alur.alasan")}
              description={t("alur.alasanWajib")}
              value={alasan}
              onChange={(e) => setAlasan(e.currentTarget.value)}
              autosize
              minRows={3}
              required
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setMinta(null)}>
              {t("batal")}
            </Button>
            <Button
              data-testid="konfirmasi-tindakan"
              disabled={(minta?.tindakan.perluAlasan === true && !alasan.trim()) || terhalang}
              loading={proses}
              onClick={() =>
                minta &&
                void jalankan(minta.modul, minta.tindakan, minta.tindakan.perluAlasan ? alasan.trim() : undefined)
              }
            >
              {minta ? t(`alur.aksi.${minta.tindakan.aksi}`) : ""}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
