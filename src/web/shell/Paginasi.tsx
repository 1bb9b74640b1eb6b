/**
 * Mantine's Pagination with names on its buttons (issue 15, axe "button-name"): the previous/next arrows have no
 * text of their own, so each control and page button gets an Indonesian (or English) label.
 */
import { Pagination, type PaginationProps } from "@mantine/core";
import { useI18n } from "../i18n/i18n";

const NAMA_KONTROL = {
  first: "paginasi.pertama",
  previous: "paginasi.sebelumnya",
  next: "paginasi.berikutnya",
  last: "paginasi.terakhir",
} as const;

export function Paginasi(props: PaginationProps) {
  const { t } = useI18n();
  return (
    <Pagination
      aria-label={t("paginasi.label")}
      getControlProps={(kontrol) => ({ "aria-label": t(NAMA_KONTROL[kontrol]) })}
      getItemProps={(n) => ({ "aria-label": t("paginasi.halaman", { n }) })}
      {...props}
    />
  );
}
