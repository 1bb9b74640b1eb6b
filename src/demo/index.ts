/**
 * The demo's one entry point (ARCHITECTURE.md "The demo"): the composition root (src/cli) loads the demo on request
 * — `sakip demo`, `sakip serve --demo-pertama-kali` / `npm start`, `sakip lkjip --sumber demo` — through these
 * exports only. Product code (services, api, storage, reports, web) never imports src/demo; .dependency-cruiser.cjs
 * refuses it.
 */
export { buatAkunDemo, teksAkunDemo } from "./demo-accounts";
export { isDemoLoaded, loadDemo } from "./load-demo";
export { OPD_DEMO, sumberDariDemo, TAHUN_DEMO } from "./laporan/sumber-dari-demo";
