import {
  // issue 15: reminders
  IconBellRinging,
  IconBuildingBank,
  IconBuildingCommunity,
  IconChartBar,
  IconChecklist,
  IconCoin,
  IconFileText,
  IconFileSearch,
  IconHistory,
  IconHome,
  // M2-10 monitoring
  IconLayoutDashboard,
  // M2-15 Rencana Aksi
  IconListCheck,
  IconMoodSmile,
  IconSettings,
  IconSignature,
  type Icon,
} from "@tabler/icons-react";
import type { MessageKey } from "../i18n/messages";

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: Icon;
  /** Shown only to users holding this permission (domain/akses/izin.ts); the server checks it again. */
  izin?: string;
}

/** The modules of the SAKIP cycle, in the order of the year. */
export const NAV_ITEMS: NavItem[] = [
  { path: "/", label: "nav.beranda", icon: IconHome },
  { path: "/profil", label: "nav.profil", icon: IconBuildingCommunity },
  { path: "/perencanaan", label: "nav.perencanaan", icon: IconBuildingBank },
  { path: "/perjanjian-kinerja", label: "nav.pk", icon: IconSignature },
  { path: "/pengukuran", label: "nav.pengukuran", icon: IconChartBar },
  { path: "/anggaran", label: "nav.anggaran", icon: IconCoin },
  // M2-15 Rencana Aksi
  { path: "/rencana-aksi", label: "nav.renaksi", icon: IconListCheck, izin: "renaksi.baca" },
  { path: "/skm", label: "nav.skm", icon: IconMoodSmile },
  { path: "/evaluasi", label: "nav.evaluasi", icon: IconChecklist },
  { path: "/laporan", label: "nav.laporan", icon: IconFileText },
  { path: "/reviu", label: "nav.reviu", icon: IconFileSearch, izin: "reviu.periksa" },
  // M2-10 monitoring of every OPD
  { path: "/monitoring", label: "nav.monitoring", icon: IconLayoutDashboard, izin: "monitoring.baca" },
  // issue 15: RPJMD IKU and the Kabupaten LKjIP
  { path: "/iku-rpjmd", label: "nav.rpjmdIku", icon: IconChartBar, izin: "rpjmd.baca" },
  { path: "/audit", label: "nav.audit", icon: IconHistory, izin: "audit.baca" },
  { path: "/admin", label: "nav.admin", icon: IconSettings, izin: "pengguna.kelola" },
  // issue 15: deadlines and reminder e-mails (Admin Pemda)
  { path: "/pengingat", label: "nav.pengingat", icon: IconBellRinging, izin: "pemda.kelola" },
];
