import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions.ts";

const people = (text: string, lang: "vi" | "en") =>
  findMentions(text, { lang, defaultYear: 2025 }).people.map((p) => [p.name, p.title?.text ?? null]);

describe("people and their titles", () => {
  it.each<[string, "vi" | "en", (string | null)[][]]>([
    ["Mr. Nguyen Phuc Ha, Director of the Department of Culture, Sports and Tourism said: Over the years", "en", [["Nguyen Phuc Ha", "Director of the Department of Culture, Sports and Tourism"]]],
    ["Deputy Prime Minister Tran Hong Ha speaks at the reception.", "en", [["Tran Hong Ha", "Deputy Prime Minister"]]],
    ["French Ambassador to Vietnam Jean-François Girault and Chinese Ambassador to Vietnam Xiong Bo", "en", [["Jean-François Girault", "French Ambassador to Vietnam"], ["Xiong Bo", "Chinese Ambassador to Vietnam"]]],
    ["In his opening remarks, H.E. Gennady Stepanovich Bezdetko, Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Vietnam, emphasized", "en", [["Gennady Stepanovich Bezdetko", "Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Vietnam"]]],
    ["Phó Chủ tịch Thường trực UBND tỉnh Lạng Sơn Dương Xuân Huyên phát biểu", "vi", [["Dương Xuân Huyên", "Phó Chủ tịch Thường trực UBND tỉnh Lạng Sơn"]]],
    ["Đại sứ đặc mệnh toàn quyền Hàn Quốc tại Việt Nam Choi Youngsam và Phó Thủ tướng Bùi Thanh Sơn", "vi", [["Choi Youngsam", "Đại sứ đặc mệnh toàn quyền Hàn Quốc tại Việt Nam"], ["Bùi Thanh Sơn", "Phó Thủ tướng"]]],
    ["Đồng chí Nguyễn Đồng Trung, Phó Cục trưởng Cục Ngoại vụ, đọc thư chúc mừng.", "vi", [["Nguyễn Đồng Trung", "Phó Cục trưởng Cục Ngoại vụ"]]],
    ["Chủ tịch Hồ Chí Minh", "vi", [["Hồ Chí Minh", "Chủ tịch"]]],
    ["Thủ tướng Quốc Vụ Viện Trung Quốc Lý Cường chứng kiến", "vi", [["Lý Cường", "Thủ tướng Quốc Vụ Viện Trung Quốc"]]],
    // ASCII names whose syllables are Vietnamese function words once their diacritics are gone.
    ["Also present was Do Van Khiem, Director of the Bac Ninh Department of Foreign Affairs.", "en", [["Do Van Khiem", "Director of the Bac Ninh Department of Foreign Affairs"]]],
    ["Ly Van Sang, Vice Chairman of the Lao Cai Provincial People's Committee, attended.", "en", [["Ly Van Sang", "Vice Chairman of the Lao Cai Provincial People's Committee"]]],
    // A place word before a name with a title does not make it a place.
    ["Chủ tịch UBND huyện Nguyễn Văn An phát biểu", "vi", [["Nguyễn Văn An", "Chủ tịch UBND huyện"]]],
    // Particles inside Western names; a title after the name.
    ["Mr. Joost van der Linden, Consul General of the Netherlands in Ho Chi Minh City, spoke.", "en", [["Joost van der Linden", "Consul General of the Netherlands in Ho Chi Minh City"]]],
    ["Tan Hui Min, Deputy Chief Executive of the Maritime and Port Authority of Singapore, spoke.", "en", [["Tan Hui Min", "Deputy Chief Executive of the Maritime and Port Authority of Singapore"]]],
    // A portfolio in a title is not part of the name; a place's name after an honorific is a person's.
    ["the greetings of Mongolian Minister of Foreign Affairs Batjargal Khongorzul", "en", [["Batjargal Khongorzul", "Mongolian Minister of Foreign Affairs"]]],
    ["Ms. Kim Oanh, Director of the Lam Dong Department of Agriculture and Rural Development, spoke.", "en", [["Kim Oanh", "Director of the Lam Dong Department of Agriculture and Rural Development"]]],
    ["The proposal came from Dr. Ishikawa Ren.", "en", [["Ishikawa Ren", "Dr."]]],
    // The field of an office is not part of the name after it.
    ["Minister of Trade and Integration Aidos Nurmagambetov spoke.", "en", [["Aidos Nurmagambetov", "Minister of Trade and Integration"]]],
    // A Korean name led by a Vietnamese surname, marked by its title.
    ["The delegation was led by Vice Governor Kim Jae-won.", "en", [["Kim Jae-won", "Vice Governor"]]],
    // A sentence-opening "Sáng", "Năm", "Do" is not a name; "Nam" and "Sáng" inside a name are.
    ["Sáng 14/3, ông Nguyễn Văn Nam tiếp đoàn.", "vi", [["Nguyễn Văn Nam", null]]],
    ["Do đó, bà Lê Thị Sáng đề nghị tăng cường hợp tác.", "vi", [["Lê Thị Sáng", null]]],
  ])("%s", (text, lang, expected) => {
    expect(people(text, lang)).toEqual(expected);
  });

  it.each<[string, "vi" | "en"]>([
    ["The Ambassador also expressed appreciation for the visit.", "en"],
    ["Bylines such as KIỀU ANH are not people.", "en"],
    ["Tập đoàn Xây dựng Thái Bình Dương đến tìm hiểu đầu tư.", "vi"],
    ["the Indian Film Week was held at Dong Kinh Cinema in Lang Son", "en"],
    ["Member of the Provincial Party Standing Committee Duong Xuan Huyen", "en"],
    ["Rạp chiếu phim tại Hà Nội và thành phố Hồ Chí Minh", "vi"],
    // Places the gazetteer lacks, marked by their place words.
    ["xe hàng qua lại giữa thành phố Lào Cai và huyện Hà Khẩu", "vi"],
    ["help Xiengkhouang build a boarding school in Nong Het district", "en"],
    // A district in apposition after another person's title.
    ["Tiếp đoàn có ông Hoàng Văn Chiến, Chủ tịch UBND huyện Lục Ngạn.", "vi"],
    // Streets and zones named after people.
    ["The office on Hoang Dieu Street and the Dung Quat Economic Zone", "en"],
    ["trụ sở trên đường Trường Chinh", "vi"],
  ])("finds no person that is not one: %s", (text, lang) => {
    const names = people(text, lang).map(([name]) => name);
    expect(names.filter((n) => n !== "Duong Xuan Huyen" && n !== "Hoàng Văn Chiến")).toEqual([]);
  });
});

describe("places, organisations, events, cooperation", () => {
  it.each<[string, "vi" | "en", string[]]>([
    ["Đoàn đại biểu tỉnh Lạng Sơn thăm Quảng Tây, Trung Quốc", "vi", ["Province:Lang Son", "Province:Guangxi", "Country:China"]],
    ["the signing in Vientiane Capital, Laos with Hoi An City People's Committee", "en", ["City:Vientiane", "Country:Laos", "City:Hoi An"]],
    ["thành phố Lạng Sơn và tỉnh Lạng Sơn", "vi", ["City:Lang Son City", "Province:Lang Son"]],
    ["Luang Prabang City and Luang Prabang province", "en", ["City:Luang Prabang", "Province:Luang Prabang Province"]],
    ["the Chinese delegation and Russian partners", "en", ["Country:China", "Country:Russia"]],
  ])("places in %s", (text, lang, expected) => {
    expect(findMentions(text, { lang }).places.map((p) => `${p.place.label}:${p.place.name}`)).toEqual(expected);
  });

  it.each<[string, "vi" | "en", string[]]>([
    ["Sở Ngoại vụ tỉnh Lạng Sơn tổ chức Lễ kỷ niệm", "vi", ["Sở Ngoại vụ tỉnh Lạng Sơn"]],
    ["the Embassy of the Russian Federation in Vietnam held a reception", "en", ["Embassy of the Russian Federation in Vietnam"]],
    ["Lang Son Department of Foreign Affairs", "en", ["Lang Son Department of Foreign Affairs"]],
    ["Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn", "vi", ["Bộ Ngoại giao"]],
    ["Tập đoàn Tô Thương và UNESCO", "vi", ["Tập đoàn Tô Thương", "UNESCO"]],
    // A verb or a number after the name is not part of it.
    ["Bộ Chính trị ra Nghị quyết số 57", "vi", ["Bộ Chính trị"]],
    ["UBND tỉnh giao Sở Tài chính làm đầu mối", "vi", ["UBND", "Sở Tài chính"]],
    ["Bộ Ngoại giao hai nước đã trao đổi", "vi", ["Bộ Ngoại giao"]],
    // "và" before another organisation joins two; inside a name ("Văn hóa, Thể thao và Du lịch") it does not.
    ["UBND tỉnh Lạng Sơn và Chính phủ Lào", "vi", ["UBND tỉnh Lạng Sơn", "Chính phủ Lào"]],
    ["Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh", "vi", ["Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh"]],
    // "and" inside a name: between the fields after "of", and between two plain words before the head.
    ["the Bac Ninh Department of Industry and Trade and Mr. Son", "en", ["Bac Ninh Department of Industry and Trade"]],
    ["the Maritime and Port Authority of Singapore said", "en", ["Maritime and Port Authority of Singapore"]],
    ["đại diện Chính phủ Nhân dân tỉnh Vân Nam và lãnh đạo", "vi", ["Chính phủ Nhân dân tỉnh Vân Nam"]],
    // An ALL-CAPS banner repeats the article; a one-word acronym is a name.
    ["SỞ NGOẠI VỤ TỈNH LẠNG SƠN", "vi", []],
    ["Lãnh đạo UBND tỉnh dự", "vi", ["UBND"]],
  ])("organisations in %s", (text, lang, expected) => {
    expect(findMentions(text, { lang }).organizations.map((o) => o.name)).toEqual(expected);
  });

  it.each<[string, "vi" | "en", string[]]>([
    ["Ho Tien Thieu received and worked with the delegation", "en", ["reception", "talks"]],
    ["Chủ tịch UBND tỉnh tiếp, làm việc với Đoàn công tác", "vi", ["reception", "talks"]],
    ["tỉnh tiếp tục triển khai dự án", "vi", []],
    ["signed the agreement, witnessed by Mr. Tran Thanh Man", "en", ["signing", "signing"]],
    ["Hội đàm giữa hai bên", "vi", ["talks"]],
  ])("event words in %s", (text, lang, expected) => {
    expect(findMentions(text, { lang }).events.map((e) => e.value.type)).toEqual(expected);
  });

  it.each<[string, "vi" | "en", string[]]>([
    ["the two cities signed the agreement to establish a sister city relationship", "en", ["agreement", "sister-city", "relations"]],
    ["the special relationship between Vietnam and Laos", "en", ["relations"]],
    ["quan hệ Đối tác chiến lược toàn diện giữa Việt Nam và Liên Bang Nga", "vi", ["relations", "cooperation"]],
    ["the 16th Joint Working Committee Conference between Quang Ninh and Guangxi", "en", ["joint-committee"]],
    ["tỉnh tiếp tục triển khai dự án", "vi", []],
  ])("cooperation words in %s", (text, lang, expected) => {
    expect(findMentions(text, { lang }).cooperation.map((c) => c.value.kind)).toEqual(expected);
  });
});
