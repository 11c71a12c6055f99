// The UI's words in Vietnamese (first) and English. Format: key → [vi, en]. Levels and event types use the
// names of shared/gold/SCHEMA.md as keys; an unknown key is shown as it is.

const WORDS = {
  app: ['Cây Tre', 'Cây Tre'],
  tagline: ['Tra cứu tư liệu đối ngoại Việt Nam', "Vietnam's foreign relations, searchable"],
  search: ['Tìm kiếm', 'Search'],
  documents: ['Tài liệu', 'Documents'],
  timeline: ['Dòng thời gian', 'Timeline'],
  network: ['Đối tác & bản đồ', 'Partners & map'],
  figures: ['Số liệu', 'Figures'],
  check: ['Kiểm chứng', 'Check'],
  query_placeholder: ['Nhập từ khoá, có dấu hoặc không dấu (vd: hop tac Hoa Ky)', 'Words, with or without diacritics (e.g. hop tac Hoa Ky)'],
  go: ['Tìm', 'Search'],
  results: ['kết quả', 'results'],
  no_results: ['Không tìm thấy đoạn nào.', 'No passage found.'],
  countries: ['Quốc gia', 'Countries'],
  event_types: ['Loại sự kiện', 'Event types'],
  years: ['Năm', 'Years'],
  documents_facet: ['Tài liệu', 'Documents'],
  clear_filters: ['Bỏ lọc', 'Clear filters'],
  outline: ['Mục lục', 'Outline'],
  footnotes: ['Chú thích', 'Footnotes'],
  footnote: ['Chú thích', 'Footnote'],
  close: ['Đóng', 'Close'],
  event: ['Sự kiện', 'Event'],
  entity: ['Thực thể', 'Entity'],
  figure: ['Số liệu', 'Figure'],
  sources: ['Nguồn', 'Sources'],
  other_sources: ['Các nguồn khác', 'Other sources'],
  participants: ['Các bên', 'Participants'],
  date: ['Ngày', 'Date'],
  undated: ['không rõ ngày', 'undated'],
  evidence: ['Trích dẫn', 'Evidence'],
  open_country: ['Xem hồ sơ quốc gia', 'Open the country page'],
  passages: ['đoạn', 'passages'],
  events: ['sự kiện', 'events'],
  statistics: ['số liệu', 'statistics'],
  history: ['Lịch sử khuôn khổ quan hệ', 'Partnership history'],
  events_by_year: ['Sự kiện theo năm và loại', 'Events by year and type'],
  named_in: ['Tài liệu nhắc đến', 'Documents naming it'],
  provenance_document: ['theo tài liệu', 'from a document'],
  provenance_reference: ['theo bảng tham chiếu', 'from the reference table'],
  since: ['từ', 'since'],
  until: ['đến', 'until'],
  now: ['nay', 'now'],
  as_of: ['Tại ngày', 'As of'],
  partners_on: ['đối tác', 'partners'],
  all_types: ['Mọi loại', 'All types'],
  country_filter: ['Quốc gia (mã ISO, vd USA)', 'Country (ISO code, e.g. USA)'],
  indicator: ['Chỉ tiêu', 'Indicator'],
  value: ['Giá trị', 'Value'],
  unit: ['Đơn vị', 'Unit'],
  period: ['Thời kỳ', 'Period'],
  subject: ['Đối tượng', 'Subject'],
  source: ['Nguồn', 'Source'],
  stated: ['Tài liệu nêu', 'Stated'],
  derived: ['Cơ sở dữ liệu suy ra', 'Derived'],
  verdict: ['Kết luận', 'Verdict'],
  agree: ['khớp', 'agrees'],
  disagree: ['không khớp', 'disagrees'],
  unverifiable: ['chưa kiểm chứng được', 'unverifiable'],
  about: ['Về', 'About'],
  held_until: ['đúng đến', 'held until'],
  loading: ['Đang tải…', 'Loading…'],
  error: ['Lỗi', 'Error'],
  title: ['Tiêu đề', 'Title'],
  language: ['English', 'Tiếng Việt'],
  map: ['Bản đồ thế giới', 'World map'],
  graph: ['Mạng lưới đối tác', 'Partner network'],
  filter: ['Lọc', 'Filter'],
  approximate: ['khoảng', 'about'],
  no_data: ['Chưa có dữ liệu.', 'No data yet.'],
  VNM: ['Việt Nam', 'Vietnam'],
  status: ['Trạng thái', 'Status'],
  occurred: ['đã diễn ra', 'occurred'],
  announced: ['đã công bố', 'announced'],
  host: ['Nước chủ nhà', 'Host'],
  level: ['Cấp độ', 'Level'],
  role: ['Vai trò', 'Role'],
  body: ['Cơ quan', 'Body'],
  citizens: ['Số công dân', 'Citizens'],
  flights: ['Số chuyến bay', 'Flights'],
  SPECIAL: ['Quan hệ đặc biệt', 'Special relationship'],
  COMPREHENSIVE_STRATEGIC_COOPERATIVE: ['Đối tác hợp tác chiến lược toàn diện', 'Comprehensive strategic cooperative partner'],
  COMPREHENSIVE_STRATEGIC: ['Đối tác chiến lược toàn diện', 'Comprehensive strategic partner'],
  STRATEGIC: ['Đối tác chiến lược', 'Strategic partner'],
  COMPREHENSIVE: ['Đối tác toàn diện', 'Comprehensive partner'],
  VISIT: ['Chuyến thăm', 'Visit'],
  PHONE_CALL: ['Điện đàm', 'Phone call'],
  MEETING: ['Hội đàm, tiếp', 'Meeting'],
  AID: ['Viện trợ, hỗ trợ', 'Aid'],
  PARTNERSHIP: ['Nâng cấp quan hệ', 'Partnership'],
  AGREEMENT: ['Thoả thuận, hiệp định', 'Agreement'],
  AGREEMENT_SIGNED: ['Ký kết', 'Agreement signed'],
  CITIZEN_PROTECTION: ['Bảo hộ công dân', 'Citizen protection'],
  DIPLOMATIC_NOTE: ['Công hàm', 'Diplomatic note'],
  DIPLOMATIC_RELATIONS: ['Thiết lập quan hệ ngoại giao', 'Diplomatic relations'],
  MULTILATERAL_ROLE: ['Vai trò đa phương', 'Multilateral role'],
  NEGOTIATION_STARTED: ['Khởi động đàm phán', 'Negotiation started'],
  NEGOTIATION_RESUMED: ['Nối lại đàm phán', 'Negotiation resumed'],
  NEGOTIATION_CONCLUDED: ['Kết thúc đàm phán', 'Negotiation concluded'],
};

let current = localStorage.getItem('caytre.lang') === 'en' ? 'en' : 'vi';

export function lang() { return current; }

export function setLang(l) {
  current = l === 'en' ? 'en' : 'vi';
  localStorage.setItem('caytre.lang', current);
  document.documentElement.lang = current;
}

export function t(key) {
  const w = WORDS[key];
  return w ? w[current === 'en' ? 1 : 0] : String(key);
}

/** A country's name in the UI language (the browser's CLDR names), its code when unknown. */
export function countryName(iso3) {
  if (!iso3) return '';
  if (iso3 === 'VNM') return t('VNM');
  const a2 = ISO3_TO_2[iso3];
  try {
    return (a2 && new Intl.DisplayNames([current], {type: 'region'}).of(a2)) || iso3;
  } catch (e) {
    return iso3;
  }
}

// ISO 3166 alpha-3 → alpha-2 (Intl.DisplayNames wants alpha-2), from ICU via WorldMapBuilder: /vendor/iso3-to-iso2.json.
let ISO3_TO_2 = {};

export async function loadCountryCodes() {
  ISO3_TO_2 = await (await fetch('/vendor/iso3-to-iso2.json')).json();
}
