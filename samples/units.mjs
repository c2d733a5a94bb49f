/** Units of the samples: real-looking names of Quảng Nam and Quảng Bình agencies and localities. */
const p = (name) => ({ name, level: 'province' });
const d = (name) => ({ name, level: 'district' });
const c = (name) => ({ name, level: 'commune' });

export const QN_UNITS = [
  p('Sở Tư pháp'),
  p('Sở Kế hoạch và Đầu tư'),
  p('Sở Tài chính'),
  p('Sở Xây dựng'),
  p('Sở Tài nguyên và Môi trường'),
  p('Sở Giao thông vận tải'),
  p('Sở Công Thương'),
  p('Sở Y tế'),
  p('Sở Giáo dục và Đào tạo'),
  p('Sở Nội vụ'),
  p('Sở Lao động - Thương binh và Xã hội'),
  p('Sở Nông nghiệp và Phát triển nông thôn'),
  d('UBND thành phố Tam Kỳ'),
  d('UBND thành phố Hội An'),
  d('UBND thị xã Điện Bàn'),
  d('UBND huyện Duy Xuyên'),
  d('UBND huyện Thăng Bình'),
  d('UBND huyện Núi Thành'),
  d('UBND huyện Đại Lộc'),
  c('UBND phường An Mỹ'),
  c('UBND xã Tam Thăng'),
  c('UBND xã Duy Hải'),
  c('UBND phường Điện Phương'),
  c('UBND thị trấn Nam Phước'),
  c('UBND xã Bình Minh'),
];

export const QB_UNITS = [
  p('Sở Tư pháp'),
  p('Sở Nội vụ'),
  p('Sở Y tế'),
  p('Sở Tài chính'),
  p('Văn phòng Đăng ký đất đai'),
  d('UBND thành phố Đồng Hới'),
  d('UBND thị xã Ba Đồn'),
  d('UBND huyện Bố Trạch'),
  d('UBND huyện Lệ Thủy'),
  c('UBND xã Đức Ninh'),
  c('UBND phường Bắc Lý'),
  c('UBND thị trấn Hoàn Lão'),
];

/** Procedures (TTHC) for the dossier list; some names hold commas, so CSV fields are quoted. */
export const PROCEDURES = [
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam',
  'Đăng ký thành lập doanh nghiệp tư nhân',
  'Cấp giấy phép xây dựng nhà ở riêng lẻ',
  'Đăng ký khai sinh',
  'Đăng ký kết hôn',
  'Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở lần đầu',
  'Đăng ký biến động quyền sử dụng đất',
  'Cấp giấy phép lái xe',
  'Giải quyết chế độ trợ cấp xã hội hằng tháng',
];
