/** Location of the published LKjIP used by the reviu tests (the seed text of LKjIP 2023 Kecamatan Sei Balai). */
import path from "node:path";

export const BERKAS_SEED = path.resolve(import.meta.dirname, "../../../shared/seed/lkjip-2023-kecamatan-sei-balai.txt");
