import { describe, expect, it } from 'vitest';
import { judgeSyllable, tonePlaces } from '../../src/check/text/index.js';
import { mayHaveTone } from '../../src/check/text/tone-mark.js';
import { check, fixed, only, reference } from './expect-problems.js';

// Correct words of administrative Vietnamese, with every vowel cluster the rule knows, both
// spellings of oa/oe/uy, and the syllables whose i/u belong to gi/qu.
const correct = `
Việt Nam Ủy Uỷ ban thường trực huyện xã thị trấn tỉnh quận phường thi đua khen thưởng kế hoạch
nhiệm vụ thực hiện tổ chức quý quốc hội đồng nghị quyết chỉ chương trình phối hợp hướng dẫn kiểm
tra báo cáo sơ kết tổng giao ước cụm trưởng phó chủ tịch đoàn dân tộc người nghèo khuyến khích
huấn luyện thuở khuỷu ngoài xoáy quyền giữa gìn giữ của mùa cửa mưa hòa hoà khỏe khoẻ thủy thuỷ
tuyên truyền nguyễn chuyên quyển luật nghĩa điểm năm tháng ngày lời kêu gọi ái vận động phong trào
sáng tạo năng suất lượng quả nhập viên công sở văn hóa hoá hạnh phúc độc lập tự do Hồ Chí Minh Bác
Đảng bộ khóa khoá hữu ích lưu mười tươi ruộng muối thuế khuya
mục đích yêu cầu nội dung thời gian quy định đánh giá xếp loại xuất sắc tiên tiến hoàn thành cờ
bằng giấy danh hiệu tập thể cá nhân gương điển hình đề xét duyệt đăng ký giám sát phản biện xây
dựng chính đại toàn dương biểu cán chức nông thôn mới đô minh tầng lớp học theo tư tưởng đạo đức
cách tiếp tục phòng an ninh kinh tế phát triển thắng lợi tiêu giai đoạn kỳ lần thứ trung ương tới
chào mừng kỷ niệm sự nghiệp thông tin phương tiện mô làm hay hồ gửi về tham mưu dõi nơi nhận thư
trên đây như sau những được để với trong các và hoặc cũng đã đang sẽ không chưa rằng việc vì nếu
thì cùng mỗi từng khu vực ấp bản làng phố đường số đầu cuối sáu bảy tám chín một hai ba bốn trăm
nghìn triệu tiền quỹ mức chi phí ngân sách tài toán hộ cận nhà sinh bảo hiểm y giáo dục đào khoa
kỹ thuật môi trường xanh sạch đẹp rác thải nước điện tuyến ý kiến đóng góp xúc cử tri bầu khiếu
nại tố giải cơ khối phụ nữ cựu chiến binh thanh niên cao tuổi tôn thiểu bào kiều hải ngoại
Đồng Nai Định Quán Phú Túc Trưng Ngọc Cường Lợi Hòa Hoà Tân Vinh Suối Nho Thanh Sơn Ngà Canh
Dương Kim Hà Nội Huế Thuận Hoàng Hoành Huỳnh Quỳnh Thúy Thuý Thủy Thụy Thuỵ Khuê Nguyệt Tuấn Xuân
Oanh Loan Hoài Khoa Toàn Quang Quyên Uyên Hưng Phước Trương Võ Vũ Đỗ Phạm Lý Đặng Bùi
khuấy rượu hươu chịu mía múi túi núi máy mèo đầu tây hỏi ơi hữu cưới uống ông oán ẩm oải ngoẹo
khuỵu quạ quậy quẹo quỳ quỷ quýt huýt huých khuếch xoắn hoẵng giết giếng giúp giỏi giày giờ
giường già giá gì giấy giải giáo giàu giễu tuần thuê uể yếu yến ủy uỷ òa oà soóc nghiêng
khuyên chuyện nguyện thuở huơ quở quà quạt quên quê khỏi xoè xòe lòe loè thoả thỏa tuỳ tùy
giặc giành giẻ quần quẹt ngoằn khoảng hoạt thoát khuyết tuyệt thuyền chuẩn cuộc buộc cuối đuổi
bước hiểu điều nhiều khiếu đấy gậy lửa thửa nửa đĩa cúi quằn hoắc ngoặc ngoéo khoèo huỵch khuỳnh
quýnh Giang Kiên Kỳ ủa ừ ứ oái oăm uốn ướt ưỡn yểu ỉu ỷ ẩu Sĩ Thuỵ
`
  .split(/\s+/)
  .filter(Boolean);

describe('text/tone-mark: correct words', () => {
  it('has a sizable list', () => {
    expect(new Set(correct).size).toBeGreaterThanOrEqual(300);
  });

  // Each word as written, capitalised, in capitals, and decomposed.
  it.each([...new Set(correct)])('%s', (word) => {
    const forms = [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];
    for (const form of [...forms, ...forms.map((f) => f.normalize('NFD'))]) expect(only('text/tone-mark', form)).toEqual([]);
  });

  it('every word of the reference plan but "Vịêt"', async () => {
    const text = await reference();
    const words = new Set(text.match(/[\p{L}\p{M}\p{N}_]+/gu));
    expect(words.has('Vịêt')).toBe(true);
    words.delete('Vịêt');
    expect(words.size).toBeGreaterThan(300);
    const flagged = [...words].filter((w) => only('text/tone-mark', w).length > 0);
    expect(flagged).toEqual([]);
  });

  it('the reference plan as a whole: "Vịêt" and nothing else', async () => {
    const text = await reference();
    const problems = only('text/tone-mark', text);
    expect(problems.map((p) => [p.args.found, p.fix])).toEqual([['Vịêt', 'Việt']]);
  });
});

describe('text/tone-mark: misplaced tones', () => {
  const cases: [string, string][] = [
    ['Vịêt', 'Việt'], // (b) the vowel with a quality mark
    ['Vìêt', 'Viềt'], // the tone is kept, only moved
    ['hòang', 'hoàng'], // (c) closed: the last vowel
    ['tóan', 'toán'],
    ['họach', 'hoạch'],
    ['hủynh', 'huỷnh'],
    ['muà', 'mùa'], // (d) open, two vowels: the first
    ['cuả', 'của'],
    ['maí', 'mái'],
    ['thaó', 'tháo'],
    ['chiụ', 'chịu'],
    ['qúa', 'quá'], // qu: the u is the consonant's
    ['qủa', 'quả'],
    ['qúy', 'quý'],
    ['gìa', 'già'], // gi: the i is the consonant's
    ['gịưa', 'giựa'],
    ['giưã', 'giữa'],
    ['ngòai', 'ngoài'], // three vowels: the middle one
    ['xóay', 'xoáy'],
    ['khủyu', 'khuỷu'],
    ['ngươì', 'người'], // ươ: on the ơ
    ['thừơng', 'thường'],
    ['rựơu', 'rượu'],
    ['múôi', 'muối'],
    ['qủyên', 'quyển'],
    ['nguỹên', 'nguyễn'],
    ['tủân', 'tuẩn'],
    ['cưả', 'cửa'],
    ['gưỉ', 'gửi'],
    ['hưũ', 'hữu'],
    ['thủơ', 'thuở'],
    ['thúê', 'thuế'],
    ['khúây', 'khuấy'],
    ['ĐAỊ', 'ĐẠI'], // capitals keep their case
    ['VỊÊT', 'VIỆT'],
    ['QÚA', 'QUÁ'],
  ];
  it.each(cases)('%s → %s', (found, expected) => {
    const problems = only('text/tone-mark', found);
    expect(problems).toEqual([
      { rule: 'text/tone-mark', start: 0, end: found.length, args: { found, expected, kind: 'misplaced' }, fix: expected },
    ]);
  });

  it('in a sentence, with offsets and the fix', () => {
    const text = 'Hội đồng Thi đua - Khen thưởng Uỷ ban MTTQ Vịêt Nam tỉnh, mùa muà.';
    const problems = only('text/tone-mark', text);
    expect(problems.map((p) => [p.start, p.args.found])).toEqual([
      [text.indexOf('Vịêt'), 'Vịêt'],
      [text.indexOf('muà'), 'muà'],
    ]);
    expect(fixed(text)).toBe('Hội đồng Thi đua - Khen thưởng Uỷ ban MTTQ Việt Nam tỉnh, mùa mùa.');
  });

  it('decomposed input: the tone error is still found, on the original offsets', () => {
    const text = 'Ủy ban Vi\u0323\u00eat Nam';
    const problems = check(text);
    expect(problems.map((p) => [p.rule, p.start, p.end, p.fix])).toEqual([
      ['text/tone-mark', 7, 12, 'Việt'],
      ['text/nfc', 7, 12, undefined], // its fix is the tone fix's, which is NFC too
    ]);
    expect(fixed(text)).toBe('Ủy ban Việt Nam');
  });
});

describe('text/tone-mark: stacked tones', () => {
  it('the same tone twice: one, in the right place', () => {
    expect(only('text/tone-mark', 'Vịệt')).toEqual([
      { rule: 'text/tone-mark', start: 0, end: 4, args: { found: 'Vịệt', expected: 'Việt', kind: 'stacked' }, fix: 'Việt' },
    ]);
    expect(fixed('hòà')).toBe('hoà'); // both places carry a tone: the new style's is kept
    expect(fixed('hòàng')).toBe('hoàng');
  });

  it('two tones on one letter (a mark no precomposed letter has)', () => {
    const word = 'Vie\u0302\u0323\u0301t';
    expect(only('text/tone-mark', word)).toEqual([
      { rule: 'text/tone-mark', start: 0, end: word.length, args: { found: word, kind: 'stacked' } },
    ]);
  });

  it('two different tones: reported, without a guess', () => {
    expect(only('text/tone-mark', 'Víệt')).toEqual([
      { rule: 'text/tone-mark', start: 0, end: 4, args: { found: 'Víệt', kind: 'stacked' } },
    ]);
  });
});

describe('text/tone-mark: a missing horn', () => {
  it('"thưóng": ươ is meant, but the tone may be wrong too, so no fix', () => {
    expect(only('text/tone-mark', 'thưóng')).toEqual([
      { rule: 'text/tone-mark', start: 0, end: 6, args: { found: 'thưóng', expected: 'thướng', kind: 'horn' } },
    ]);
    expect(only('text/tone-mark', 'ngưòi')[0]?.args).toEqual({ found: 'ngưòi', expected: 'người', kind: 'horn' });
    expect(fixed('thưóng')).toBe('thưóng');
  });

  it('open "ưo" is not guessed at', () => {
    expect(only('text/tone-mark', 'thưó')).toEqual([]);
  });
});

describe('text/tone-mark: what is not judged', () => {
  it.each([
    'café', 'résumé', 'José', 'Raúl', 'país', 'Hélène', 'noël', 'Müller', 'Zoé', 'Chloé', 'María', 'Ángel', 'Zhōu', 'Mǎ', 'sécurité',
    'Đắk', 'Lắk', 'Krông', // ethnic place names: a final k, an initial kr
    'Hoàiân', // no Vietnamese syllable
    'A1ạ', 'x_ạ', 'ạ2', // digits and underscores
    'nghiêngà', // longer than 7 letters
    'qủ', // qu with no vowel after it
  ])('%s', (word) => {
    expect(only('text/tone-mark', word)).toEqual([]);
  });

  it('words without a tone mark', () => {
    expect(only('text/tone-mark', 'thuong hoang khuya MTTQ UBMTTQVN TT BTT KH')).toEqual([]);
  });

  it('words are split at hyphens and apostrophes', () => {
    expect(only('text/tone-mark', "kinh tế-xã hội, H'Mông, K'Ho, Ê-đê").map((p) => p.args.found)).toEqual([]);
    expect(only('text/tone-mark', 'thi đua-khen thưởng-muà').map((p) => p.args.found)).toEqual(['muà']);
  });
});

describe('tonePlaces', () => {
  it.each([
    ['a', false, [0]],
    ['iê', true, [1]],
    ['ươ', true, [1]],
    ['ươi', false, [1]],
    ['ưa', false, [0]],
    ['uyê', true, [2]],
    ['oa', true, [1]],
    ['oa', false, [1, 0]],
    ['oe', false, [1, 0]],
    ['uy', false, [1, 0]],
    ['ua', false, [0]],
    ['oai', false, [1]],
    ['uyu', false, [1]],
    ['oo', true, [1]],
  ] as const)('%s (closed: %s) → %j', (cluster, closed, places) => {
    expect(tonePlaces(cluster, closed)).toEqual(places);
  });

  it('judgeSyllable says nothing of a correct word', () => {
    expect(judgeSyllable('Việt')).toBeUndefined();
    expect(judgeSyllable('Vịêt')).toEqual({ kind: 'misplaced', expected: 'Việt', safe: true });
  });
});

describe('mayHaveTone', () => {
  it('is true of every toned letter, composed or not, in both cases', () => {
    for (const vowel of 'aăâeêioôơuưy')
      for (const mark of ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])
        for (const letter of [vowel, vowel.toUpperCase()]) {
          expect(mayHaveTone((letter + mark).normalize('NFC'))).toBe(true);
          expect(mayHaveTone((letter + mark).normalize('NFD'))).toBe(true);
        }
  });

  it('is false of toneless Vietnamese words', () => {
    expect(mayHaveTone('thuong hoang khuya ăn ơn ưu đi ĐĂNG')).toBe(false);
  });
});
