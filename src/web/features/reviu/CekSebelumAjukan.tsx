import { Alert, Anchor, List, Loader, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { jawab, klien } from "../../api/client";
import { useI18n } from "../../i18n/i18n";
import type { HasilReviuData, TemuanReviu } from "./TabelTemuan";

/** Galat that block submitting a module (same rule as the server: its own, every galat for the report). */
export function galatModul(temuan: readonly TemuanReviu[], modul: string): TemuanReviu[] {
  return temuan.filter((x) => x.keparahan === "galat" && (modul === "laporan" || x.lokasi.modul === modul));
}

/**
 * Shown in the "Ajukan" confirmation (issue 14, ADR 0027): the validator's findings over the OPD-year's data; galat of
 * the module block the submission (the server refuses it too), each with a link to the screen that fixes it.
 */
export function CekSebelumAjukan(props: {
  pemda: string;
  opd: string;
  tahun: number;
  modul: string;
  onHasil: (adaGalat: boolean) => void;
}) {
  const { t } = useI18n();
  const { onHasil } = props;
  const [hasil, setHasil] = useState<HasilReviuData | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  useEffect(() => {
    let berlaku = true;
    jawab(
      klien.GET("/api/v1/pemda/{pemda}/opd/{opd}/reviu/data/{tahun}", {
        params: { path: { pemda: props.pemda, opd: props.opd, tahun: props.tahun } },
      }),
    ).then(
      (h) => {
        if (!berlaku) return;
        setHasil(h);
        onHasil(galatModul(h.temuan, props.modul).length > 0);
      },
      (e: Error) => berlaku && setGalat(e.message),
    );
    return () => {
      berlaku = false;
    };
  }, [props.pemda, props.opd, props.tahun, props.modul, onHasil]);

  if (galat) return <Alert color="yellow">{galat}</Alert>;
  if (!hasil)
    return (
      <Text size="sm" c="dimmed">
        <Loader size="xs" mr="xs" />
        {t("reviu.alur.memeriksa")}
      </Text>
    );
  const penghalang = galatModul(hasil.temuan, props.modul);
  const peringatan = hasil.temuan.filter((x) => x.keparahan === "peringatan").length;
  return (
    <Stack gap="xs" data-testid="cek-ajukan">
      {penghalang.length > 0 ? (
        <Alert color="red" title={t("reviu.alur.galat", { jumlah: penghalang.length })}>
          <List size="sm">
            {penghalang.slice(0, 8).map((x, i) => (
              <List.Item key={i}>
                {x.pesan}{" "}
                {x.tautan && (
                  <Anchor component={Link} to={x.tautan} size="sm">
                    {t(`reviu.data.buka.${x.lokasi.modul ?? "laporan"}`)}
                  </Anchor>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Alert color="green">{t("reviu.alur.bersih")}</Alert>
      )}
      {peringatan > 0 && <Text size="sm">{t("reviu.alur.peringatan", { jumlah: peringatan })}</Text>}
      <Anchor component={Link} to={`/reviu?opd=${props.opd}&tahun=${props.tahun}`} size="sm">
        {t("reviu.alur.lihatSemua")}
      </Anchor>
    </Stack>
  );
}
