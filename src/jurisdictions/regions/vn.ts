import type { Region } from './region.ts';

/*
 * Viet Nam's 34 provinces and centrally governed cities since 1 July 2025 (National Assembly
 * resolution of 12 June 2025: 23 units formed from 52, 11 unchanged). Each merged unit kept the name
 * of one of its parts and takes that part's ISO 3166-2 code here: whether ISO has recoded the new
 * units is not known, so those codes are marked unconfirmed (docs/decisions/0054). The codes of the
 * parts merged away are kept under `formerly`, for data recorded before the merger.
 */
const merged = (code: string, name: string, formerly: readonly Region[]): Region => ({
  code,
  name,
  formerly,
  codeUnconfirmed: true,
});

export const vnRegions: readonly Region[] = [
  { code: 'VN-HN', name: 'Hà Nội' },
  // A centrally governed city since 1 January 2025 (formerly Thừa Thiên Huế province).
  { code: 'VN-26', name: 'Huế', codeUnconfirmed: true },
  { code: 'VN-01', name: 'Lai Châu' },
  { code: 'VN-71', name: 'Điện Biên' },
  { code: 'VN-05', name: 'Sơn La' },
  { code: 'VN-09', name: 'Lạng Sơn' },
  { code: 'VN-13', name: 'Quảng Ninh' },
  { code: 'VN-21', name: 'Thanh Hóa' },
  { code: 'VN-22', name: 'Nghệ An' },
  { code: 'VN-23', name: 'Hà Tĩnh' },
  { code: 'VN-04', name: 'Cao Bằng' },
  merged('VN-07', 'Tuyên Quang', [{ code: 'VN-03', name: 'Hà Giang' }]),
  merged('VN-02', 'Lào Cai', [{ code: 'VN-06', name: 'Yên Bái' }]),
  merged('VN-69', 'Thái Nguyên', [{ code: 'VN-53', name: 'Bắc Kạn' }]),
  merged('VN-68', 'Phú Thọ', [
    { code: 'VN-70', name: 'Vĩnh Phúc' },
    { code: 'VN-14', name: 'Hòa Bình' },
  ]),
  merged('VN-56', 'Bắc Ninh', [{ code: 'VN-54', name: 'Bắc Giang' }]),
  merged('VN-66', 'Hưng Yên', [{ code: 'VN-20', name: 'Thái Bình' }]),
  merged('VN-HP', 'Hải Phòng', [{ code: 'VN-61', name: 'Hải Dương' }]),
  merged('VN-18', 'Ninh Bình', [
    { code: 'VN-63', name: 'Hà Nam' },
    { code: 'VN-67', name: 'Nam Định' },
  ]),
  merged('VN-25', 'Quảng Trị', [{ code: 'VN-24', name: 'Quảng Bình' }]),
  merged('VN-DN', 'Đà Nẵng', [{ code: 'VN-27', name: 'Quảng Nam' }]),
  merged('VN-29', 'Quảng Ngãi', [{ code: 'VN-28', name: 'Kon Tum' }]),
  merged('VN-30', 'Gia Lai', [{ code: 'VN-31', name: 'Bình Định' }]),
  merged('VN-34', 'Khánh Hòa', [{ code: 'VN-36', name: 'Ninh Thuận' }]),
  merged('VN-35', 'Lâm Đồng', [
    { code: 'VN-72', name: 'Đắk Nông' },
    { code: 'VN-40', name: 'Bình Thuận' },
  ]),
  merged('VN-33', 'Đắk Lắk', [{ code: 'VN-32', name: 'Phú Yên' }]),
  merged('VN-SG', 'Hồ Chí Minh', [
    { code: 'VN-57', name: 'Bình Dương' },
    { code: 'VN-43', name: 'Bà Rịa – Vũng Tàu' },
  ]),
  merged('VN-39', 'Đồng Nai', [{ code: 'VN-58', name: 'Bình Phước' }]),
  merged('VN-37', 'Tây Ninh', [{ code: 'VN-41', name: 'Long An' }]),
  merged('VN-CT', 'Cần Thơ', [
    { code: 'VN-52', name: 'Sóc Trăng' },
    { code: 'VN-73', name: 'Hậu Giang' },
  ]),
  merged('VN-49', 'Vĩnh Long', [
    { code: 'VN-50', name: 'Bến Tre' },
    { code: 'VN-51', name: 'Trà Vinh' },
  ]),
  merged('VN-45', 'Đồng Tháp', [{ code: 'VN-46', name: 'Tiền Giang' }]),
  merged('VN-59', 'Cà Mau', [{ code: 'VN-55', name: 'Bạc Liêu' }]),
  merged('VN-44', 'An Giang', [{ code: 'VN-47', name: 'Kiên Giang' }]),
];
