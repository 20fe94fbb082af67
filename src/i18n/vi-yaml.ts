import { yamlWords, type DetailCase, type Wording, type YamlCode } from './yaml-codes.js';

/** Each YAML problem in Vietnamese: what it is, and how to fix it. */
const problems: Record<YamlCode, Wording> = {
  ALIAS_PROPS: ['Tham chiếu * lại kèm neo & hay thẻ !', 'Bỏ neo hoặc thẻ đứng trước tham chiếu *.'],
  BAD_ALIAS: [
    'Tham chiếu * tới một neo & không có (hoặc tên neo trống)',
    'Đặt neo "&tên" ở giá trị gốc trước chỗ tham chiếu "*tên"; văn bản bắt đầu bằng * hay & thì đặt trong nháy kép.',
  ],
  ALIAS_LIMIT: [
    'Quá nhiều tham chiếu * lồng nhau (có thể là tệp độc hại)',
    'Tệp kế hoạch không cần tham chiếu * lồng nhau: viết thẳng các giá trị ra.',
  ],
  BAD_COLLECTION_TYPE: ['Thẻ kiểu (!!...) không hợp với loại giá trị', 'Bỏ thẻ !!... trước giá trị: tệp kế hoạch không cần thẻ kiểu.'],
  BAD_DIRECTIVE: ['Chỉ thị % không hợp lệ', 'Bỏ dòng bắt đầu bằng "%": tệp kế hoạch không cần chỉ thị.'],
  BAD_DQ_ESCAPE: [
    'Chuỗi trong nháy kép có ký tự thoát sai',
    'Trong nháy kép, "\\" chỉ đi với n, t, ", \\ ...; muốn viết dấu \\ thì viết "\\\\", hoặc dùng nháy đơn.',
  ],
  BAD_INDENT: ['Thụt lề không đúng', 'Các trường cùng cấp phải thẳng cột; trường con thụt vào 2 dấu cách so với trường cha.'],
  BAD_PROP_ORDER: ['Neo & hay thẻ ! đặt sai chỗ', 'Đặt neo và thẻ ngay trước giá trị, sau dấu "-" hoặc ":".'],
  BAD_SCALAR_START: ['Giá trị bắt đầu bằng ký tự đặc biệt', 'Văn bản bắt đầu bằng @, `, %, *, & hoặc ! thì đặt trong nháy kép.'],
  BLOCK_AS_IMPLICIT_KEY: [
    'Có hai dấu ":" trên một dòng',
    'Văn bản có dấu ": " ở giữa thì đặt trong nháy kép, hoặc viết ">-" rồi xuống dòng viết văn bản thụt vào.',
  ],
  BLOCK_IN_FLOW: ['Khối nhiều dòng nằm trong ngoặc [ ] hoặc { }', 'Viết danh sách thành các dòng "- ", không trong ngoặc vuông.'],
  DUPLICATE_KEY: ['Một trường được ghi hai lần trong cùng một nhóm', 'Giữ một dòng và xóa dòng thừa.'],
  IMPOSSIBLE: [
    'Không đọc được cấu trúc YAML ở đây',
    'Kiểm tra dòng được chỉ: có thể có chữ thừa sau chú thích "#" hoặc sau "|", ">"; viết lại theo mẫu (xem "plan schema").',
  ],
  KEY_OVER_1024_CHARS: [
    'Tên trường dài quá 1024 ký tự',
    'Có thể thiếu xuống dòng, hoặc văn bản dài nằm ở chỗ tên trường: viết "tên: >-" rồi văn bản ở các dòng sau, thụt vào.',
  ],
  MISSING_CHAR: ['Thiếu ký tự đóng (dấu nháy hoặc ngoặc)', 'Đóng dấu nháy hoặc ngoặc đã mở, hoặc bỏ dấu nháy nếu không cần.'],
  MULTILINE_IMPLICIT_KEY: [
    'Tên trường kéo dài qua nhiều dòng',
    'Có thể thiếu dấu ":" sau tên trường ở dòng trên, hoặc văn bản dài cần viết sau ">-".',
  ],
  MULTIPLE_ANCHORS: ['Một giá trị có nhiều neo &', 'Giữ một neo & cho mỗi giá trị.'],
  MULTIPLE_DOCS: ['Tệp có nhiều văn bản YAML (ngăn bởi "---")', 'Mỗi tệp một văn bản: tách phần sau "---" ra tệp riêng.'],
  MULTIPLE_TAGS: ['Một giá trị có nhiều thẻ kiểu', 'Giữ nhiều nhất một thẻ ! cho mỗi giá trị (tệp kế hoạch không cần thẻ).'],
  NON_STRING_KEY: ['Tên trường không phải chữ (là danh sách hay nhóm)', 'Tên trường là chữ: bỏ dấu ngoặc [ ] hoặc { } quanh tên.'],
  RESOURCE_EXHAUSTION: [
    'Các giá trị lồng nhau quá sâu (có thể là tệp hỏng hoặc độc hại)',
    'Kế hoạch không lồng sâu đến thế: kiểm tra các ngoặc [ ] { } và thụt lề quanh vị trí được chỉ.',
  ],
  TAB_AS_INDENT: ['Dùng phím Tab để thụt lề', 'YAML chỉ cho thụt lề bằng dấu cách: thay Tab bằng dấu cách.'],
  TAG_RESOLVE_FAILED: ['Không hiểu thẻ kiểu (!...)', 'Bỏ thẻ ! trước giá trị; văn bản bắt đầu bằng "!" thì đặt trong nháy kép.'],
  UNEXPECTED_TOKEN: [
    'Gặp ký tự không mong đợi',
    'Văn bản có dấu ":" hoặc "#" ở giữa thì đặt trong nháy kép, hoặc viết sau ">-" trên dòng riêng.',
  ],
};

/** The common cases the package's detail tells apart (see `detailCases`). */
const details: Record<DetailCase, Wording> = {
  'open-sequence': ['Ngoặc vuông "[" mở mà chưa đóng "]"', 'Đóng ngoặc: thêm "]" vào cuối danh sách trên cùng dòng, hoặc viết danh sách thành các dòng "- ".'],
  'open-map': ['Ngoặc nhọn "{" mở mà chưa đóng "}"', 'Đóng ngoặc: thêm "}" vào cuối nhóm trên cùng dòng, hoặc viết mỗi trường một dòng.'],
  'nested-compact': ['Có hai dấu ":" trên một dòng (văn bản chứa ": " mà không đặt trong nháy)', 'Văn bản có dấu ": " ở giữa thì đặt trong nháy kép, hoặc viết ">-" rồi xuống dòng viết văn bản thụt vào.'],
  'multiline-key': ['Tên trường kéo dài qua nhiều dòng (có thể thiếu dấu ":" ở dòng trên)', 'Thêm dấu ":" sau tên trường ở dòng trên, hoặc viết văn bản dài sau ">-".'],
  'key-without-value': ['Thiếu dấu ":" sau tên trường', 'Viết "tên: giá trị"; một dòng chữ lạc giữa các trường thì nối vào giá trị ở trên (thụt vào) hoặc xóa.'],
  'open-quote': ['Thiếu dấu nháy đóng', 'Đóng dấu nháy đã mở ở cuối văn bản, hoặc bỏ dấu nháy mở.'],
  'comment-touches': ['Dấu "#" dính liền chữ phía trước', 'Chú thích cần một dấu cách trước "#"; văn bản có "#" thì đặt trong nháy kép.'],
  'item-without-dash': ['Phần tử danh sách thiếu dấu "- "', 'Mỗi phần tử của danh sách bắt đầu bằng "- ", thẳng cột với các phần tử khác.'],
  'not-in-line': ['Các trường hay phần tử cùng cấp không thẳng cột', 'Thụt lề các dòng cùng cấp bằng nhau; trường con thụt vào 2 dấu cách so với trường cha.'],
  'block-header': ['Có chữ thừa sau "|" hoặc ">"', 'Sau "|" hay ">" chỉ được "-", "+" hoặc một chữ số; văn bản viết ở các dòng sau, thụt vào.'],
  'map-comment-trailing': ['Có chữ thừa sau một dòng chú thích trong nhóm trường', 'Chú thích "#" đi một dòng riêng hoặc ở cuối dòng; xóa hay chuyển phần chữ thừa thành một trường.'],
  'unresolved-alias': ['Tham chiếu * tới một neo & chưa có', 'Đặt neo "&tên" ở giá trị gốc trước chỗ tham chiếu "*tên"; văn bản bắt đầu bằng * thì đặt trong nháy kép.'],
};

/** The words of a YAML problem: from its detail when a common case, else from its code. Never the package's English. */
export const yamlProblemVi = yamlWords(problems, details);
