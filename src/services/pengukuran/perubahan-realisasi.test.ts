import { describe, expect, it } from "vitest";
import { perubahanTerakhir } from "./perubahan-realisasi";

const A = "11111111-1111-1111-1111-111111111111";
const B = "22222222-2222-2222-2222-222222222222";
const OPD = "33333333-3333-3333-3333-333333333333";
const e = (id: string, iso: string, oleh: string, after: unknown = null) => ({
  entityId: id,
  at: new Date(iso),
  actorNama: oleh,
  after,
});

describe("perubahanTerakhir (the newest audit entry naming each realisasi cell)", () => {
  it("takes a cell's own edit and the cells an XLSX import changed, newest first wins", () => {
    const m = perubahanTerakhir(
      [
        // newest first
        e(`${A}/2024/tw1`, "2024-04-02T01:05:00Z", "Ani"),
        e(`${OPD}/2024`, "2024-04-01T00:00:00Z", "Budi", [
          { indikatorId: A, kolom: "Realisasi TW I", kunci: "tw1", nilai: "1" },
          { indikatorId: B, kolom: "Narasi", nilai: "teks" }, // an older entry: the column's title only
          { indikatorId: B, kolom: "Capaian (%)", nilai: "9" }, // not a realisasi cell
        ]),
        e(`${A}/2024/tahunan`, "2024-03-31T16:30:00Z", "Citra"),
        e(`${A}/2024/tw1`, "2024-03-01T00:00:00Z", "Dodi"),
        e(`${A}/2023/tw2`, "2024-03-01T00:00:00Z", "Eka"), // another year
      ],
      2024,
    );
    expect(Object.fromEntries(m)).toEqual({
      [`${A}/tw1`]: { periode: "tw1", pada: "2024-04-02T01:05:00.000Z", oleh: "Ani" },
      [`${B}/tahunan`]: { periode: "tahunan", pada: "2024-04-01T00:00:00.000Z", oleh: "Budi" },
      [`${A}/tahunan`]: { periode: "tahunan", pada: "2024-03-31T16:30:00.000Z", oleh: "Citra" },
    });
  });

  it("no entries: no change", () => {
    expect(perubahanTerakhir([], 2024).size).toBe(0);
  });
});
