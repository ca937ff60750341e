/**
 * Generated news items as text files, for load tests that go through the whole loader (reading,
 * extraction, writing): receptions of ambassadors by provincial leaders, with dates and places,
 * so documents share people, places and events. Deterministic.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const PROVINCES = ["Lang Son", "Cao Bang", "Quang Ninh", "Lao Cai", "Ha Giang", "Bac Giang"];
const LEADERS = ["Ho Tien Thieu", "Doan Thanh Son", "Nguyen Van Phuong", "Tran Thi Lan", "Le Quang Minh", "Pham Duc Hoa", "Hoang Van Nam", "Vu Thi Mai"];
const GUESTS: [string, string][] = [
  ["Japan", "Ito Naoki"],
  ["the Republic of Korea", "Choi Young-sam"],
  ["France", "Olivier Brochet"],
  ["Australia", "Andrew Goledzinowski"],
  ["India", "Sandeep Arya"],
  ["Germany", "Helga Barth"],
];
const FIELDS = ["trade", "investment", "education", "tourism", "agriculture"];

/** Writes `count` documents into `dir` (created if needed) and returns their paths, sorted. */
export function writeNewsCorpus(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const province = PROVINCES[i % PROVINCES.length]!;
    const leader = LEADERS[(i * 3) % LEADERS.length]!;
    const deputy = LEADERS[(i * 3 + 1) % LEADERS.length]!;
    const [country, guest] = GUESTS[(i * 5) % GUESTS.length]!;
    const day = 1 + (i % 27);
    const month = ["March", "April", "May", "June"][Math.floor(i / 27) % 4]!;
    const text = [
      `${province} leaders receive the Ambassador of ${country}`,
      "",
      `On ${day} ${month} 2025, Chairman of the ${province} Provincial People's Committee ${leader} received Ambassador of ${country} to Vietnam ${guest} in ${province} City. The two sides discussed cooperation in ${FIELDS[i % FIELDS.length]}.`,
      "",
      `Vice Chairman of the ${province} Provincial People's Committee ${deputy} attended the reception. ${province} and ${country.replace(/^the /, "")} agreed to strengthen cooperation in ${FIELDS[(i + 2) % FIELDS.length]}.`,
      "",
      `Report number ${i}.`,
    ].join("\n");
    const file = path.join(dir, `news-${String(i).padStart(4, "0")}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files.sort();
}
