// The UI's words in Vietnamese (first) and English. Format: key → [vi, en]. Levels and event types use the
// names of shared/gold/SCHEMA.md as keys; an unknown key is shown as it is.

const WORDS = {
  app: ['Cây Tre', 'Cây Tre'],
  tagline: ['Tra cứu tư liệu đối ngoại Việt Nam', "Vietnam's foreign relations, searchable"],
  search: ['Tìm kiếm', 'Search'],
  documents: ['Tài liệu', 'Documents'],
  timeline: ['Dòng thời gian', 'Timeline'],
  network: ['Đối tác & bản đồ', 'Partners & map'],
  areas: ['Lĩnh vực', 'Areas'],
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
  country_filter: ['Quốc gia (tên hoặc mã, vd Nhật Bản)', 'Country (name or code, e.g. Japan)'],
  pages: ['Trang', 'Pages'],
  previous: ['Trang trước', 'Previous'],
  next: ['Trang sau', 'Next'],
  of: ['trên', 'of'],
  from: ['Từ ngày', 'From'],
  to: ['Đến ngày', 'To'],
  outlet: ['Nguồn tin', 'Outlet'],
  kind: ['Loại tài liệu', 'Kind'],
  all: ['Tất cả', 'All'],
  sort: ['Sắp xếp', 'Sort'],
  sort_id: ['Theo mã', 'By id'],
  sort_date: ['Cũ nhất trước', 'Oldest first'],
  'sort_-date': ['Mới nhất trước', 'Newest first'],
  sort_title: ['Theo tiêu đề', 'By title'],
  'sort_-ingested': ['Mới nhập trước', 'Latest ingested first'],
  title_filter: ['Từ trong tiêu đề', 'Words of the title'],
  news: ['Tin tức', 'News'],
  more: ['Xem thêm', 'More'],
  person: ['Nhân vật', 'Person'],
  organization: ['Tổ chức', 'Organisation'],
  PERSON: ['Nhân vật', 'Person'],
  ORGANIZATION: ['Tổ chức', 'Organisation'],
  COUNTRY: ['Quốc gia', 'Country'],
  names_seen: ['Các tên gọi trong tài liệu', 'Names seen in the documents'],
  mentions: ['lần nhắc đến', 'mentions'],
  open_entity: ['Xem trang thực thể', 'Open the entity page'],
  events_of: ['Sự kiện liên quan', 'Events'],
  alerts: ['Theo dõi', 'Alerts'],
  ingestion: ['Nhập liệu', 'Ingestion'],
  feed_dead: ['Nguồn tin không đọc được', 'Dead feed'],
  failed_polls: ['lần đọc lỗi liên tiếp', 'failed polls in a row'],
  alert_disk: ['Ổ đĩa sắp đầy', 'Disk nearly full'],
  alert_stalled: ['Lần nhập không tiến triển', 'Run not progressing'],
  running_now: ['Đang chạy', 'Running now'],
  eta: ['còn khoảng', 'ETA'],
  docs_done: ['tài liệu', 'documents'],
  withdrawn: ['đã rút (tệp bị xoá)', 'withdrawn (file deleted)'],
  per_day: ['Tài liệu theo ngày và nguồn', 'Documents per day and source'],
  last_runs: ['Các lần nhập gần đây', 'Last runs'],
  failures: ['Lỗi (lần thử gần nhất)', 'Failures (latest attempt)'],
  rerun_hint: ['Chạy lại các mục lỗi: caytre status --rerun-failures', 'Re-run the failures: caytre status --rerun-failures'],
  feeds: ['Nguồn tin RSS/Atom', 'RSS/Atom feeds'],
  none: ['Không có', 'None'],
  day: ['Ngày', 'Day'],
  started: ['Bắt đầu', 'Started'],
  run_status: ['Trạng thái', 'Status'],
  stored: ['Đã lưu', 'Stored'],
  failed: ['Lỗi', 'Failed'],
  at: ['Lúc', 'At'],
  reason: ['Lý do', 'Reason'],
  name: ['Tên', 'Name'],
  last_ok: ['Đọc được lần cuối', 'Last read'],
  save_search: ['Lưu tìm kiếm', 'Save this search'],
  save_name: ['Tên cho tìm kiếm này', 'A name for this search'],
  saved: ['Đã lưu — xem ở mục Theo dõi', 'Saved — see Alerts'],
  no_saved: ['Chưa lưu tìm kiếm nào. Tìm rồi bấm “Lưu tìm kiếm”.', 'No saved search yet. Search, then “Save this search”.'],
  new_since: ['mới từ lần xem trước', 'new since the last visit'],
  nothing_new: ['Không có gì mới.', 'Nothing new.'],
  show_new: ['Xem tài liệu mới', 'Show what is new'],
  mark_seen: ['Đánh dấu đã xem', 'Mark as seen'],
  seen_at: ['xem lần cuối', 'last seen'],
  delete: ['Xoá', 'Delete'],
  president: ['Chủ tịch', 'President'],
  chair: ['Chủ tịch', 'Chair'],
  vice_chair: ['Phó Chủ tịch', 'Vice-chair'],
  member: ['Thành viên', 'Member'],
  non_permanent_member: ['Uỷ viên không thường trực', 'Non-permanent member'],
  legend: ['Chú giải', 'Legend'],
  legend_ent: ['Thực thể (quốc gia, tổ chức, nhân vật)', 'Entity (country, organisation, person)'],
  legend_ev: ['Trích dẫn của một sự kiện', 'Evidence of an event'],
  legend_fig: ['Số liệu', 'Figure'],
  legend_date: ['Ngày tháng, thời kỳ', 'Date or period'],
  legend_fn: ['Chú thích', 'Footnote'],
  count: ['Số lượng', 'Count'],
  indicators: ['Chỉ tiêu', 'Indicators'],
  'GDP growth': ['Tăng trưởng GDP', 'GDP growth'],
  agreements: ['Số văn kiện, thoả thuận', 'Agreements'],
  aid: ['Viện trợ', 'Aid'],
  'citizens protected or repatriated': ['Công dân được bảo hộ, đưa về nước', 'Citizens protected or repatriated'],
  countries_count: ['Số quốc gia', 'Countries'],
  exports: ['Xuất khẩu', 'Exports'],
  'foreign direct investment': ['Đầu tư trực tiếp nước ngoài (FDI)', 'Foreign direct investment'],
  'growth rate': ['Tốc độ tăng trưởng', 'Growth rate'],
  imports: ['Nhập khẩu', 'Imports'],
  inflation: ['Lạm phát', 'Inflation'],
  investment: ['Đầu tư', 'Investment'],
  'letters and messages': ['Thư, điện', 'Letters and messages'],
  'meetings, calls and conferences': ['Tiếp xúc, điện đàm, hội nghị', 'Meetings, calls and conferences'],
  other: ['Khác', 'Other'],
  partners: ['Số đối tác', 'Partners'],
  peacekeepers: ['Lực lượng gìn giữ hoà bình', 'Peacekeepers'],
  'public debt': ['Nợ công', 'Public debt'],
  rank: ['Thứ hạng', 'Rank'],
  remittances: ['Kiều hối', 'Remittances'],
  'repatriation flights': ['Chuyến bay đưa công dân về nước', 'Repatriation flights'],
  share: ['Tỷ trọng', 'Share'],
  'trade balance': ['Cán cân thương mại', 'Trade balance'],
  'trade turnover': ['Kim ngạch thương mại', 'Trade turnover'],
  'vaccine doses': ['Liều vắc-xin', 'Vaccine doses'],
  'visits and delegations': ['Chuyến thăm, đoàn', 'Visits and delegations'],
  "a count of one group's members, not of all partners": ['Đây là số thành viên của một nhóm, không phải tổng số đối tác.',
    "A count of one group's members, not of all partners."],
  'the ledger holds partnership frameworks, not every country with diplomatic relations': [
    'Cơ sở dữ liệu ghi các khuôn khổ đối tác, không ghi mọi nước có quan hệ ngoại giao.',
    'The ledger holds partnership frameworks, not every country with diplomatic relations.'],
  'no date: the figure has no period and its document no date': ['Không rõ thời điểm: số liệu không nêu thời kỳ, tài liệu không ghi ngày.',
    'No date: the figure has no period and its document no date.'],
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
  // corroboration and review (issue 17)
  all_events: ['Cả sự kiện chưa được xác nhận (một nguồn)', 'Include unconfirmed (single-source) events'],
  confidence: ['độ tin cậy', 'confidence'],
  outlets: ['nguồn độc lập', 'independent outlets'],
  official_source: ['có nguồn chính thức', 'official source'],
  hidden_events: ['sự kiện khác chưa được xác nhận', 'more events not corroborated'],
  show_all: ['Hiện tất cả', 'Show all'],
  claims: ['Các nhận định về cấp độ quan hệ', 'Level claims'],
  conflicting_claims: ['Nhận định trái với sổ đối tác', 'Claims the ledger does not follow'],
  unconfirmed: ['chưa xác nhận', 'unconfirmed'],
  review: ['Thẩm định', 'Review'],
  review_status: ['Trạng thái thẩm định', 'Review status'],
  confirm: ['Xác nhận', 'Confirm'],
  reject: ['Bác bỏ', 'Reject'],
  merge_into: ['Gộp vào đây sự kiện trùng (mã)', 'Merge a duplicate (id) into this event'],
  split_off: ['Tách các nguồn đã chọn', 'Split off the selected sources'],
  edit: ['Sửa', 'Edit'],
  reason: ['Lý do', 'Reason'],
  token: ['Mã ghi (token)', 'Write token'],
  history_of_event: ['Lịch sử thẩm định', 'Review history'],
  accept: ['Chấp nhận', 'Accept'],
  unreviewed: ['chưa thẩm định', 'unreviewed'],
  confirmed: ['đã xác nhận', 'confirmed'],
  rejected: ['đã bác bỏ', 'rejected'],
  edited: ['đã sửa', 'edited'],
  merged: ['đã gộp', 'merged'],
  download: ['Tải về (mọi dòng đã lọc)', 'Download (every filtered row)'],
  upload: ['Tải lên tài liệu', 'Upload documents'],
  upload_drop: ['Kéo thả tệp, thư mục hoặc tệp .zip vào đây', 'Drop files, folders or a .zip here'],
  upload_pick: ['hoặc chọn tệp', 'or choose files'],
  upload_pick_folder: ['hoặc một thư mục', 'or a folder'],
  upload_skipped: ['tệp bỏ qua (không phải txt, md, html, pdf, docx, jsonl, zip)', 'files skipped (not txt, md, html, pdf, docx, jsonl, zip)'],
  upload_hint: ['txt, md, html, pdf, docx, jsonl; tệp .zip được giải nén. Cần mã ghi của máy chủ.',
    "txt, md, html, pdf, docx, jsonl; a .zip is unpacked. Needs the server's write token."],
  upload_stored: ['đã lưu', 'stored'],
  upload_replaced: ['đã thay bản cũ', 'replaced the old version'],
  upload_unchanged: ['đã có (nội dung trùng)', 'already stored (same content)'],
  upload_see_new: ['Xem các tài liệu mới nhập', 'See the newest documents'],
  original_file: ['Tải tệp gốc', 'Download the original file'],
  batch: ['Tìm theo danh sách', 'Batch search'],
  batch_hint: ['Mỗi dòng một tên hoặc một truy vấn (dòng bắt đầu bằng # bị bỏ qua); bộ lọc áp dụng cho mọi dòng.',
    'One name or query a line (lines starting with # are skipped); the filters apply to every line.'],
  batch_run: ['Tìm tất cả', 'Search all'],
  batch_csv: ['Tải CSV', 'Download CSV'],
  entry: ['Mục', 'Entry'],
  best_passage: ['Đoạn khớp nhất', 'Best passage'],
  top_documents: ['Tài liệu khớp nhiều nhất', 'Documents with most matches'],
  offices: ['Chức vụ', 'Offices'],
  people_of: ['Nhân vật giữ chức vụ', 'People holding a post'],
  office_title: ['Chức vụ như được viết', 'Title as written'],
  seen_between: ['Thời gian', 'When'],
  min_confidence: ['Độ tin cậy', 'Confidence'],
  any_confidence: ['mọi mức', 'any'],
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

/** An indicator's name in the UI language ('countries' is also a facet title, hence its own key). */
export function indicatorName(indicator) { return indicator === 'countries' ? t('countries_count') : t(indicator); }

let NAMES = {};   // ORG:/AGR:/PER: id → [vi, en], from /api/v1/names

export async function loadEntityNames() {
  NAMES = (await (await fetch('/api/v1/names')).json()).names || {};
}

/** Any id as a name: a country by CLDR, an organisation, agreement or person by the gazetteer, else the id's own text. */
export function entityName(id) {
  if (!id) return '';
  if (/^[A-Z]{3}$/.test(id)) return countryName(id);
  const n = NAMES[id];
  if (n) return n[current === 'en' ? 1 : 0];
  return id.replace(/^(ORG|AGR|PER):/, '');
}

/** The page of an id: a country's dossier or an entity page. */
export function entityHref(id) {
  return /^[A-Z]{3}$/.test(id) ? '#/country/' + id : '#/entity/' + encodeURIComponent(id);
}

// ISO 3166 alpha-3 → alpha-2 (Intl.DisplayNames wants alpha-2), from ICU via WorldMapBuilder: /vendor/iso3-to-iso2.json.
let ISO3_TO_2 = {};

export async function loadCountryCodes() {
  ISO3_TO_2 = await (await fetch('/vendor/iso3-to-iso2.json')).json();
}
