import { describe, expect, it } from "vitest";
import { documentFromText } from "../read/source-document.ts";
import { provenanceViolations } from "./check-provenance.ts";
import { segmentDocument, type ReadDocument, type Segment } from "./segment-document.ts";

function read(text: string): ReadDocument {
  const doc = segmentDocument(documentFromText(text, { path: "passage.txt" }));
  expect(provenanceViolations(doc)).toEqual([]);
  return doc;
}

/** Role, language and text of each segment: the shape the tables below compare. */
function shape(doc: ReadDocument): [string, string, string][] {
  return doc.segments.map((segment) => [segment.role, segment.lang, segment.text]);
}

function partner(doc: ReadDocument, segment: Segment): Segment | undefined {
  return doc.segments.find((other) => other.id === segment.translationOf);
}

// Captions copied from seed 003 with their line breaks.
describe("bilingual photo captions", () => {
  const captions: [string, string, [string, string, string][]][] = [
    [
      "slash at the end of a line, English on the next lines",
      "Sống Khủng long - Đỉnh Phia Pò\nvùng Công viên địa chất Toàn cầu\nUNESCO Lạng Sơn. Ảnh: BÙI THUẬN/\nDinosaur Spine - Phia Po summit in the\nLang Son UNESCO Global Geopark\nPhoto: BUI THUAN",
      [
        ["caption", "vi", "Sống Khủng long - Đỉnh Phia Pò vùng Công viên địa chất Toàn cầu UNESCO Lạng Sơn."],
        ["credit", "vi", "Ảnh: BÙI THUẬN"],
        ["caption", "en", "Dinosaur Spine - Phia Po summit in the Lang Son UNESCO Global Geopark"],
        ["credit", "en", "Photo: BUI THUAN"],
      ],
    ],
    [
      "credit at the start of a line, slash and space, hyphenated English word",
      " Ban Quản lý Khu Kinh tế cửa khẩu\nĐồng Đăng - Lạng Sơn, Việt Nam hội\nđàm với Đoàn đại biểu Sở Thương mại\nKhu tự trị dân tộc Choang Quảng Tây,\nTrung Quốc - Lạng Sơn, tháng 5/2025.\nẢnh: LIỄU CHANG/ The Management\nBoard of Dong Dang - Lang Son Border\nGate Economic Zone, Vietnam held talks\nwith the delegation from the Department\nof Commerce of the Guangxi Zhuang Au-\ntonomous Region, China - Lang Son, May\n2025. Photo: LIEU CHANG",
      [
        ["caption", "vi", "Ban Quản lý Khu Kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, Việt Nam hội đàm với Đoàn đại biểu Sở Thương mại Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc - Lạng Sơn, tháng 5/2025."],
        ["credit", "vi", "Ảnh: LIỄU CHANG"],
        ["caption", "en", "The Management Board of Dong Dang - Lang Son Border Gate Economic Zone, Vietnam held talks with the delegation from the Department of Commerce of the Guangxi Zhuang Autonomous Region, China - Lang Son, May 2025."],
        ["credit", "en", "Photo: LIEU CHANG"],
      ],
    ],
    [
      "photographer's name wrapped across lines",
      "Đồng chí Bí thư Tỉnh uỷ trao đổi với Tham tán Đại sứ quán Nga tại Việt Nam. Ảnh: KIỀU\nANH/The Secretary of Provincial People's Committee exchanges with the Counselor of the Russian\nEmbassy in Vietnam. Photo: KIEU ANH",
      [
        ["caption", "vi", "Đồng chí Bí thư Tỉnh uỷ trao đổi với Tham tán Đại sứ quán Nga tại Việt Nam."],
        ["credit", "vi", "Ảnh: KIỀU ANH"],
        ["caption", "en", "The Secretary of Provincial People's Committee exchanges with the Counselor of the Russian Embassy in Vietnam."],
        ["credit", "en", "Photo: KIEU ANH"],
      ],
    ],
    [
      "two captions on consecutive lines, credit glued to the full stop",
      "Ông Lý Thạc, Phó Giám đốc Sở Thương mại Quảng Tây, Trung Quốc phát biểu tại buổi Hội\nđàm. Ảnh: LIỄU CHANG/Deputy Director of the Guangxi Department of Commerce Li Shi,\nspeaks at the talks .Photo: LIEU CHANG\nToàn cảnh buổi hội đàm. Ảnh: LIỄU CHANG/Overview of the talks. Photo: LIEU CHANG",
      [
        ["caption", "vi", "Ông Lý Thạc, Phó Giám đốc Sở Thương mại Quảng Tây, Trung Quốc phát biểu tại buổi Hội đàm."],
        ["credit", "vi", "Ảnh: LIỄU CHANG"],
        ["caption", "en", "Deputy Director of the Guangxi Department of Commerce Li Shi, speaks at the talks ."],
        ["credit", "en", "Photo: LIEU CHANG"],
        ["caption", "vi", "Toàn cảnh buổi hội đàm."],
        ["credit", "vi", "Ảnh: LIỄU CHANG"],
        ["caption", "en", "Overview of the talks."],
        ["credit", "en", "Photo: LIEU CHANG"],
      ],
    ],
    [
      "archive photo",
      "Khánh thành lớp học mầm non thôn Minh Dân, xã Hưng Vũ, huyện Bắc Sơn do Tổ\nchức TDH-G, CHLB Đức tài trợ - tháng 2/2006. Ảnh sưu tầm/Inauguration of a kinder-\ngarten classroom in Minh Dan hamlet, Hung Vu commune, Bac Son district, funded by\nTDH-G organization, Federal Republic of Germany - February 2006. Collected photo",
      [
        ["caption", "vi", "Khánh thành lớp học mầm non thôn Minh Dân, xã Hưng Vũ, huyện Bắc Sơn do Tổ chức TDH-G, CHLB Đức tài trợ - tháng 2/2006."],
        ["credit", "vi", "Ảnh sưu tầm"],
        ["caption", "en", "Inauguration of a kindergarten classroom in Minh Dan hamlet, Hung Vu commune, Bac Son district, funded by TDH-G organization, Federal Republic of Germany - February 2006."],
        ["credit", "en", "Collected photo"],
      ],
    ],
    [
      "name in title case",
      "Đại sứ Việt Nam tại Trung Quốc Phạm \nThanh Bình tham dự và phát biểu tại Lễ \nkhai mạc Chương trình. Ảnh: Vũ Giang/\nVietnamese Ambassador to China Pham \nThanh Binh attends and delivers a speech \nat the program’s opening ceremony. \nPhoto: Vu Giang",
      [
        ["caption", "vi", "Đại sứ Việt Nam tại Trung Quốc Phạm Thanh Bình tham dự và phát biểu tại Lễ khai mạc Chương trình."],
        ["credit", "vi", "Ảnh: Vũ Giang"],
        ["caption", "en", "Vietnamese Ambassador to China Pham Thanh Binh attends and delivers a speech at the program’s opening ceremony."],
        ["credit", "en", "Photo: Vu Giang"],
      ],
    ],
    [
      "Vietnamese only",
      "Tổng Bí thư Tô Lâm đọc diễn văn tại Lễ Kỷ niệm 50 năm  Ngày Giải phóng miền Nam,\nthống nhất đất nước.  Ảnh sưu tầm",
      [
        ["caption", "vi", "Tổng Bí thư Tô Lâm đọc diễn văn tại Lễ Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước."],
        ["credit", "vi", "Ảnh sưu tầm"],
      ],
    ],
    [
      "no credit, slash after a date",
      "Ký kết Bản ghi nhớ giữa UBND tỉnh Lạng Sơn, Việt Nam và Học\nviện quản lý Nanyang, Singapore trong chuyến thăm, làm việc\ncủa Đoàn đại biểu tỉnh tại Singapore và Malaysia - tháng\n4/2025/Signing of the Memorandum of Understanding between\nthe People’s Committee of Lang Son Province, Vietnam, and\nNanyang Management Institute, Singapore, during the provincial\ndelegation’s visit to Singapore and Malaysia - April 2025.",
      [
        ["caption", "vi", "Ký kết Bản ghi nhớ giữa UBND tỉnh Lạng Sơn, Việt Nam và Học viện quản lý Nanyang, Singapore trong chuyến thăm, làm việc của Đoàn đại biểu tỉnh tại Singapore và Malaysia - tháng 4/2025"],
        ["caption", "en", "Signing of the Memorandum of Understanding between the People’s Committee of Lang Son Province, Vietnam, and Nanyang Management Institute, Singapore, during the provincial delegation’s visit to Singapore and Malaysia - April 2025."],
      ],
    ],
  ];

  it.each(captions)("splits a caption: %s", (_, text, expected) => {
    const doc = read(text);
    expect(shape(doc)).toEqual(expected);
    const halves = doc.segments.filter((segment) => segment.role === "caption");
    for (let i = 0; i + 1 < halves.length; i += 2) {
      const [vi, en] = [halves[i]!, halves[i + 1]!];
      if (vi.lang === "vi" && en.lang === "en") {
        expect(vi.translationOf).toBe(en.id);
        expect(en.translationOf).toBe(vi.id);
      }
    }
  });

  it("keeps the credit out of the caption's offsets", () => {
    const doc = read("Toàn cảnh buổi làm việc. Ảnh: HƯƠNG TRANG/Overview of the meeting. Photo: HUONG TRANG");
    const [vi, credit, en, enCredit] = doc.segments;
    expect(doc.text.slice(vi!.start, vi!.end)).toBe("Toàn cảnh buổi làm việc.");
    expect(doc.text.slice(credit!.start, credit!.end)).toBe("Ảnh: HƯƠNG TRANG");
    expect(doc.text.slice(en!.start, en!.end)).toBe("Overview of the meeting.");
    expect(doc.text.slice(enCredit!.start, enCredit!.end)).toBe("Photo: HUONG TRANG");
    expect(partner(doc, vi!)).toBe(en);
  });
});

describe("bylines", () => {
  const cases: [string, string, [string, string, string][]][] = [
    [
      "glued to the end of the last paragraph",
      "Trong khuôn khổ Hội nghị đã diễn\nra hoạt động trao học bổng từ thiện, ký\nkết Biên bản ghi nhớ hợp tác và các\ncuộc gặp bên lề giữa các địa phương dự\nHội nghị với các cơ quan, tổ chức, hiệp\nhội quan trọng của Hàn Quốc và giữa\ncác doanh nghiệp hai Bên. MAI THU",
      [
        ["paragraph", "vi", "Trong khuôn khổ Hội nghị đã diễn ra hoạt động trao học bổng từ thiện, ký kết Biên bản ghi nhớ hợp tác và các cuộc gặp bên lề giữa các địa phương dự Hội nghị với các cơ quan, tổ chức, hiệp hội quan trọng của Hàn Quốc và giữa các doanh nghiệp hai Bên."],
        ["byline", "vi", "MAI THU"],
      ],
    ],
    [
      "glued after wide spacing",
      "Trước đó, tập thể lãnh đạo, cán bộ,\n\ncông chức, viên chức Sở đã tổ chức Lễ\n\ndâng hương báo công Bác tại Khuôn\n\nviên lưu niệm Chủ tịch Hồ Chí Minh,\n\nthành phố Lạng Sơn.        KHỔNG NGHĨA",
      [
        ["paragraph", "vi", "Trước đó, tập thể lãnh đạo, cán bộ, công chức, viên chức Sở đã tổ chức Lễ dâng hương báo công Bác tại Khuôn viên lưu niệm Chủ tịch Hồ Chí Minh, thành phố Lạng Sơn."],
        ["byline", "vi", "KHỔNG NGHĨA"],
      ],
    ],
    [
      "alone at the end of an English article",
      "At the reception, the delegation\n\nfrom Lang Son province engaged in\n\ndiscussions and exchanges on coop-\n\neration promotion with the Embassy’s\n\nCounselor and Russian partners.\n\nKIỀU ANH",
      [
        ["paragraph", "en", "At the reception, the delegation from Lang Son province engaged in discussions and exchanges on cooperation promotion with the Embassy’s Counselor and Russian partners."],
        ["byline", "vi", "KIỀU ANH"],
      ],
    ],
    [
      "alone, unaccented, followed by a heading",
      "Group is interested in.\n\nVU GIANG\n PACIFIC CONSTRUCTION GROUP OF CHINA SEEKS INVESTMENT AND\nCOOPERATION OPPORTUNITIES IN LANG SON PROVINCE",
      [
        ["paragraph", "en", "Group is interested in."],
        ["byline", "en", "VU GIANG"],
        ["heading", "en", "PACIFIC CONSTRUCTION GROUP OF CHINA SEEKS INVESTMENT AND COOPERATION OPPORTUNITIES IN LANG SON PROVINCE"],
      ],
    ],
    [
      "compiled by",
      "tạo điều kiện thuận lợi để các địa phương của\nViệt Nam thúc đẩy triển khai hợp tác.\nVŨ GIANG tổng hợp",
      [
        ["paragraph", "vi", "tạo điều kiện thuận lợi để các địa phương của Việt Nam thúc đẩy triển khai hợp tác."],
        ["byline", "vi", "VŨ GIANG tổng hợp"],
      ],
    ],
    [
      "author with title",
      "TRỊNH TUYẾT MAI - Giám đốc Sở Ngoại vụ tỉnh Lạng Sơn\nChặng đường 20 năm công tác\nđối ngoại tỉnh Lạng Sơn\n\nQuá trình 20 năm phát triển công tác đối ngoại.",
      [
        ["byline", "vi", "TRỊNH TUYẾT MAI - Giám đốc Sở Ngoại vụ tỉnh Lạng Sơn"],
        ["heading", "vi", "Chặng đường 20 năm công tác đối ngoại tỉnh Lạng Sơn"],
        ["paragraph", "vi", "Quá trình 20 năm phát triển công tác đối ngoại."],
      ],
    ],
  ];
  it.each(cases)("finds a byline %s", (_, text, expected) => {
    expect(shape(read(text))).toEqual(expected);
  });

  it("takes a name alone on the last line of a news item for its byline, not a closing heading", () => {
    const item = (last: string) => read(`Lào Cai và Vân Nam hội đàm\n\nHai bên nhất trí tăng cường hợp tác.\n\nHai bên ký biên bản.\n\n${last}`);
    expect(shape(item("Hoàng Nga")).at(-1)).toEqual(["byline", "vi", "Hoàng Nga"]);
    expect(shape(item("Hoang Minh Chau")).at(-1)?.[0]).toBe("byline");
    expect(shape(item("Hợp tác Lào Cai – Vân Nam")).at(-1)?.[0]).not.toBe("byline");
  });

  it("does not take an ALL-CAPS acronym sentence end for a byline", () => {
    expect(shape(read("Hai bên ký kết thỏa thuận với UNESCO.")).map(([role]) => role)).toEqual(["paragraph"]);
  });
});

describe("headings", () => {
  const cases: [string, string, [string, string, string][]][] = [
    [
      "bilingual ALL-CAPS heading over four lines",
      " TỈNH LẠNG SƠN VÀ ĐẠI SỨ QUÁN ẤN ĐỘ TẠI VIỆT NAM TỔ CHỨC NGÀY HỘI\nYOGA QUỐC TẾ VÀ GIAO LƯU VĂN HOÁ ẤN ĐỘ NĂM 2025/ LANG SON PROVINCE\nAND THE EMBASSY OF INDIA IN VIETNAM ORGANIZE THE INTERNATIONAL DAY\nOF YOGA AND INDIA CULTURAL EXCHANGE 2025",
      [
        ["heading", "vi", "TỈNH LẠNG SƠN VÀ ĐẠI SỨ QUÁN ẤN ĐỘ TẠI VIỆT NAM TỔ CHỨC NGÀY HỘI YOGA QUỐC TẾ VÀ GIAO LƯU VĂN HOÁ ẤN ĐỘ NĂM 2025"],
        ["heading", "en", "LANG SON PROVINCE AND THE EMBASSY OF INDIA IN VIETNAM ORGANIZE THE INTERNATIONAL DAY OF YOGA AND INDIA CULTURAL EXCHANGE 2025"],
      ],
    ],
    [
      "bilingual heading with a hyphenated English word",
      "UNESCO CHÍNH THỨC CÔNG NHẬN CÔNG VIÊN ĐỊA CHẤT LẠNG SƠN - NÂNG\nTẦM VỊ THẾ VIỆT NAM TRÊN BẢN ĐỒ DI SẢN ĐỊA CHẤT THẾ GIỚI/UNESCO OFFI-\nCIALLY RECOGNIZES LANG SON GEOPARK - ELEVATING VIETNAM'S POSITION ON\nTHE GLOBAL GEOPARK MAP",
      [
        ["heading", "vi", "UNESCO CHÍNH THỨC CÔNG NHẬN CÔNG VIÊN ĐỊA CHẤT LẠNG SƠN - NÂNG TẦM VỊ THẾ VIỆT NAM TRÊN BẢN ĐỒ DI SẢN ĐỊA CHẤT THẾ GIỚI"],
        ["heading", "en", "UNESCO OFFICIALLY RECOGNIZES LANG SON GEOPARK - ELEVATING VIETNAM'S POSITION ON THE GLOBAL GEOPARK MAP"],
      ],
    ],
    [
      "section label in mixed case",
      "4- NHÌN RA THẾ GIỚI/View of the world",
      [
        ["heading", "vi", "4- NHÌN RA THẾ GIỚI"],
        ["heading", "en", "View of the world"],
      ],
    ],
    [
      "running head with a bar",
      "LẠNG SƠN NGÀY NAY |\nLANG SON PROVINCE TODAY",
      [
        ["heading", "vi", "LẠNG SƠN NGÀY NAY"],
        ["heading", "en", "LANG SON PROVINCE TODAY"],
      ],
    ],
    [
      "a heading with a date line under it",
      "LỄ KỶ NIỆM 20 NĂM THÀNH LẬP SỞ NGOẠI VỤ TỈNH LẠNG SƠN\n(16/5/2005 - 16/5/2025)\n THE 20TH ANNIVERSARY OF THE ESTABLISHMENT OF LANGSON PROVINCIAL DEPARTMENT OF FOREIGN\nAFFAIRS (MAY 16, 2005 - MAY 16, 2025)",
      [
        ["heading", "vi", "LỄ KỶ NIỆM 20 NĂM THÀNH LẬP SỞ NGOẠI VỤ TỈNH LẠNG SƠN (16/5/2005 - 16/5/2025)"],
        ["heading", "en", "THE 20TH ANNIVERSARY OF THE ESTABLISHMENT OF LANGSON PROVINCIAL DEPARTMENT OF FOREIGN AFFAIRS (MAY 16, 2005 - MAY 16, 2025)"],
      ],
    ],
    [
      "a short title line, then its article",
      "Expanding international cooperation in preserving and promoting cultural heritage\n\nOver the years, all levels and sectors of the province have regularly cooperated with international expert and working delegations.",
      [
        ["heading", "en", "Expanding international cooperation in preserving and promoting cultural heritage"],
        ["paragraph", "en", "Over the years, all levels and sectors of the province have regularly cooperated with international expert and working delegations."],
      ],
    ],
    [
      "a lead paragraph printed in capitals is a paragraph",
      "NGÀY 17/4/2025 TẠI PHIÊN HỌP LẦN THỨ 221 TẠI THÀNH PHỐ PARIS, PHÁP, TỔ CHỨC GIÁO DỤC, KHOA\nHỌC VÀ VĂN HÓA CỦA LIÊN HỢP QUỐC (UNESCO) ĐÃ CHÍNH THỨC CÔNG BỐ DANH SÁCH 16 CÔNG VIÊN\nĐỊA CHẤT TOÀN CẦU MỚI, TRONG ĐÓ CÓ CÔNG VIÊN ĐỊA CHẤT (CVĐC ) TOÀN CẦU UNESCO LẠNG SƠN.",
      [
        ["paragraph", "vi", "NGÀY 17/4/2025 TẠI PHIÊN HỌP LẦN THỨ 221 TẠI THÀNH PHỐ PARIS, PHÁP, TỔ CHỨC GIÁO DỤC, KHOA HỌC VÀ VĂN HÓA CỦA LIÊN HỢP QUỐC (UNESCO) ĐÃ CHÍNH THỨC CÔNG BỐ DANH SÁCH 16 CÔNG VIÊN ĐỊA CHẤT TOÀN CẦU MỚI, TRONG ĐÓ CÓ CÔNG VIÊN ĐỊA CHẤT (CVĐC ) TOÀN CẦU UNESCO LẠNG SƠN."],
      ],
    ],
  ];
  it.each(cases)("reads %s", (_, text, expected) => {
    const doc = read(text);
    expect(shape(doc)).toEqual(expected);
    if (expected.length === 2 && expected[0]![0] === "heading" && expected[1]![0] === "heading") {
      expect(partner(doc, doc.segments[0]!)).toBe(doc.segments[1]);
      expect(partner(doc, doc.segments[1]!)).toBe(doc.segments[0]);
    }
  });
});

describe("languages", () => {
  const cases: [string, string, "vi" | "en"][] = [
    ["Vietnamese paragraph", "Hoi An là vùng đất có nhiều giá trị lịch sử độc đáo, nơi thể hiện sự giao thoa văn hóa đa dạng.", "vi"],
    ["English paragraph", "Hoi An is a land with unique historical values, a place that shows diverse cultural exchanges.", "en"],
    [
      "English with Vietnamese names",
      "Central to the region’s spiritual life is Đạo Mẫu, the worship of Mother Goddesses, which blends music, dance and storytelling to honour deities believed to govern the realms of heaven, earth, mountains, forests and water.",
      "en",
    ],
    [
      "Vietnamese with English names",
      "Về phía Ấn Độ có bà T. Ajungla Jamir - Phó Đại sứ, Đại sứ quán Ấn Độ tại Việt Nam; đại diện Trung tâm Văn hóa Swami Vivekananda, Đại sứ quán Ấn Độ tại Hà Nội; Hiệp hội Doanh nghiệp Ấn Độ tại Việt Nam (INCHAM).",
      "vi",
    ],
    ["Vietnamese heading in capitals", "ĐOÀN ĐẠI BIỂU TỈNH LẠNG SƠN THAM DỰ HỘI NGHỊ “GẶP GỠ HÀN QUỐC 2025”", "vi"],
  ];
  it.each(cases)("tags a %s", (_, text, lang) => {
    const doc = read(text);
    expect(doc.segments.map((segment) => segment.lang)).toEqual([lang]);
  });

  it("reports the share of characters per language", () => {
    const doc = read("Toàn cảnh buổi làm việc. Ảnh: HƯƠNG TRANG/Overview of the meeting. Photo: HUONG TRANG");
    expect(doc.languages.vi + doc.languages.en).toBeCloseTo(1, 2);
    expect(doc.languages.vi).toBeGreaterThan(0.4);
    expect(doc.languages.en).toBeGreaterThan(0.4);
  });
});

describe("segments", () => {
  it("numbers segments with the document id and keeps sentences inside them", () => {
    const doc = read(
      "Mr. Nguyen Phuc Ha, Director of the Department of Culture, Sports and Tourism said: Over the years, the conservation has been actively implemented. In particular, the sector moved toward expanding international cooperation.",
    );
    const [segment] = doc.segments;
    expect(segment!.id).toBe(`${doc.id}:s0`);
    expect(segment!.docId).toBe(doc.id);
    expect(segment!.sentences.map((sentence) => sentence.text)).toEqual([
      "Mr. Nguyen Phuc Ha, Director of the Department of Culture, Sports and Tourism said: Over the years, the conservation has been actively implemented.",
      "In particular, the sector moved toward expanding international cooperation.",
    ]);
  });

  it("composes decomposed Vietnamese in segment text and keeps offsets in the original", () => {
    const text = "Lạng Sơn hợp tác với Quảng Tây.".normalize("NFD");
    const doc = read(text);
    const [segment] = doc.segments;
    expect(segment!.text).toBe("Lạng Sơn hợp tác với Quảng Tây.");
    expect(segment!.start).toBe(0);
    expect(segment!.end).toBe(text.length);
    const sentence = segment!.sentences[0]!;
    const son = sentence.text.indexOf("Sơn");
    expect(doc.text.slice(sentence.map[son], sentence.map[son + 3]).normalize("NFC")).toBe("Sơn");
  });

  it("reads an empty document as no segments", () => {
    const doc = read("");
    expect(doc.segments).toEqual([]);
    expect(doc.languages).toEqual({ vi: 0, en: 0 });
  });
});
