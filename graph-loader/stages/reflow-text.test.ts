import { describe, expect, it } from "vitest";
import { documentFromText } from "../read/source-document.ts";
import { provenanceViolations } from "./check-provenance.ts";
import { reflowText } from "./reflow-text.ts";
import { segmentDocument } from "./segment-document.ts";

function read(text: string) {
  const doc = segmentDocument(documentFromText(text, { path: "passage.txt" }));
  expect(provenanceViolations(doc)).toEqual([]);
  return doc;
}

function allText(text: string): string {
  return read(text)
    .segments.map((segment) => segment.text)
    .join("\n");
}

// Passages copied from the seeds (003: the Lang Son magazine; 000: the Lang Son heritage article).
describe("line-end hyphenation", () => {
  const joins: [string, string, string][] = [
    [
      "blank line between the halves (a PDF column)",
      "the comprehensive strategic partner-\n\nship between Vietnam and the Russ-\n\nian Federation would continue to",
      "the comprehensive strategic partnership between Vietnam and the Russian Federation would continue to",
    ],
    [
      "Rus-/sian with the word elsewhere in the text",
      "The Russian side agreed. The Vietnamese People's Army delegation\n\nin the Victory Day parade held by the Rus-\n\nsian Federation on May 9, 2025,",
      "in the Victory Day parade held by the Russian Federation on May 9, 2025,",
    ],
    [
      "coop-/eration",
      "At the reception, the delegation\n\nfrom Lang Son province engaged in\n\ndiscussions and exchanges on coop-\n\neration promotion with the Embassy’s\n\nCounselor and Russian partners.",
      "discussions and exchanges on cooperation promotion with the Embassy’s Counselor and Russian partners.",
    ],
    [
      "Au-/tonomous",
      "with the delegation from the Department\nof Commerce of the Guangxi Zhuang Au-\ntonomous Region, China - Lang Son, May\n2025.",
      "of Commerce of the Guangxi Zhuang Autonomous Region, China - Lang Son, May 2025.",
    ],
    [
      "re-/ception",
      "Deputy Prime Minister Tran Hong Ha speaks at the re-\nception.",
      "Deputy Prime Minister Tran Hong Ha speaks at the reception.",
    ],
    [
      "in-/dustries after a real compound",
      'discussion session on "Promoting cooperation to develop high-tech in-\ndustries in "Meet Korea 2025"',
      'discussion session on "Promoting cooperation to develop high-tech industries in "Meet Korea 2025"',
    ],
    [
      "ALL-CAPS heading",
      "UNESCO CHÍNH THỨC CÔNG NHẬN/UNESCO OFFI-\nCIALLY RECOGNIZES LANG SON GEOPARK",
      "UNESCO OFFICIALLY RECOGNIZES LANG SON GEOPARK",
    ],
    [
      "a second half broken off an existing compound",
      "establishing a solid foundation for stable socio-eco-\nnomic development in border areas",
      "establishing a solid foundation for stable socio-economic development in border areas",
    ],
    [
      "a Vietnamese loan word",
      "sức mạnh của\ntình đoàn kết với Lào và Cam-\npuchia; sức mạnh của sự giúp đỡ",
      "sức mạnh của tình đoàn kết với Lào và Campuchia; sức mạnh của sự giúp đỡ",
    ],
  ];
  it.each(joins)("joins a word split at a line end: %s", (_, text, expected) => {
    expect(allText(text)).toContain(expected);
  });

  const keeps: [string, string, string][] = [
    ["a spaced dash in Vietnamese", "nhằm\ntăng cường quan hệ đối ngoại giữa\nthanh niên Việt - Trung, thể hiện", "thanh niên Việt - Trung, thể hiện"],
    ["a year range", "Giai đoạn 2015 - 2024, tỉnh đã đón\ntiếp gần 530 đoàn vào với trên 4.000", "Giai đoạn 2015 - 2024, tỉnh đã đón tiếp"],
    ["a hyphenated first name", "with French Ambassador to Vietnam Jean-François Girault - Lang Son, November 2011.", "Jean-François Girault"],
    [
      "a hyphen before a space",
      "including the Vietnam Union of\n\nFriendship Organizations and the\n\nVietnam- Russia Friendship Associa-\n\ntion; ambassadors and representa-\n\ntives of foreign diplomatic missions",
      "Vietnam- Russia Friendship Association; ambassadors and representatives of foreign diplomatic missions",
    ],
    [
      "an en dash",
      "participate in annual conferences, seminars and forums of the global network of UNESCO Geoparks, UNESCO Global Geoparks Asia – Pacific Network.",
      "UNESCO Global Geoparks Asia – Pacific Network.",
    ],
    ["a capital after the break", "Everlasting Vietnam-\nIndia Friendship; and Yoga", "Everlasting Vietnam-India Friendship"],
    ["numbers", "thực hiện Nghị quyết số 57-\nNQ/TW ngày 22/12/2024 của Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"],
    ["face-to-face", "In an exceptionally difficult context where trade was disrupted and face-to-\nface diplomatic engagements were almost entirely suspended", "face-to-face diplomatic engagements"],
    [
      "a compound printed whole elsewhere",
      "The provincial-level agreement was signed. They promptly sign a provincial-\nlevel agreement to officially open the gate pair.",
      "sign a provincial-level agreement",
    ],
  ];
  it.each(keeps)("keeps real hyphens and dashes: %s", (_, text, expected) => {
    expect(allText(text)).toContain(expected);
  });

  it("never leaves a hyphen-newline in segment text", () => {
    const doc = read("This is coop-\neration between the prov-\n\ninces of Lang Son and Guang-\nxi.");
    expect(doc.segments.map((segment) => segment.text)).toEqual(["This is cooperation between the provinces of Lang Son and Guangxi."]);
    expect(doc.stats.hyphenationsJoined).toBe(3);
  });
});

describe("line joining", () => {
  it("drops the blank lines PDF extraction puts between the lines of a column", () => {
    const text =
      "Tham dự Tiệc chiêu đãi có đồng chí\n\nTrần Hồng Hà, Ủy viên Trung ương\n\nĐảng, Phó Thủ tướng Chính phủ; đại diện\n\n" +
      "các ban, bộ, ngành của Việt Nam, đại diện\n\nLiên hiệp Các tổ chức hữu nghị Việt Nam,\n\nHội Hữu nghị Việt Nam-Liên bang Nga,\n\n" +
      "các Đại sứ và đại diện các cơ quan ngoại\n\ngiao nước ngoài tại Việt Nam… Về phía\n\ntỉnh Lạng Sơn, có đồng chí Hoàng Văn\n\n" +
      "Nghiệm, Bí thư Tỉnh uỷ, Trưởng đoàn Đại\n\nbiểu Quốc hội tỉnh và Giám đốc Sở Ngoại\n\nvụ tham dự Tiệc chiêu đãi.\n\n" +
      "Đại sứ Đặc mệnh toàn quyền Liên\n\nbang Nga tại Việt Nam Gennady\n\nStepanovich Bezdetko trong phát biểu\n\nkhai mạc đã nhấn mạnh ý nghĩa của\n\n" +
      "Chiến thắng Chiến tranh Vệ quốc vĩ đại\n\ncủa nhân dân Liên Xô 80 năm về trước.";
    const paragraphs = read(text).segments;
    expect(paragraphs.map((segment) => segment.role)).toEqual(["paragraph", "paragraph"]);
    expect(paragraphs[0]!.text).toMatch(/^Tham dự Tiệc chiêu đãi có đồng chí Trần Hồng Hà, Ủy viên Trung ương Đảng, Phó Thủ tướng/u);
    expect(paragraphs[0]!.text).toMatch(/Giám đốc Sở Ngoại vụ tham dự Tiệc chiêu đãi\.$/u);
    expect(paragraphs[1]!.text).toMatch(/^Đại sứ Đặc mệnh toàn quyền Liên bang Nga tại Việt Nam Gennady Stepanovich Bezdetko/u);
  });

  it("keeps one-line paragraphs separated by blank lines apart (seed 000)", () => {
    const text =
      "Friday,  09/20/2024\n\nExpanding international cooperation in preserving and promoting cultural heritage\n\n" +
      "Over the years, all levels and sectors of the province have regularly cooperated with international expert and working delegations in the field of heritage conservation in order to promote the values and strengths of Lang Son.\n\n" +
      "The delegation of UNESCO consultants to build Lang Son Geopark on site survey in Lan Chau village, Huu Lien commune, Huu Lung district\n\n" +
      "The main contents of exchange and cooperation are: exchange, research, learn about the culture and traditional history of ethnic communities, survey and archaeological excavations; exchange, study and exchange experiences in tourism activities; management, training, performing arts, physical training, sports…";
    const doc = read(text);
    expect(doc.segments.map((segment) => segment.text.slice(0, 20))).toEqual([
      "Friday, 09/20/2024",
      "Expanding internatio",
      "Over the years, all ",
      "The delegation of UN",
      "The main contents of",
    ]);
    expect(doc.segments[1]!.role).toBe("heading");
  });

  it("joins a sentence broken by a blank line inside a single-spaced column", () => {
    const text =
      "10 năm tổ chức chuỗi sự kiện\n“Gặp gỡ Hàn Quốc” tại Việt Nam. Hiện\n\nnay, Việt Nam và Hàn Quốc đã trở\nthành đối tác quan trọng hàng đầu\ncủa nhau trên nhiều lĩnh vực.";
    expect(read(text).segments.map((segment) => segment.text)).toEqual([
      "10 năm tổ chức chuỗi sự kiện “Gặp gỡ Hàn Quốc” tại Việt Nam. Hiện nay, Việt Nam và Hàn Quốc đã trở thành đối tác quan trọng hàng đầu của nhau trên nhiều lĩnh vực.",
    ]);
  });

  it("starts a new block at a line that opens a new PDF text box (leading space)", () => {
    const text = "Tại Tiệc chiêu đãi, Đoàn đại biểu tỉnh\nLạng Sơn đã tiếp xúc\n Phó Thủ tướng Chính phủ Trần Hồng Hà phát biểu tại tiệc chiêu đãi.";
    expect(reflowText(text).blocks).toHaveLength(2);
  });

  it("drops bare page numbers", () => {
    const text = "deeper international inte-\ngration\n26\n Lễ thông xe tuyến đường chuyên dụng vận tải hàng hóa Tân Thanh - Pò Chài.";
    expect(read(text).segments.map((segment) => segment.text)).toEqual([
      "deeper international integration",
      "Lễ thông xe tuyến đường chuyên dụng vận tải hàng hóa Tân Thanh - Pò Chài.",
    ]);
  });
});
