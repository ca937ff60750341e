import { describe, expect, it } from "vitest";
import type { DocumentGraph } from "../graph/model.ts";
import { DELEGATION_REASON, PARTICIPATION_REASON } from "../patterns/lexicon.ts";
import { extractFromText } from "../pipeline.ts";

function relations(graph: DocumentGraph, type: string): string[] {
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return graph.edges
    .filter((e) => e.type === type)
    .map((e) => [name.get(e.source), name.get(e.target)].sort().join(" ~ "))
    .sort();
}

const graphOf = (text: string) => extractFromText(text, { path: "test.txt" });

describe("who met whom (MET)", () => {
  it.each<[string, string[]]>([
    ["Chairman of the Provincial People's Committee Ho Tien Thieu received Ambassador of Japan to Vietnam Ito Naoki.", ["Ho Tien Thieu ~ Ito Naoki"]],
    ["Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.", ["Ho Tien Thieu ~ Ito Naoki"]],
    ["Bí thư Tỉnh ủy Hoàng Văn Nghiệm hội đàm với Bí thư Khu ủy Quảng Tây Trần Cương.", ["Hoang Van Nghiem ~ Tran Cuong"]],
    [
      "Mr. Nguyen Van Son - Chairman of Hoi An City People's Committee and Mr. Viengthong Hatsachanh - Chairman of Luang Prabang City signed the agreement, witnessed by Mr. Tran Thanh Man - Chairman of the National Assembly.",
      ["Nguyen Van Son ~ Tran Thanh Man", "Nguyen Van Son ~ Viengthong Hatsachanh", "Tran Thanh Man ~ Viengthong Hatsachanh"],
    ],
    ["Deputy Prime Minister Tran Hong Ha attended the reception. In his opening remarks, Ambassador of Russia to Vietnam Gennady Bezdetko thanked the guests.", ["Gennady Bezdetko ~ Tran Hong Ha"]],
    ["Deputy Prime Minister Tran Hong Ha praised the work of Chairman Ho Tien Thieu.", []],
    ["Chủ tịch Hồ Chí Minh và Phó Thủ tướng Trần Hồng Hà tham dự lễ kỷ niệm năm 2025.", []],
    // A delegation's members named in the next sentence were at the meeting too.
    [
      "Chairman of the Nghe An Provincial People's Committee Le Van Quang received a delegation led by Vice Governor of Xiengkhouang Bounmy Keomanivong. The Lao delegation included Mrs. Soudaphone Inthavong, Director of the Xiengkhouang Department of Foreign Affairs.",
      ["Bounmy Keomanivong ~ Le Van Quang", "Bounmy Keomanivong ~ Soudaphone Inthavong", "Le Van Quang ~ Soudaphone Inthavong"],
    ],
    [
      "Chủ tịch UBND tỉnh Quảng Ninh Vũ Đức Khải tiếp Phó Tỉnh trưởng tỉnh Hải Nam Hứa Lệ Bình. Thành viên đoàn gồm ông Trần Văn Lâm, Giám đốc Sở Ngoại vụ tỉnh Quảng Ninh.",
      ["Hua Le Binh ~ Tran Van Lam", "Hua Le Binh ~ Vu Duc Khai", "Tran Van Lam ~ Vu Duc Khai"],
    ],
    // "Attending the session were …": the session is the talks just told, not a new event.
    [
      "On September 11, Mr. Danh Hong Phuc, Vice Chairman of the Kien Giang Provincial People's Committee, worked with Deputy Governor of Kampot Chhim Sophal. Attending the session was Mr. Sok Vannak, Consul General of Cambodia in Ho Chi Minh City.",
      ["Chhim Sophal ~ Danh Hong Phuc", "Chhim Sophal ~ Sok Vannak", "Danh Hong Phuc ~ Sok Vannak"],
    ],
    // Speakers in the story of a meeting were at it; a signing they recall from another year was not theirs.
    [
      "Green port forum\n\nVUNG TAU, May 27, 2025 – Opening the forum on May 27, 2025, Ms. Le Thi Ngoc Diep, Vice Chairwoman of the Ba Ria - Vung Tau Provincial People's Committee, welcomed the guests. Tan Hui Min, Deputy Chief Executive of the Maritime and Port Authority of Singapore, outlined how Singapore finances bunkering. Mr. Agus Wicaksono, Vice Governor of East Java, recalled that Ba Ria - Vung Tau and East Java signed a memorandum of understanding in 2023.",
      ["Agus Wicaksono ~ Le Thi Ngoc Diep", "Agus Wicaksono ~ Tan Hui Min", "Le Thi Ngoc Diep ~ Tan Hui Min"],
    ],
    // Two speakers in one sentence; a document with no date of its own is set in the year its text names most.
    [
      "Opening the forum on May 27, 2025, Ms. Le Thi Ngoc Diep, Vice Chairwoman of the Ba Ria - Vung Tau Provincial People's Committee, welcomed the guests. Mr. Ouk Sambath, Deputy Governor of Preah Sihanouk Province, introduced investment opportunities, while Mr. Lorenzo Ferretti, Counsellor of the Delegation of the European Union, told delegates about trade. Mr. Agus Wicaksono, Vice Governor of East Java, recalled that Ba Ria - Vung Tau and East Java signed a memorandum in 2023.",
      [
        "Agus Wicaksono ~ Le Thi Ngoc Diep",
        "Agus Wicaksono ~ Lorenzo Ferretti",
        "Agus Wicaksono ~ Ouk Sambath",
        "Le Thi Ngoc Diep ~ Lorenzo Ferretti",
        "Le Thi Ngoc Diep ~ Ouk Sambath",
        "Lorenzo Ferretti ~ Ouk Sambath",
      ],
    ],
    // "the delegation" at a later meeting is the delegation the story told of, led by its head.
    [
      "A delegation from South Gyeongsang Province, led by Vice Governor Jeon Sang-woo, paid a working visit to Quang Ngai on May 20, 2025. The delegation included Ms. Seo Yeon-hee, Director of the International Trade Division. In the afternoon, the delegation held a working session with Mr. Dang Ngoc Huy, Vice Chairman of the Quang Ngai Provincial People's Committee.",
      ["Dang Ngoc Huy ~ Jeon Sang-woo", "Dang Ngoc Huy ~ Seo Yeon-hee", "Jeon Sang-woo ~ Seo Yeon-hee"],
    ],
    // Invited by someone who is not at the talks.
    [
      "Vietnamese Deputy Prime Minister Kieu Minh Dat held talks with Kazakh Deputy Prime Minister Yerlan Sarsenbayev in Astana on March 11, at the invitation of Kazakh Prime Minister Bakhytzhan Omarov.",
      ["Kieu Minh Dat ~ Yerlan Sarsenbayev"],
    ],
    // Named through their greetings, not there.
    ["Vice Chairman Tran Quoc Bao received Consul General Sato Kenichiro, who conveyed the greetings of Osaka Mayor Yamane Koji.", ["Sato Kenichiro ~ Tran Quoc Bao"]],
  ])("%s", (text, expected) => {
    expect(relations(graphOf(text), "MET")).toEqual(expected);
  });
});

describe("offices (AFFILIATED_WITH to a place)", () => {
  const placesOnly = (g: DocumentGraph) => {
    const label = new Map(g.nodes.map((n) => [n.id, n.label]));
    return relations({ ...g, edges: g.edges.filter((e) => e.type === "AFFILIATED_WITH" && label.get(e.target) !== "Organization") }, "AFFILIATED_WITH");
  };
  it.each<[string, string[]]>([
    ["Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to Vietnam Choi Youngsam spoke.", ["Choi Youngsam ~ Republic of Korea"]],
    ["French Ambassador to Vietnam Jean-François Girault visited Lang Son.", ["France ~ Jean-Francois Girault"]],
    ["Đại sứ Việt Nam tại Trung Quốc Phạm Thanh Bình phát biểu.", ["Pham Thanh Binh ~ Vietnam"]],
    ["Secretary of the Lang Son Provincial Party Committee, Vietnam, Nguyen Quoc Doan spoke.", ["Lang Son ~ Nguyen Quoc Doan"]],
    ["Chairman of Luang Prabang City (Laos) Viengthong Hatsachanh spoke.", ["Luang Prabang ~ Viengthong Hatsachanh"]],
    // A provincial title that names no province: the province the document is about.
    ["Lạng Sơn đón đoàn. Tỉnh Lạng Sơn tiếp đoàn. Phó Chủ tịch UBND tỉnh Dương Xuân Huyên phát biểu.", ["Duong Xuan Huyen ~ Lang Son"]],
    // A national title that names no state: the state the document is about.
    ["Phó Thủ tướng Trần Hồng Hà phát biểu.", ["Tran Hong Ha ~ Vietnam"]],
    // A well-known figure: the state of their office.
    ["Tổng Bí thư, Chủ tịch nước Tập Cận Bình thăm Việt Nam.", ["China ~ Xi Jinping"]],
    // A foreign name with a national title that names no state: not the document's own country.
    ["Phó Thủ tướng Trần Hồng Hà tiếp Phó Thủ tướng Yerlan Sarsenbayev.", ["Tran Hong Ha ~ Vietnam"]],
    // A place in a possessive; a region after an office is not a person.
    ["Ahmed Fathy El-Sayed, First Undersecretary of Egypt's Ministry of Water Resources, spoke.", ["Ahmed Fathy El-Sayed ~ Egypt"]],
    ["Ms. Fiona McAllister, Queensland's Trade and Investment Commissioner for Southeast Asia, spoke.", ["Fiona McAllister ~ Queensland"]],
    // Below province level: no link.
    ["Chủ tịch UBND huyện Hữu Lũng Nguyễn Văn A phát biểu.", []],
    ["Cần Thơ tổ chức hội thảo tại Cần Thơ. Dự có ông Huỳnh Văn Lực, Chủ tịch UBND huyện Phong Điền.", []],
    ["Nghe An hosted the talks in Nghe An. On the Nghe An side was Mr. Truong Minh Duc, Chairman of the People's Committee of Ky Son district.", []],
    // A foreign governor: the place of the delegation they lead, or of the side they are listed on; never the document's own.
    ["Bac Ninh received a delegation from Gyeonggi Province, the Republic of Korea, led by Vice Governor Kim Jae-won.", ["Gyeonggi ~ Kim Jae-won"]],
    ["Bac Ninh hosted the talks in Bac Ninh. Vice Governor Kim Jae-won thanked the hosts.", []],
    ["Quảng Trị đón đoàn tại Quảng Trị. Về phía tỉnh Savannakhet có ông Phouvong Sitthixay, Tỉnh trưởng.", ["Phouvong Sitthixay ~ Savannakhet"]],
  ])("%s", (text, expected) => {
    expect(placesOnly(graphOf(text))).toEqual(expected);
  });
});

describe("partnerships (PARTNERS_WITH)", () => {
  it.each<[string, string[]]>([
    ["It can be said that the cooperation between Hoi An city and Luang Prabang city will grow.", ["Hoi An ~ Luang Prabang"]],
    ["quan hệ Đối tác chiến lược toàn diện giữa Việt Nam và Liên Bang Nga", ["Russia ~ Vietnam"]],
    ["Vietnam and the Republic of Korea have become each other's leading partners.", ["Republic of Korea ~ Vietnam"]],
    ["cơ chế hợp tác Phi tập trung Việt - Pháp", ["France ~ Vietnam"]],
    [
      "the Joint Working Committee Conference between Quang Ninh, Lang Son, Cao Bang (Vietnam) and Guangxi (China)",
      ["Cao Bang ~ Guangxi", "Guangxi ~ Lang Son", "Guangxi ~ Quang Ninh"],
    ],
    ["Lạng Sơn đón đoàn. Tỉnh Lạng Sơn thúc đẩy hợp tác với Quảng Tây (Trung Quốc).", ["Guangxi ~ Lang Son"]],
    ["The Ho Tien Thieu delegation arrived in Hanoi, Vietnam - Lang Son, May 2025.", []],
    ["Hội nghị tổ chức tại Hà Nội với sự tham dự của Lạng Sơn, Cao Bằng và Hà Giang.", []],
    ["The two leaders agreed to strengthen the special relationship between Vietnam and Laos.", ["Laos ~ Vietnam"]],
    ["Vietnam established diplomatic relations with Japan, the United Kingdom and France.", []],
    // Two statements in one sentence: each pairs its own places.
    [
      "Bac Ninh hosted the talks. Noting that the province already cooperates with North Chungcheong Province in agriculture, she proposed that Bac Ninh and Gyeonggi strengthen cooperation in semiconductor training.",
      ["Bac Ninh ~ Gyeonggi", "Bac Ninh ~ North Chungcheong"],
    ],
    // The partners stand in the cue's own clause.
    [
      "Mr. Agus Wicaksono recalled that Ba Ria - Vung Tau and East Java signed a memorandum of understanding in 2023, and invited Vietnamese shipping lines to open routes to Surabaya.",
      ["Ba Ria - Vung Tau ~ East Java"],
    ],
    ["She said that Batangas City and Vung Tau, sister cities since 2019, would exchange trainees.", ["Batangas City ~ Vung Tau"]],
    // A dashed pair before its cue; a clause with no subject keeps the sentence's; "Thành phố" opening a sentence.
    ["Dutch support is part of the Vietnam – Netherlands strategic partnership on water management.", ["Netherlands ~ Vietnam"]],
    ["Cần Thơ tổ chức hội thảo tại Cần Thơ. Ông Toàn cho biết Cần Thơ đã hợp tác với Hoa Kỳ về y tế; hợp tác với Australia trong đào tạo.", ["Australia ~ Can Tho", "Can Tho ~ United States"]],
    ["TP Hồ Chí Minh đón đoàn tại TP Hồ Chí Minh. Thành phố đã ký Biên bản ghi nhớ hợp tác với tỉnh Quảng Đông từ năm 2017.", ["Guangdong ~ Ho Chi Minh City"]],
    // "A regards B as a partner".
    ["Galiullin said Tatarstan regards Vietnam as a key partner and supplies trucks to Vietnamese customers through Hai Phong.", ["Tatarstan ~ Vietnam"]],
    ["Nhật Bản coi Việt Nam là đối tác quan trọng hàng đầu.", ["Japan ~ Vietnam"]],
    ["Tatarstan sent a delegation to Vietnam with a key partner.", []],
    // A joint working group between two lists of provinces.
    [
      "phát huy vai trò của Nhóm công tác liên hợp giữa bốn tỉnh Lào Cai, Hà Giang, Lai Châu, Điện Biên (Việt Nam) và tỉnh Vân Nam (Trung Quốc).",
      ["Dien Bien ~ Yunnan", "Ha Giang ~ Yunnan", "Lai Chau ~ Yunnan", "Lao Cai ~ Yunnan"],
    ],
    // An agreement "with" a list: the list is the partners of the subject, not two sides.
    ["Tỉnh Quảng Trị đã ký kết thỏa thuận hợp tác với tỉnh Salavan và tỉnh Champasak của Lào.", ["Champasak ~ Quang Tri", "Quang Tri ~ Salavan"]],
  ])("%s", (text, expected) => {
    expect(relations(graphOf(text), "PARTNERS_WITH")).toEqual(expected);
  });
});

describe("resolution within a document", () => {
  it("makes one person of the Vietnamese and the English spelling", () => {
    const g = graphOf("Phó Thủ tướng Trần Hồng Hà phát biểu.\n\nDeputy Prime Minister Tran Hong Ha spoke.");
    const people = g.nodes.filter((n) => n.label === "Person");
    expect(people.map((p) => [p.name, p.nameVi])).toEqual([["Tran Hong Ha", "Trần Hồng Hà"]]);
  });

  it("resolves a short reference to the one full name it can mean", () => {
    const g = graphOf("Mr. Nguyen Van Son, Chairman of Hoi An City People's Committee, spoke. Later Mr. Son visited Laos.");
    expect(g.nodes.filter((n) => n.label === "Person").map((p) => p.name)).toEqual(["Nguyen Van Son"]);
  });

  it("resolves a shorter name to the one longer name it ends", () => {
    const g = graphOf("Mr. Joost van der Linden, Consul General of the Netherlands, spoke. Mr. Van der Linden said the Netherlands would help.");
    expect(g.nodes.filter((n) => n.label === "Person").map((p) => p.name)).toEqual(["Joost van der Linden"]);
  });

  it("takes a name the document marks as a place for that place everywhere in it", () => {
    const g = graphOf("Tiếp đoàn có ông Hoàng Văn Chiến, Chủ tịch UBND huyện Lục Ngạn. Ông Hoàng Chí Cường đánh giá cao chất lượng vải thiều Lục Ngạn.");
    expect(g.nodes.filter((n) => n.label === "Person").map((p) => p.name).sort()).toEqual(["Hoang Chi Cuong", "Hoang Van Chien"]);
  });

  it("keeps apart people who share only a surname", () => {
    const g = graphOf("Mr. Nguyen Van Son and Mr. Nguyen Van Hai, Deputy Director of the Department, attended. Mr. Nguyen spoke.");
    expect(g.nodes.filter((n) => n.label === "Person").map((p) => p.name).sort()).toEqual(["Nguyen Van Hai", "Nguyen Van Son"]);
  });

  it("says on each attendance why the person was there: the event's word, taking part or the delegation", () => {
    const g = graphOf(
      "A delegation from South Gyeongsang Province, led by Vice Governor Jeon Sang-woo, paid a working visit to Quang Ngai on May 20, 2025. Ms. Seo Yeon-hee, Director of the Trade Division, also attended. Mr. Dang Ngoc Huy, Vice Chairman of the Quang Ngai Provincial People's Committee, received the delegation. Mr. Huy outlined the province's plans.",
    );
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const rules = g.edges.filter((e) => e.type === "ATTENDED").map((e) => `${name.get(e.source)} ${e.rule}`);
    expect(rules).toContainEqual(`Seo Yeon-hee ${PARTICIPATION_REASON}`);
    expect(rules).toContainEqual(`Jeon Sang-woo ${DELEGATION_REASON}`);
    expect(rules.filter((r) => r.startsWith("Dang Ngoc Huy"))).toHaveLength(1);
  });

  it("gives every edge its evidence, rule and confidence", () => {
    const text = "Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.";
    const g = graphOf(text);
    for (const edge of g.edges.filter((e) => e.type !== "LOCATED_IN")) {
      expect(edge.rule.length, edge.id).toBeGreaterThan(10);
      expect(edge.confidence).toBeGreaterThan(0);
      for (const e of edge.evidence) expect(text.slice(e.start, e.end).normalize("NFC")).toBe(e.quote);
    }
  });
});
