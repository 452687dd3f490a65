/**
 * Times shown to people are the unit's: Việt Nam (Asia/Ho_Chi_Minh, UTC+7 all year), “dd/mm/yyyy hh:mm”, whatever
 * the machine's time zone (issue 15 item 5: “a time in the unit's local time (today `chot` prints UTC)”). The
 * expected values are computed here by Intl with the IANA zone, independently of the fixed offset the code uses.
 */
import { gioViet, homNayLocal } from "../../src/rules";

const quaIntl = (iso: string) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(new Date(iso))
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
};

test.each([
  ["2026-01-20T09:00:00.000Z", "20/01/2026 16:00"],
  ["2025-12-31T17:30:00.000Z", "01/01/2026 00:30"], // the year turns in Việt Nam first
  ["2026-03-08T06:59:59.999Z", "08/03/2026 13:59"], // the day New York moves its clocks: no effect here
  ["2026-01-20T16:05:00+07:00", "20/01/2026 16:05"],
  ["2026-01-20T04:05:00-05:00", "20/01/2026 16:05"],
])("%s is %s in Việt Nam", (iso, vn) => {
  expect(gioViet(iso)).toBe(vn);
  expect(gioViet(new Date(iso))).toBe(vn);
  expect(quaIntl(iso)).toBe(vn);
});

test("many instants over a year agree with the IANA zone", () => {
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 7 * 3600_000 + 13 * 60_000) {
    const iso = new Date(t).toISOString();
    expect([iso, gioViet(iso)]).toEqual([iso, quaIntl(iso)]);
  }
});

test("a text that is not an ISO moment is shown as it stands (a lock sheet edited by hand)", () => {
  expect(gioViet("hôm qua")).toBe("hôm qua");
  expect(gioViet("")).toBe("");
  expect(gioViet("2026-01-20 09:00")).toBe("2026-01-20 09:00"); // no zone: which time it means is unknown
});

test("today is the unit's date", () => {
  expect(homNayLocal(new Date("2026-01-14T18:00:00Z"))).toEqual({ nam: 2026, thang: 1, ngay: 15 });
  expect(homNayLocal(new Date("2026-01-14T16:59:00Z"))).toEqual({ nam: 2026, thang: 1, ngay: 14 });
});
